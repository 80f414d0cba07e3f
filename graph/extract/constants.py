"""The vocabularies the extraction stages read, in one place: role words, titles, speech and claim
verbs, verbs and nouns of relations, generic nouns, and the dependency labels the rules name.

Plain named frozensets (in the manner of textacy's ``constants``); every stage and
:mod:`graph.resolve.within` import from here, and this module imports nothing of the project, so no
stage needs another stage to know a word list.

>>> "spokeswoman" in SPOKES_ROLES and "said" in SPEECH_VERBS
True
"""

from __future__ import annotations


def _words(text: str) -> list[str]:
    """The words of a vocabulary written as a block of text."""
    return text.split()


# -- Dependency labels ---------------------------------------------------------------------------------

SUBJECT_DEPS = frozenset(["nsubj", "nsubjpass"])
NAME_MODIFIER_DEPS = frozenset(["compound", "nmod"])
FUNCTION_DEPS = frozenset(["det", "punct", "case", "cc"])


# -- Entity labels, titles and honorifics (actors) ---------------------------------------------------

#: spaCy entity label -> actor kind (GPE is refined by the sovereign-state list).
LABEL_KINDS = {
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "Place",
    "LOC": "Place",
    "FAC": "Place",
    "EVENT": "Event",
    "PRODUCT": "Product",
}

#: The spaCy label a well-known actor of each kind gets (``graph/data/known_actors.tsv``).
KNOWN_KIND_LABELS = {
    "Person": "PERSON",
    "Organization": "ORG",
    "Place": "LOC",
    "Product": "PRODUCT",
    "Event": "EVENT",
    "Country": "GPE",
}

#: Lower-case particles inside people's names ("Ursula von der Leyen", "Arnel dela Vega", the Tuareg
#: "ag" and Mauritanian "ould", son of; the Portuguese "e" and Catalan "i" joining two surnames: "João
#: Vasconcelos e Sá", "Jordi Vallverdú i Solà"); a surname may start with one ("Von der Leyen said").
NAME_PARTICLES = frozenset(
    _words("de del della dela der den ter ten di da van von la le du dos das al bin ibn bint ag ould e i")
)
#: Names borne only by people, after a given name ("Ravinder Singh Dhaliwal", "Harpreet Kaur"):
#: a name with one of them is a person's, even when its given name is not a listed one.
PERSON_NAME_MARKERS = frozenset(_words("singh kaur"))

#: Plurals that name a group of people by whose they are, after a possessive that is part of the
#: group's name ("Jehovah's Witnesses", "God's Warriors").
FOLLOWER_NOUNS = frozenset(
    _words("witnesses saints disciples followers soldiers warriors fighters knights angels brethren")
)
#: Words after a model code that name a variant of the model ("Boeing 737 Max", "Galaxy S10 Plus").
MODEL_VARIANTS = frozenset(_words("max pro plus ultra mini lite neo"))
#: Given names written shortened with a full stop before the rest of the name, as the Philippines,
#: Bangladesh and Malaysia write them ("Ma. Cristina Reyes", "Md. Abdul Karim", "Mohd. Azlan Hashim"):
#: the short form is part of the name. Without the stop.
GIVEN_NAME_ABBREVIATIONS = frozenset(_words("Ma Md Mohd Muhd"))
#: Head words of parties' names, which South Asian news writes with the faction or line in brackets
#: after them: "Pakistan Muslim League (N)", "Communist Party of India (Marxist)", "Janata Dal (Secular)".
FACTION_NAMED_HEADS = frozenset(_words("party league congress front dal alliance movement"))
#: Generational suffixes written after a comma that end a person's name ("Cyrus R. Vance, Jr.").
NAME_SUFFIXES = frozenset(_words("Jr. Jr Sr. Sr II III IV"))
#: Post-nominal letters written after a person's name, never part of it ("Jane Doe QC", "John Roe OBE"):
#: honours, a barrister's rank, a member's seat, a degree. Written as news writes them, case and all.
POSTNOMINAL_LETTERS = frozenset(
    "QC KC SC MP MSP MLA MEP TD OBE MBE CBE KBE DBE GBE FRS FRSE PhD".split()  # noqa: SIM905
)
#: Adjectives that open a body's name before its head word, which the model may leave out ("the Chief
#: | Inspectorate of Environmental Protection").
NAME_OPENING_ADJECTIVES = frozenset(_words("chief supreme central federal general higher"))
#: Letters that stand for things, never for an actor ("AI systems", "GDP", "an MRI scan", "VIP tickets",
#: "a PhD"; not "CCTV", a broadcaster as well as the cameras).
THING_ACRONYMS = frozenset(
    "AI GDP DNA RNA VAT GPS LNG LPG EV EVs ICU MRI SUV SUVs VIP VIPs PhD PhDs MBA DVD DVDs CD CDs RIP".split()  # noqa: SIM905
)
#: Faiths and doctrines, which the model may tag as bodies or places ("to celebrate Islam"): no actor,
#: whatever follows them (a doctrine's "-ism" is caught by its ending as well).
BELIEF_NAMES = frozenset(
    _words(
        """
        islam christianity christendom judaism hinduism buddhism sikhism jainism shinto taoism
        confucianism catholicism protestantism zoroastrianism
        """
    )
)
#: Courtesy titles, which only ever stand before a person's name: a name the model labels a place or
#: a body ("Mr Sharon" as GPE) still loses them, where other titles open names ("General Motors").
COURTESY_TITLES = frozenset(_words("mr mr. mrs mrs. ms ms. mx mx."))
#: Titles and honorifics that precede a person's name but are not part of it.
PERSON_TITLES = frozenset(
    _words(
        """
        president presidents vice prime minister ministers mr mr. mrs mrs. ms ms. dr dr. prof prof.
        sir dame lord lady king queen prince princess pope saint st. sen sen. senator rep rep.
        representative representatives gov gov. governor gen gen. general col col. captain capt. lt.
        sgt. chancellor
        premier secretary judge justice chairman chairwoman ceo chief mayor former late coach
        officer director ambassador spokesman spokeswoman spokesperson minister deputy foreign
        defence defense interior finance health rev. reverend father sheikh emir crown
        miss admiral commodore marshal lieutenant colonel sergeant corporal inspector detective
        professor mufti imam rabbi bishop archbishop cardinal ayatollah mullah commandant
        elder comrade cde taoiseach sultan mme mme. mlle mlle. sister
        most rev emeritus veteran aunty auntie
        datuk dato dato' datin seri puan magistrate magistrates judges justices senators atty atty.
        trustee trustees alderman alderwoman councilmember councillor councilman councilwoman caretaker
        alhaji alhaja hajiya hajia haji hajji grandmaster
        """
    )
)

#: Ranks that are also ordinary words ("Major League Baseball", "Commander Keen"): before a name only
#: when a given name follows them ("Police Major Dennis Ocampo", "Commander Liza Dimaculangan").
RANK_TITLES = frozenset(_words("major brigadier commander superintendent constable"))
#: Ranks of armed forces and police written as a title before a name ("Commander X of the Navy",
#: "Lieutenant Colonel X of the Guardia Civil"): an officer, who works for the force (WORKS_FOR), even
#: when the rank's word alone would lead ("commander") or the "of" alone would only affiliate.
OFFICER_RANKS = frozenset(
    _words(
        """
        general admiral colonel lieutenant major captain commander sergeant corporal brigadier
        commodore marshal constable inspector superintendent detective commandant
        gen. adm. col. lt. maj. capt. cmdr. sgt. cpl. brig. insp. supt. det.
        """
    )
)
#: Titles news writes before a surname alone once the full name is given ("Mr Hicks", "General
#: Musharraf", "Dr Okafor"); not those that also open places' and monarchs' names ("Saint Paul",
#: "King Abdullah").
SURNAME_TITLES = (
    COURTESY_TITLES
    | OFFICER_RANKS
    | frozenset(
        _words("dr dr. prof prof. president senator sen. governor gov. judge minister premier chancellor")
    )
)

#: Words of standing written before a name, never part of it, whatever the model labelled the name
#: ("Longtime Imus collaborator X").
STANDING_WORDS = frozenset(["longtime", "long-time"])

#: Nouns a report calls the person it is about by, once named ("the veteran", "the teenager", "the
#: Japanese player"): "the <epithet> said" points back to the person the story was just about, even
#: when nobody was introduced with that word. Not roles an unnamed official holds ("the officer",
#: "the spokesman", "the witness"): those name no one unless someone was introduced with them.
EPITHET_NOUNS = frozenset(
    _words(
        """
        veteran teenager teen youngster star superstar player striker forward midfielder defender
        goalkeeper champion titleholder finalist seed rookie athlete runner sprinter swimmer golfer
        boxer cyclist skier skater gymnast singer actor actress musician guitarist drummer rapper
        songwriter novelist filmmaker billionaire tycoon mogul entrepreneur legend pensioner
        grandmother grandfather
        """
    )
)

#: First words of organisations' names in the languages that put the head first ("Colegio Médico",
#: "Banco Santander", "Partido Popular", "Hospital Costa Norte", "Minera Guaratoro"), and a broadcaster's
#: first word, which English writes first too ("Radio Pachamama"): the name is an organisation's, whatever
#: the model said.
FOREIGN_ORG_HEADS = frozenset(
    _words(
        """
        colegio universidad universidade università université instituto istituto institut banco banca
        colectivo colectiva coletivo
        banque partido partito parti fundación fundação fondazione fondation asociación associação
        associazione sindicato sindacato syndicat compañía companhia compagnia compagnie ministerio
        ministério ministero ministère hospital hôpital ospedale clínica clinica empresa grupo gruppo
        groupe cooperativa federación federação federazione confederación consejo consiglio conseil
        tribunal tribunale corte minera mineração brasserie browar cervecería brouwerij
        esporte clube museu museo musée centro taller brigada frente movimiento movimento liga unión
        união sociedad sociedade universitas konfederasi serikat aliansi partai yayasan lembaga badan
        stowarzyszenie związek uniwersytet instytut stichting verein verband gewerkschaft forbund
        förbundet comité comitê ordem ordre ordine orden conselho agência agencia agenzia agence
        fundacja instituut gazeta gazzetta gaceta jornal diário diario électricité electricidad
        eletricidade elettricità collectif kollektiv gendarmería gendarmerie universiti policía polícia
        polizia polizei ejército museum gabungan pakatan barisan perikatan persatuan kesatuan guardia
        atelier crédit crédito caisse caja société società radio rádio télévision televisión televisão
        """
    )
)

#: Articles that open places' and papers' names in Spanish and Italian, never a person's ("La Ligua",
#: "El Tambo", "Los Lagos", "Il Secolo XIX").
ARTICLE_OPENED_NAMES = frozenset(["La", "El", "Los", "Las", "Il", "Lo"])
#: Lower-case words inside a place's name in Romance languages ("Viña del Mar", "Vale do Ferro"), and
#: in Czech and Polish ("Lhota pod Skalkou", "Ústí nad Labem"), in Dutch ("Capelle aan den IJssel",
#: "Bergen op Zoom").
PLACE_PARTICLES = frozenset(_words("de del do da dos das di della las los pod nad aan den op bij"))
#: The Dutch ones that join a town to its river or sea ("Alphen aan den Rijn", "Egmond aan Zee").
DUTCH_PLACE_LINKS = frozenset(_words("aan op bij"))
#: The Portuguese and Spanish ones the model cuts a name at ("Azinhal | do Campo", "Lagoa do | Norte").
JOINING_PARTICLES = frozenset(_words("do da dos das del"))
#: Lower-case words that join the halves of a town's hyphenated name ("Boulogne-sur-Mer",
#: "Stratford-upon-Avon", "Châlons-en-Champagne", "Frankfurt-am-Main"); not "le", "la" or "de",
#: which also join people's names.
HYPHEN_PLACE_LINKS = frozenset(_words("sur sous en lès aux upon on under am an im bei"))
#: Capitalised words of a domain that open a public body's name before its country or region
#: ("Transport Scotland", "Statistics Portugal", "Parks Canada", "Police Scotland").
PUBLIC_DOMAIN_WORDS = frozenset(
    _words(
        """
        Transport Police Health Statistics Sport Heritage Historic Tourism Forestry Invest Environment
        Parks
        """
    )
)
#: Saints' titles that open towns' names in Spanish and Portuguese ("San Gabriel de las Flores").
SAINTS_TOWNS = frozenset(["San", "Santa", "Santo", "São"])
#: Lower-case words inside a head-first organisation's name in other languages: the particles, and
#: "and" and "for" ("Aliansi Mahasiswa dan Buruh Mataram", "Părinți pentru Alegere").
FOREIGN_NAME_LINKS = PLACE_PARTICLES | frozenset(
    _words("dan pentru na y e und et i för für para por pela pelo per pour la el le")
)
#: Endings of nouns for someone who does something ("forecaster", "neighbour", "pharmacist").
AGENT_ENDINGS = ("er", "or", "our", "ist", "ian", "ant", "ent")
#: A saint's title opening a church's or a hospital's name ("St Brigid's University Hospital").
SAINT_WORDS = frozenset(["St", "St.", "Saint", "Ste", "Ste."])
#: Verbs that report words, not deeds: an unnamed subject of one of these inside someone's reported
#: clause still speaks ("X said police told reporters \"...\"": the police's words, unnamed).
PLAIN_SAYING_VERBS = frozenset(
    _words("say says said saying tell tells told telling state states stated write writes wrote")
)
#: Words that make a person unnamed: "a student", "one resident", "another".
INDEFINITE_WORDS = frozenset(["a", "an", "one", "another"])

#: Letters a sports club's name opens with ("FC Wierdeveen", "KSV Oudenburg", "VfL Wolfsburg"), as
#: written: the name is a club's, whatever the model said. Not "US", "CA" or "SE", which are also a
#: state's or a place's.
CLUB_PREFIXES = frozenset(
    [
        "FC",
        "SV",
        "KSV",
        "AC",
        "AS",
        "SC",
        "CF",
        "CD",
        "FK",
        "NK",
        "SK",
        "VfB",
        "VfL",
        "TSV",
        "AFC",
        "SSC",
        "RCD",
        "PSV",
        "AZ",
        "KV",
        "KRC",
        "HNK",
        "UD",
        "SSV",
        "TSG",
        "BSC",
        "IFK",
        "AIK",
        "FF",
        "GIF",
        "RC",
        "RK",
        "KK",
        "HK",
        "BK",
        "IF",
    ]
)
#: Abbreviations that end a club's name ("Liffey Wanderers FC", "Ribeholm BK"): a club.
CLUB_SUFFIXES = frozenset(["FC", "AFC", "CF", "BK", "IF", "FK", "SK", "FF", "IK"])
#: Words that close a British club's name and nothing else's ("Dunmarrow Athletic", "Bristol
#: Rovers"): the name without them is the club's short form, and so is the word alone ("Thistle").
#: Not "Town", "City" or "United", which leave a town's name.
CLUB_CLOSING_WORDS = frozenset(
    ["Athletic", "Rovers", "Wanderers", "Albion", "Hotspur", "Academicals", "Academical", "Thistle"]
)

#: Words that open a club's name in Spanish and Portuguese football ("Real Club Deportivo X",
#: "Club Atlético X"): with what follows, a club, whatever the model made of it.
CLUB_WORDS = frozenset(["Club", "Real", "Atlético", "Deportivo", "Sporting", "Racing", "Clube"])

#: Titles that only ever stand before a person's name.
HONORIFICS = frozenset(
    _words(
        """
        president mr mrs ms dr prof sir dame senator sen rep gov governor chancellor premier pope
        judge justice mayor minister secretary ambassador spokesman spokeswoman spokesperson general
        """
    )
)

#: Royal and religious titles are part of the name as news writes it ("Queen Elizabeth II").
ROYAL_TITLES = frozenset("king queen prince princess pope emperor empress sheikh emir".split())  # noqa: SIM905

#: Verbs after which "as" gives the name a person goes by ("gave his name only as Mihai", "identified
#: herself as Ana"): a person's name, whatever the model read.
NAME_GIVING_VERBS = frozenset(_words("gave give gives giving identified identifies identify introduced"))
#: Occupations written before a name as a title ("Broadcaster Piers Morgan"): not part of the name,
#: and no relation to anyone.
OCCUPATIONS = frozenset(
    _words(
        """
        broadcaster presenter host anchor actor actress singer songwriter musician rapper comedian
        writer novelist poet author artist designer photographer filmmaker producer chef activist
        campaigner feminist personality star businessman businesswoman entrepreneur commentator
        columnist blogger model lead dancer athlete footballer farmer rancher fisherman shopkeeper
        advocate barrister solicitor physiotherapist critic
        saxophonist pianist guitarist drummer bassist violinist trumpeter cellist organist
        percussionist vocalist composer conductor accordionist clarinettist clarinetist keyboardist
        lyricist playwright sculptor painter astronaut cosmonaut skipper sailor yachtsman yachtswoman
        """
    )
)
#: Government portfolios: "Interior" in "Interior Minister X" is part of a title, not an organisation.
EXTRA_TITLES = frozenset(
    [
        "assemblyman",
        "assemblywoman",
        "councillor",
        "councilor",
        "councilman",
        "councilwoman",
        "alderman",
        "sheriff",
        "constable",
        "superintendent",
    ]  # noqa: SIM905
)

#: Titles whose "of" names a portfolio, not a body ("Minister of Agrarian Development").
PORTFOLIO_HOLDERS = frozenset(_words("minister ministers secretary secretaries"))
#: First words of an office's title that the model may tag as a body ("Commissioner for Health",
#: "Director of Commerce", "Inspector-General of Police").
OFFICE_HOLDER_WORDS = frozenset(
    _words("minister secretary commissioner director inspector-general director-general controller")
)
PORTFOLIOS = frozenset(
    [
        "interior",
        "foreign",
        "defence",
        "defense",
        "finance",
        "justice",
        "health",
        "education",
        "home",
        "trade",
        "economy",
        "transport",
        "energy",
        "agriculture",
        "environment",
        "emergencies",
        "culture",
        "labour",
        "labor",
        "commerce",
        "transportation",
        "housing",
        "intelligence",
        "affairs",
        "information",
    ]  # noqa: SIM905
)
#: Titles a portfolio opens ("Home Secretary", "Foreign Minister").
MINISTER_TITLES = frozenset(_words("minister ministers secretary secretaries"))
#: Last words of a job title the model may take for an organisation ("National Security Advisor",
#: "Children's Commissioner"): a name ending in one, without "of" or "for", is a title, no actor.
TITLE_LAST_WORDS = frozenset(
    _words(
        "advisor adviser secretary minister commissioner ambassador envoy spokesperson spokesman spokeswoman "
        "premier"
    )
)


# -- Roles, offices and the verbs and nouns of relations ---------------------------------------------

#: Hyphenated titles the tokenizer keeps whole: split at the hyphen, the small model's parser
#: hangs their halves anywhere ("Thandeka Nkosi, vice | - | chancellor of X": no role of X at all).
WHOLE_TITLES = ("vice-chancellor", "vice-chancellors")

LEAD_ROLES = frozenset(
    _words(
        """
        speaker president presidents leader leaders head chief ceo chairman chairwoman chair premier
        prime king queen monarch emperor governor mayor chancellor dictator boss commander
        director director-general president-elect commandant administrator taoiseach emir sultan shah tsar
        czar chairperson selectman selectwoman rector provost headmaster headmistress ruler caliph
        headteacher headman
        vice-chancellor vice-chancellors
        """
    )
)

#: Roles held in an organisation, never in a place: a name the model took for a person before one
#: and a person's name is the organisation ("Civic Path leader Martin Hrubeš", "Shirakawa Gakuin
#: president Yoshiko Tanabe"), where "Capiz governor" or "Trump adviser" would not be.
COMPANY_LEAD_ROLES = frozenset(
    _words(
        """
        leader co-leader president chairman chairwoman chair co-chair chairperson director ceo
        executive founder co-founder boss
        """
    )
)

#: Roles that share the organisation named before the first of a list ("Adventure World president A,
#: vice-president B and director C"): a company's officers; not "senator" or "minister", whose
#: holder in such a list may hold a state's office.
LISTED_COMPANY_ROLES = COMPANY_LEAD_ROLES | frozenset(
    _words("spokesman spokeswoman spokesperson secretary treasurer manager vice-president")
)

#: Diseases and their viruses, which the model tags as organisations ("COVID-19 (ORG)"): not actors
#: (docs/annotation.md), whatever the label. Lower-case forms.
DISEASE_NAMES = frozenset(
    _words(
        """
        covid-19 covid covid19 sars-cov-2 sars mers hiv aids ebola zika h1n1 h5n1 h7n9 mpox monkeypox
        nipah chikungunya dengue cholera measles
        """
    )
)

#: A team's or a band's members by what they play: the name before one and a person's name is
#: a team or a band ("Ajax striker Karl Jensen", "Rolling Stones drummer Ana Vela").
PLAYER_ROLES = frozenset(
    _words(
        """
        player striker goalkeeper midfielder defender winger footballer quarterback pitcher drummer
        guitarist bassist keyboardist vocalist frontman frontwoman bandmate forward defenceman
        defenseman goaltender goalie rider cyclist sprinter batsman bowler jockey coach spinner seamer
        flanker fullback shortstop
        """
    )
)

#: Roles whose capitalised modifier before a person's name is the organisation the role is held
#: in, never a place ("Ajax striker Karl Jensen", "Rolling Stones drummer ...", "Qantas spokesman
#: ..."): a legislator's ("Ohio senator") or an official's ("Toledo official") may be a place's.
ORGANIZATION_ROLES = (
    frozenset(
        _words(
            """
        spokesperson spokesman spokeswoman cofounder co-founder banker engineer executive employee
        staffer analyst
        """
        )
    )
    | PLAYER_ROLES
)

#: Roles of one sent to a place or a party: what they are "for" or "to" is where they are sent ("the
#: UN envoy for Syria", "ambassador to France", "the humanitarian coordinator for Yemen"), not whom
#: they work for.
ENVOY_ROLES = frozenset(
    _words("envoy envoys ambassador ambassadors emissary emissaries coordinator coordinators")
)

SPOKES_ROLES = frozenset(["spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen"])

WORK_ROLES = frozenset(
    _words(
        """
        sheriff constable coroner
        minister ministers secretary official officials banker employee employees staff economist
        executive executives officer officers diplomat diplomats ambassador envoy adviser advisor
        aide staffer staffers bodyguard bodyguards negotiator attorney engineer reporter correspondent
        editor journalist manager agent campaigner campaigners undersecretary under-secretary
        warden wardens ranger rangers superintendent clerk nurse nurses pilot pilots paramedic
        investigator prosecutor commissioner general soldier worker workers coach inspector
        detective lawyer counsel trader pilot captain forecaster forecasters
        producer presenter anchor columnist photographer photojournalist cameraman nurse teacher
        firefighter veterinarian veterinarians coordinator coordinators
        judge judges justice justices magistrate
        curator curators accountant accountants librarian librarians architect
        architects technician technicians mechanic mechanics chef chefs consultant consultants
        designer designers programmer programmers
        partner partners postman postmen cashier cashiers
        """
    )
)

#: Jobs that at a university, college or school are scholarship ("an economist at the University of
#: Zambia": AFFILIATED_WITH), elsewhere a job ("an economist at the IMF": WORKS_FOR).
SCHOLARLY_JOBS = frozenset(["economist", "economists"])
#: Name words of a seat of learning, for :data:`SCHOLARLY_JOBS`.
ACADEMIC_HEADS = frozenset(["university", "college", "school", "polytechnic", "universiti", "universidad"])
#: Name words of a body that studies ("the Institute for Fiscal Studies", "the Baltic Integrity Centre"),
#: whose economists are scholars too.
THINK_TANK_HEADS = frozenset(["institute", "centre", "center", "studies", "research"])

#: Roles a university's scholar and a firm's employee share: at a company they are a job ("an
#: analyst at the Zurich bank Kessler & Rauch"), at a university an affiliation.
MARKET_ROLES = frozenset(["analyst", "analysts", "strategist", "strategists"])

AFFIL_ROLES = frozenset(
    _words(
        """
        professor professors fellow scholar researcher researchers expert experts student students
        volunteer volunteers
        lecturer analyst analysts strategist strategists scientist scientists astronomer astronomers
        doctor physician
        associate associates author authors contributor contributors graduate graduates alumnus alumna alumni
        nominee nominees candidate candidates
        undergraduate undergraduates undergrad undergrads postgraduate postgraduates
        ecologist ecologists biologist biologists geologist geologists zoologist zoologists botanist
        botanists chemist chemists physicist physicists historian historians
        archaeologist archaeologists anthropologist anthropologists epidemiologist epidemiologists
        virologist virologists meteorologist meteorologists climatologist climatologists
        glaciologist glaciologists oceanographer oceanographers seismologist seismologists
        volcanologist volcanologists psychologist psychologists sociologist sociologists
        mathematician mathematicians entomologist entomologists paleontologist paleontologists
        neuroscientist neuroscientists geographer geographers geneticist geneticists immunologist
        immunologists pharmacologist pharmacologists astrophysicist astrophysicists cosmologist
        cosmologists ornithologist ornithologists primatologist primatologists microbiologist
        microbiologists biochemist biochemists physiologist physiologists pathologist pathologists
        toxicologist toxicologists criminologist criminologists demographer demographers linguist
        linguists philosopher philosophers theologian theologians ethicist ethicists statistician
        statisticians hydrologist hydrologists biophysicist biophysicists geophysicist geophysicists
        geochemist geochemists biomechanicist
        biomechanicists astrobiologist astrobiologists nutritionist nutritionists
        specialist specialists taxonomist taxonomists palaeontologist palaeontologists
        palaeobiologist palaeobiologists paleobiologist paleobiologists organiser organisers
        organizer organizers surgeon surgeons paediatrician paediatricians pediatrician pediatricians
        cardiologist cardiologists oncologist oncologists neurologist neurologists psychiatrist
        psychiatrists
        """
    )
)

MEMBER_ROLES = frozenset(
    _words(
        """
        member members senator senators lawmaker lawmakers legislator legislators congressman
        congresswoman mp mps player players striker goalkeeper midfielder defender forward
        footballer representative delegate ally allies whip defenceman defenseman goaltender goalie
        winger rider riders cyclist cyclists sprinter batsman bowler jockey spinner seamer flanker
        fullback shortstop
        drummer drummers guitarist guitarists bassist bassists keyboardist vocalist frontman frontwoman
        singer singers trumpeter saxophonist pianist violinist
        bandmate bandmates whips politician politicians
        founder founders cofounder cofounders co-founder co-founders
        councillor councillors councilor councilors councilman councilwoman councilmen councilwomen
        assemblyman assemblywoman assemblymember td tds
        """
    )
)

#: Roles only people hold (for telling people from organisations).
PERSON_ROLES = (LEAD_ROLES | SPOKES_ROLES | WORK_ROLES | AFFIL_ROLES | MEMBER_ROLES) - {
    "head",
    "chair",
    "ally",
    "allies",
}

#: Every word that names a role (the relation patterns' role nodes).
ROLE_WORDS = LEAD_ROLES | SPOKES_ROLES | WORK_ROLES | AFFIL_ROLES | MEMBER_ROLES
#: Role words that are also words for someone's companion ("a partner at the firm", "her partner"):
#: a role only with the organisation it is held at, never alone as what a speaker was introduced as.
COMPANION_ROLES = frozenset(["partner", "partners"])


def _plural(word: str) -> str:
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith(("s", "sh", "ch", "x")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


#: The role words' plurals, each with its singular: "one of the directors of X" holds the role
#: "director" ("the directors" alone are not one holder).
ROLE_SINGULARS = {
    _plural(w): w
    for w in ROLE_WORDS
    if "-" not in w and not w.endswith("men") and not (w.endswith("s") and not w.endswith("ss"))
}
ROLE_PLURALS = frozenset(ROLE_SINGULARS)
#: Titles of monarchs that stay part of the name ("Queen Elizabeth II"): a state's possessive before
#: one says whose ruler ("the United Kingdom's Queen Elizabeth II"); a prince or princess rules nothing.
ROYAL_RULERS = frozenset(_words("king queen emperor empress sultan emir tsar czar shah"))
#: Roles that lead a state when held for a country ("Speaker", "mayor", "director" do not lead it).
COUNTRY_LEADER_ROLES = frozenset(
    _words(
        """
        president presidents president-elect premier leader leaders king queen monarch emperor
        chancellor dictator taoiseach emir sultan shah tsar czar
        """
    )
)
#: Two-word titles of a spokesperson ("Press Secretary").
SPOKES_PAIRS = frozenset({("press", "secretary"), ("press", "officer"), ("communications", "director")})
#: Roles held for the organisation after "to" ("adviser to the board"; not "ambassador to").
TO_ROLES = frozenset(
    ["contributor", "adviser", "advisor", "consultant", "counsel", "delegate", "delegates", "aide", "aides"]
)

#: Ranks within a job, between an employer's name and the role ("KWS senior veterinarian X").
ROLE_RANKS = frozenset(_words("senior junior principal"))
#: Academic and medical titles a name may carry right after its role ("KWS veterinarian Dr X").
ACADEMIC_TITLES = frozenset(_words("dr dr. prof prof. professor"))

#: The kind of post a title names, by which the article may go on to call its holder ("Mrs Justice
#: Harriet Coleridge ... the judge wrote").
ROLE_CLASSES = {"justice": "judge", "magistrate": "judge", "executive": "ceo", "ceo": "executive"}
#: Words for the head of a body, any of which a description may use for a head introduced by another
#: ("the union chief" for one introduced as "president of the Nordic Union").
HEAD_ROLES = frozenset(
    _words("chief boss head leader president chairman chairwoman chair chairperson ceo executive director")
)

#: Offices whose titles end in "General" ("Attorney General", "Auditor-General").
GENERAL_OFFICES = frozenset(
    _words("attorney auditor solicitor surgeon inspector accountant comptroller registrar procurator")
)

#: Networks one joins as a user, not as staff ("joined Twitter in 2009"), lower case.
SOCIAL_NETWORKS = frozenset(
    ["twitter", "facebook", "instagram", "tiktok", "youtube", "linkedin", "snapchat", "reddit", "weibo"]
)

#: A role this word qualifies is not held now or not the top one.
DEMOTING = frozenset(["vice", "deputy", "former", "ex", "ex-", "assistant", "acting", "late", "then-"])

#: Head words of public services and forces, whose commissioner heads them ("AFP Commissioner X").
SERVICE_HEADS = frozenset(
    _words("police constabulary force service services department brigade ambulance rescue emergency")
)
#: Ranks of commissioners below the head ("Senior Commissioner X", "Chief Commissioner X").
COMMISSIONER_RANKS = frozenset(_words("senior chief associate additional joint"))
#: A role these words qualify is no longer held ("former president", "the late king").
PAST_QUALIFIERS = frozenset(["former", "ex", "ex-", "late"])
#: Qualifiers of a role held now but not the top one ("deputy director", "acting chair").
DEPUTY_QUALIFIERS = DEMOTING - PAST_QUALIFIERS
#: Words before "leader" or "whip" for a party's group in a chamber ("majority leader", "council group
#: leader"): its holder sits in the chamber and the party, leading neither.
CHAMBER_GROUP_WORDS = frozenset(["majority", "minority", "group", "caucus"])
#: Two-word titles whose second word alone would read as an employee ("chief executive").
LEAD_PAIRS = frozenset(
    {
        ("chief", "executive"),
        ("prime", "minister"),
        ("prime", "ministers"),
        ("secretary", "general"),
        ("general", "secretary"),  # a union's or a party's leader
        ("general", "secretaries"),
        ("director", "general"),
        ("chief", "justice"),
        ("first", "minister"),
        ("first", "ministers"),
        # a university's vice-chancellor runs it (its chancellor is a figurehead); a country's is a
        # deputy, which relations.py keeps from leading it
        ("general", "manager"),
        ("general", "managers"),
        ("vice", "chancellor"),
        ("vice", "chancellors"),
    }
)
#: Lead roles that are as often a post inside an organisation's part ("hospital director", "a
#: director of Y", "systems administrator"): they lead only when nothing narrows them.
BRANCHABLE_LEAD_ROLES = frozenset(["director", "administrator", "head", "chief", "commander"])
#: Where an organisation sits: "Nordic Rail's headquarters in Oslo", "SADC's executive secretariat in
#: Gaborone", "the federation's offices in Brøndby" place the organisation there.
SEAT_NOUNS = frozenset(_words("headquarters secretariat offices base"))
#: A part of an organisation one may head ("heads the Oxfam office in Beirut"): its head works for the
#: whole (or is a member of a party or a union), and leads only the part; an unnamed part speaks for
#: the whole ("the cantonal branch of the party warned").
BRANCH_NOUNS = frozenset(_words("unit branch office bureau chapter division section wing operations"))
#: A body's parts one may head or run without leading the body: whoever "heads the ICRC's delegation
#: in Bangui" or "manages Shelter's advice service" works for the ICRC, for Shelter.
BODY_UNIT_NOUNS = BRANCH_NOUNS | frozenset(
    _words("delegation mission service department team desk programme program")
)
#: Verbs of heading or running a part of a body ("heads", "runs", "manages", "oversees").
PART_RUNNING_VERBS = frozenset(
    _words(
        """
        lead leads led head heads headed run runs ran manage manages managed oversee oversees oversaw
        coordinate coordinates coordinated direct directs directed
        """
    )
)
#: Who sits on a board, between "the board of" and whose it is ("chair of the board of directors of Y").
BOARD_MEMBERS = frozenset(_words("directors trustees governors"))
#: Words that say when a role was held, not what it is: "the former director of Y" still led Y.
TENURE_QUALIFIERS = frozenset(
    "former ex ex- late then then- new current outgoing longtime long-time founding".split()  # noqa: SIM905
)

#: Bodies named by a common noun that may answer a claim: "X said A, but the opposition rejected it"
#: is the narrator's, not more of X's claim (graph/extract/statements.py).
ANSWERING_BODIES = frozenset(_words("opposition prosecution defence defense management family"))

#: Words before a lead role that name the whole body's post, not a branch's or a function's: "the
#: managing director", "the national director of Child Wise" (an adjective there mostly narrows the
#: post: "the regional director", "the research director").
WHOLE_SCOPE_WORDS = frozenset(_words("executive managing national"))

#: A legislator's title before the name -> the head words of the chamber it sits in: "Senator X" in a
#: sentence that names the Senate is a member of it (docs/annotation.md), as "Representative X" is
#: of the House and "MP X" of Parliament.
LEGISLATOR_CHAMBERS = {
    "senator": frozenset(["senate"]),
    "representative": frozenset(["house", "representatives"]),
    "congressman": frozenset(["house", "representatives"]),
    "congresswoman": frozenset(["house", "representatives"]),
    "mp": frozenset(["parliament", "commons"]),
    "assemblyman": frozenset(["assembly"]),
    "assemblywoman": frozenset(["assembly"]),
    "assemblymember": frozenset(["assembly"]),
}
#: Words before a legislator's title that put the seat in another chamber than the one named ("state
#: senator X" sits in a state's senate, not in "the Senate") or make it no legislator's ("Trade
#: Representative X", "Permanent Representative to the UN").
OTHER_CHAMBER_QUALIFIERS = frozenset(
    ["state", "provincial", "city", "county", "regional", "trade", "permanent", "special"]
)

#: Words before "group" that make it a body of people one joins ("a campaign group", "the residents'
#: group"), not a company ("an investment group").
PEOPLE_GROUP_QUALIFIERS = frozenset(
    _words(
        "campaign pressure advocacy support civic community citizens protest activist lobby rebel militant"
    )
)
#: Words before "house" that make it a business ("auction house", "fashion house"), not a building.
BUSINESS_HOUSE_KINDS = frozenset(_words("auction fashion publishing trading couture design"))
#: Endings of medicines' international nonproprietary names, which name what the medicine is ("losartan",
#: "remdesivir", "donanemab"); no common English word ends so.
MEDICINE_STEMS = (
    "mab",
    "vir",
    "sartan",
    "pril",
    "olol",
    "statin",
    "mycin",
    "cillin",
    "tinib",
    "oxacin",
    "dipine",
    "prazole",
    "formin",
    "parin",
    "gliptin",
    "lukast",
    "setron",
    "triptan",
    "dronate",
    "conazole",
)
#: Parties written by a short name without "party" ("Labour's Ffion Pugh", "the Greens' candidate").
PARTY_SHORT_NAMES = frozenset(
    ["labour", "labor", "conservatives", "tories", "liberal democrats", "lib dems", "greens", "liberals"]
)
#: Nouns for a business by what it trades, which a person is seldom called ("Frutas del Oro S.A., an
#: exporter in Machala"); not "producer" or "trader", which name people as often.
TRADING_NOUNS = frozenset(_words("exporter importer distributor supplier wholesaler refiner shipper"))

#: The last word of a body one belongs to rather than works for: joining or leaving it is membership
#: ("joined the Green Party", "left the Bar Council"); not a company ("joined Google").
MEMBERSHIP_BODY_HEADS = frozenset(
    _words(
        """
        party parties caucus assembly parliament senate congress council committee union league club
        alliance coalition movement front association federation society band team legislature
        orchestra choir ensemble quartet quintet trio
        representatives commons lords bundestag bundesrat knesset duma sejm riksdag storting
        """
    )
)

HEAD_OF_STATE = frozenset(["president", "presidents", "premier", "premiers", "king", "queen", "chancellor"])

PLACE_NOUNS = frozenset(
    _words(
        """
        city town village region province state capital district county island suburb port
        municipality area neighbourhood neighborhood archipelago borough territory commonwealth
        colony dependency prefecture canton oblast governorate emirate township hamlet parish
        """
    )
)
#: The same, plural, for the places a state is written with: "other U.S. territories, such as Guam".
PLACE_NOUNS_PLURAL = frozenset(
    _words(
        """
        cities towns villages regions provinces states districts counties islands suburbs ports
        municipalities areas boroughs territories colonies dependencies prefectures cantons
        """
    )
)

#: The last word of a named site: the name is a place whatever the model said ("Jolo Cathedral",
#: "London Bridge", "Fishmongers' Hall"). Not "church": a church is as often the organisation.
PLACE_HEADS = frozenset(
    _words(
        """
        cathedral mosque temple synagogue shrine bridge station airport airfield palace castle stadium
        arena square street avenue boulevard highway motorway route interstate tower towers hall bay island
        road lane
        monument building buildings reservoir tunnel terminal fault farm mine
        cemetery theatre theater fairgrounds fairground showgrounds
        hotel motel inn resort hostel reservation gardens plaza harbour harbor pier dam prison
        falls springs heights hills point
        islands peninsula
        mountain mountains river lake sea ocean valley canyon desert
        creek glacier reef volcano lagoon fjord strait gulf canal marsh wetlands cove
        county parish province prefecture oblast governorate canton municipality borough regency
        """
    )
)
#: Endings of German street and square names, written as one word with the name ("Hauptstrasse",
#: "Alexanderplatz", "Karl-Marx-Allee"): a place.
STREET_ENDINGS = ("strasse", "straße", "platz", "gasse", "allee")
#: Last words that make a name a place unless the model read a person, for they are surnames too
#: ("Mahala View Lion Lodge" and "National Bison Range", but Henry Cabot Lodge). Not "park": Park is too
#: common a surname, and the model types a person so named as anything.
SURNAME_PLACE_HEADS = frozenset(_words("lodge range beach camp base"))
#: Prepositions inside a group's name that says its cause ("Iraq Veterans Against the War",
#: "Doctors Without Borders"): the name is an organisation's, whatever its last word.
CAUSE_PREPOSITIONS = frozenset(["against", "without"])
#: Place head words that are common surnames too: after a given name, in a name the model read as a
#: person's, they are the surname ("Peter Hall", "Picabo Street"), not a building or a road.
SURNAMES_LIKE_PLACE_HEADS = frozenset(_words("hall street bridge tower towers lake marsh strait lane"))
#: Words before "Center" or "Centre" that make the name a venue's, a named site ("Mesquite Convention
#: Center", "Toronto Congress Centre", "Eldenbury Leisure Centre", the launch site "Guiana Space
#: Centre"), where a plain "... Center" is as often a body ("National Hurricane Center").
VENUE_WORDS = frozenset(
    _words(
        """
        convention congress conference exhibition events leisure sports sport tennis aquatic aquatics
        shopping community space launch
        """
    )
)
#: Words that name a storm when written before its given name ("Hurricane Dorian", "Typhoon
#: Hagibis", "Tropical Storm Barry"): the two are one named event, whatever the model said.
STORM_WORDS = frozenset("hurricane typhoon cyclone storm depression".split())  # noqa: SIM905
#: Adjectives of a storm's grade written before the storm word ("Tropical Storm", "Super Typhoon").
STORM_GRADES = frozenset("tropical subtropical super post-tropical extratropical severe".split())  # noqa: SIM905
#: Adjectives of elections written between a year and "election" ("the 2020 presidential
#: election"): with the year, the election is a named event.
ELECTION_WORDS = frozenset(
    _words(
        """
        presidential general parliamentary legislative local midterm municipal regional primary
        federal national state provincial mayoral gubernatorial senate snap subnational independence
        constitutional
        """
    )
)
#: Votes named by their year ("the 2020 presidential election", "the 2014 independence referendum").
VOTE_HEADS = frozenset(_words("election referendum"))
#: Districts written after a city's name and a comma as part of it ("Washington, D.C."): one place,
#: unlike "City, Region", which names two.
DISTRICT_SUFFIXES = frozenset(["D.C.", "DC", "D.C"])
#: Verbs whose object is a place that is gone into or taken by force ("troops entered Tell Tamer",
#: "the army shelled Kelvaro"): their object is a place. Not "captured" or "reached", whose object
#: is as often a person.
ENTRY_VERBS = frozenset(
    _words(
        """
        enter enters entered entering invade invades invaded invading occupy occupies occupied
        occupying shell shells shelled shelling retake retakes retook retaken retaking recapture
        recaptures recaptured recapturing liberate liberates liberated liberating
        """
    )
)
#: Verbs after which "in X" names a publication, not a place ("findings published in Science
#: Advances"): the place cue of "in" does not hold there.
PUBLISHING_VERBS = frozenset("publish published publishes publishing".split())  # noqa: SIM905
#: Nouns of what is written or found out: one "by" a name is a medium's or a body's ("a report by The
#: Atlantic"), one published "in" a name is in a publication ("published a study in Scientific
#: Reports").
REPORT_NOUNS = frozenset(_words("report study article investigation paper survey analysis interview"))
#: Verbs only someone does, never a place standing for its people ("Bloomberg contacted Facebook",
#: "Vizmedia dubbed the series"): their subject, if the model took it for a place, is a body.
AGENT_VERBS = frozenset(
    _words(
        """
        contact contacts contacted contacting dub dubs dubbed dubbing interview interviews
        interviewed interviewing publish publishes published publishing hire hires hired hiring
        sue sues sued suing acquire acquires acquired acquiring
        """
    )
)
#: Verbs after which "in X" names what was written in ("writing in Scientific Reports", "wrote in
#: Foreign Affairs"): a publication, not a place.
WRITING_VERBS = frozenset("write writes wrote writing".split())  # noqa: SIM905
#: English words no rendering in another language holds ("((pl))Polish language: Prawo i ...
#: publicly"): where the article's own text resumes after one.
ENGLISH_FUNCTION_WORDS = frozenset("the was were and has had which that of by with for from".split())  # noqa: SIM905
#: Head words that make a capitalised phrase written after "the" an organisation's name, when the
#: model left it untagged ("the Workers' Party", "the National Farmers' Union"): bodies that need a
#: name to be written with capitals. Not chambers, courts or ministries, which a text also names by
#: the head word alone.
#: Words that qualify a job title without naming anyone: a party's, a level of government's, a
#: rank's. A name made of these and a title ("Republican Assemblywoman", "City Councillor", "Royal
#: Commissioners") is a title the model took for a name.
TITLE_QUALIFIERS = frozenset(
    _words(
        """
        republican republicans democratic democrat democrats conservative conservatives labour liberal
        liberals socialist green greens city state county municipal provincial royal federal senior
        chief junior
        """
    )
)
#: Nouns only a company or a body has: what is "of" it or what it modifies ("shares of X", "X
#: shareholders", "X's chief executive", "the headquarters of X") is an organisation, even where the
#: model read two surnames ("Halvorsen Kallas") as a person.
COMPANY_ONLY_NOUNS = frozenset(
    _words(
        """
        share shares stock stocks shareholder shareholders stockholder stockholders ceo cfo coo
        subsidiary subsidiaries headquarters
        """
    )
)
#: Nouns a company has, and sometimes a person: they make a company of a name that does not open
#: with a given name ("Halvorsen Kallas employees", "Vessel Tracker's database"; "the employees of
#: Anna Berg" and "Anna Berg's website" stay hers).
COMPANY_NOUNS = COMPANY_ONLY_NOUNS | frozenset(
    _words("employee employees executive executives database databases website websites app apps customers")
)
#: What a company reports that a person does not ("X reported a loss of $2 billion").
COMPANY_RESULTS = frozenset(_words("loss losses profit profits revenue revenues earnings sales"))
#: Last words only a company's name ends in: a run of capitalised proper nouns ending in one is a
#: company's name where the model tagged nothing ("Nordlys Media is a unit of ...").
COMPANY_HEADS = frozenset(
    _words(
        """
        media group records holdings industries technologies systems partners ventures enterprises
        solutions labs productions entertainment airlines airways pharmaceuticals therapeutics motors
        studios bank leasing inc inc. corp corp. ltd ltd. llc plc gmbh
        """
    )
)
#: A broadcaster's letters, which end its name ("Sunrise FM", "Citizen TV").
BROADCAST_LETTERS = frozenset(["fm", "tv"])
#: Nouns for a broadcaster's outlet ("KDRV, a television station in Medford"): an organisation.
BROADCAST_NOUNS = frozenset(_words("station stations channel channels"))
#: Bodies named "<head> of <place>" whose place the model tags alone ("the Diocese of | Marbel"):
#: the name runs back over the head and "of".
BODIES_OF_PLACES = frozenset(_words("diocese archdiocese eparchy bishopric patriarchate ministry"))
NAMED_BODY_HEADS = frozenset(
    _words(
        """
        party union council association committee movement front league federation foundation
        institute society alliance coalition university college academy forum police club
        """
    )
)
#: Names many states' institutions share ("Parliament", "the Supreme Court", "the Coast Guard"): an
#: article's short form for its own institution, never a clue across articles that two are one
#: (the Canadian and the Tunisian Parliament, the Supreme Courts of Puerto Rico and of the United
#: States). As :func:`graph.resolve.names.name_key` writes them.
GENERIC_BODY_NAMES = frozenset(
    [
        "parliament",
        "national parliament",
        "senate",
        "congress",
        "house",
        "assembly",
        "national assembly",
        "legislative assembly",
        "legislative council",
        "legislature",
        "house of representatives",
        "house of commons",
        "house of lords",
        "upper house",
        "lower house",
        "chamber of deputies",
        "supreme court",
        "high court",
        "constitutional court",
        "court of appeal",
        "court of appeals",
        "appeals court",
        "federal court",
        "district court",
        "coast guard",
        "air force",
        "navy",
        "army",
        "military",
        "armed forces",
        "police",
        "national police",
        "government",
        "federal government",
        "cabinet",
        "council",
        "city council",
        "central bank",
        "foreign ministry",
        "ministry of foreign affairs",
        "defence ministry",
        "defense ministry",
        "ministry of defence",
        "ministry of defense",
        "interior ministry",
        "ministry of interior",
        "ministry of the interior",
        "health ministry",
        "ministry of health",
        "finance ministry",
        "ministry of finance",
        "justice ministry",
        "ministry of justice",
        "embassy",
    ]
)
#: Lower-case nouns of a publication or an online service written right before its name ("the
#: journal Science", "the news site oe24.at", "the magazine The Bark"): the name is an organisation.
MEDIA_NOUNS = frozenset("journal newspaper magazine tabloid website site database".split())  # noqa: SIM905
#: Nouns for a band that stand right before its name ("the indie band The Velvet Harbour").
BAND_NOUNS = frozenset(_words("band"))
#: Nouns for a newspaper that may stand right before its name ("the Split daily Jadranski List").
NEWSPAPER_NOUNS = frozenset(_words("newspaper tabloid daily weekly"))
#: Nouns for people that a place's name modifies as their home ("a Cheltenham man", "two Ohio
#: teenagers"): the name is a place.
RESIDENT_NOUNS = frozenset(
    "man woman men women boy boys girl girls teenager teenagers resident residents native natives".split()  # noqa: SIM905
)

#: Nouns for what only a place has "of" it: its people ("the residents of Kirkwall", "the people of
#: Mosul") and its parts ("the outskirts of Idlib", "the streets of Lagos"). The name is a place.
PLACE_PART_NOUNS = frozenset(
    _words(
        """
        resident inhabitant citizen villager townspeople people population native outskirts
        street suburb centre downtown heart
        """
    )
)
#: Verbs of going somewhere: the name one goes "to", "towards" or "into", or comes "from", after
#: one of these is a place ("the ferry sails to Stromness", "firefighters arrived from Tolworth").
#: ("Return" and "join" are left out: one returns to a company or joins a club.)
TRAVEL_VERBS = frozenset(
    _words(
        """
        travel travels travelled traveled travelling traveling fly flies flew flown flying
        sail sails sailed sailing flee flees fled fleeing march marches marched marching
        drive drives drove driven driving walk walks walked walking arrive arrives arrived arriving
        evacuate evacuates evacuated evacuating relocate relocates relocated relocating
        emigrate emigrates emigrated emigrating migrate migrates migrated migrating
        commute commutes commuted commuting deport deports deported deporting
        move moves moved moving head heads headed heading advance advances advanced advancing
        spread spreads spreading return returns returned returning
        """
    )
)
#: Prepositions of a journey's end or start, after a :data:`TRAVEL_VERBS` verb or a
#: :data:`JOURNEY_NOUNS` noun.
JOURNEY_PREPOSITIONS = frozenset("to towards toward into from via between".split())  # noqa: SIM905
#: Nouns of a journey or a way: "flights to Lhasa", "the road between Kelvedon and Witham", "a trip to
#: Kyoto".
JOURNEY_NOUNS = frozenset(
    _words(
        """
        flight flights trip trips journey journeys route routes road roads highway motorway
        railway train trains ferry ferries voyage voyages march convoy bus buses
        """
    )
)

#: Offices that govern a town or region: the name whose office it is ("Riverton's mayor", "Windsor
#: Locks' first selectman") is a place, whatever the model said.
LOCAL_OFFICES = frozenset(
    _words(
        """
        mayor mayors governor governors selectman selectmen selectwoman alderman aldermen headman
        headmen
        """
    )
)
#: Chambers whose members sit "for" a party or a seat: "a member of Parliament for the National
#: Democratic Congress" names two bodies, not one.
CHAMBER_WORDS = frozenset(["parliament", "senate", "assembly", "congress", "house", "legislature"])
#: Nouns for the judges who sit on a case, which stand for their court ("the bench said").
BENCH_NOUNS = frozenset(["bench", "panel"])
#: Prepositions of a phrase that tells what happened around an act of saying, not what was said
#: ("wrote to the company without receiving \"an answer\"").
CIRCUMSTANCE_PREPOSITIONS = frozenset(["without", "despite", "after", "before", "until", "since"])
#: Prepositions that tie a person to an organisation ("X of Y", "X at Y", "X from Y").
AFFILIATING_PREPOSITIONS = frozenset(["of", "at", "from"])
#: Offices of a county or a city written between its name and the holder's ("Polk County Sheriff
#: Grady Judd", "Galvez County Judge Harold Voss"): the model runs the three into one name.
COUNTY_OFFICES = frozenset(
    _words("sheriff judge commissioner supervisor clerk attorney executive treasurer assessor coroner mayor")
)
#: Words that end a county's or a city's name before such an office.
COUNTY_WORDS = frozenset(_words("county parish city borough"))
#: Plurals without an "s" that the tagger may read as proper nouns when capitalised: an owner in a
#: name's possessive ("People's Protection Units", "Women's March") like "Workers' Party".
IRREGULAR_PLURALS = frozenset("people women men children".split())  # noqa: SIM905
#: Offices held "of" a town, region or nation they govern ("Mayor of Riverton", "Premier of Ontario";
#: "First Minister" too): the name after "of" is a place, unless it names a body ("Governor of the
#: Bank of England").
TERRITORY_OFFICES = LOCAL_OFFICES | frozenset(["premier", "premiers"])
#: Adjectives of a region's own bodies: the name they follow is the region ("Chelyabinsk regional
#: governor", "Sindh provincial police").
REGIONAL_WORDS = frozenset("regional provincial municipal prefectural cantonal".split())  # noqa: SIM905

#: Public programmes named alone, which the model takes for organisations ("cuts to Medicare and
#: Medicaid"): programmes are not actors (docs/annotation.md); the agency running one is named apart.
PROGRAMME_NAMES = frozenset(["Medicare", "Medicaid"])

#: Words that open a photo's credit in a caption ("Image: Ana Vela."): the name after them is a
#: byline, like the dateline, not an actor of the article.
CREDIT_WORDS = frozenset("image images photo photos photograph picture credit".split())  # noqa: SIM905

#: Prefixes of ships' names ("MV Alan Kurdi", "HMS Victory"): the prefix and the name are one vessel.
SHIP_PREFIXES = frozenset(_words("MV SS HMS USS RV FV HMAS HMCS HMNZS USNS CCGS BRP KRI ROKS HNLMS TCG ARA"))

#: Courts named for the district or circuit they sit for ("the United States District Court for the
#: Western District of Virginia", "the U.S. Court of Appeals for the Ninth Circuit"): the kinds of
#: court and the parts of the name, which the model cuts into a state, a court and a district.
COURT_KINDS = ("District Court", "Court of Appeals", "Bankruptcy Court", "Circuit Court")
COURT_DISTRICT_SIDES = ("Northern", "Southern", "Eastern", "Western", "Middle", "Central")

#: Names of the months ("the August 12 general election": an election named by its day).
MONTH_NAMES = frozenset(
    _words("january february march april may june july august september october november december")
)

#: Nouns of what befell people, written lower case after the name that marks it ("the Brumadinho
#: disaster", "the Cambridge Analytica scandal", "the Gukurahundi massacres"): with it, an event's name.
HAPPENING_NOUNS = frozenset(
    _words("disaster disasters massacre massacres bombing bombings scandal shooting shootings attack attacks")
)

#: Nouns of happenings: a name in apposition with one is an event ("Fan Expo, an annual convention").
EVENT_NOUNS = frozenset(
    _words(
        """
        convention festival conference summit fair exhibition expo tournament championship marathon
        race election referendum ceremony concert parade rally
        """
    )
)

#: Facilities named after the place they stand at: "the processing plant at Vorkhal" names a place
#: ("at" alone does not: "a job at Google").
FACILITY_NOUNS = frozenset(
    _words(
        """
        plant refinery facility base camp site field oilfield mine port terminal depot factory
        reactor prison airbase compound
        """
    )
)

#: Nouns that classify the name after them, or in apposition with it, as an organisation ("the rock
#: band Velvet Harbor", "the charity Open Shores", "Alvora, a shipping company", "Kosmora, the
#: national space agency").
ORG_NOUNS = frozenset(
    _words(
        """
        band group company firm charity airline newspaper magazine channel network club
        team party label publisher organisation organization startup start-up bank carmaker automaker
        retailer insurer supergroup ngo nonprofit non-profit agency broadcaster university ministry
        institute foundation association federation militia watchdog regulator conglomerate lender
        utility app platform manufacturer exchange
        importer exporter distributor supplier wholesaler brewer brewery shipper processor
        consultancy consortium cooperative co-operative refiner refinery supermarket
        drugmaker chipmaker shipbuilder shipyard service venture union chain studio gang cartel
        maker provider
        """
    )
)

#: Nouns of heavenly bodies that classify the name after them as a place ("the constellation Lyra",
#: "the exoplanet Tessar-4b"; annotation: named astronomical bodies are places). Not "star", which
#: is as often a celebrity.
SKY_NOUNS = frozenset("constellation planet exoplanet galaxy comet asteroid moon nebula".split())  # noqa: SIM905

#: The words a state's formal name opens with before "of" ("Republic of China", "Kingdom of Spain"):
#: part of the name when the model tagged only the state after them.
STATE_FORM_WORDS = frozenset(_words("Republic Kingdom Federation Commonwealth Principality Sultanate"))

#: Words of the names of awards and decorations, which are not actors (docs/annotation.md: none of
#: the six kinds fits them): "National Medal of Chemistry", "Nobel Peace Prize", "Legion of Honour".
AWARD_WORDS = frozenset(
    ["medal", "medals", "prize", "prizes", "award", "awards", "trophy", "honour", "honor"]
)

#: Titles written lower case before a name that make it a person's ("archbishop Anna Nowak",
#: "senator Ray Dunn"): the person titles that are nouns of their own (not "former", "foreign").
TITLE_NOUNS = frozenset(
    _words(
        """
        president senator governor mayor chancellor premier judge justice ambassador minister
        secretary spokesman spokeswoman spokesperson professor bishop archbishop cardinal imam rabbi
        mufti ayatollah mullah reverend pope king queen prince princess sheikh emir admiral colonel
        lieutenant sergeant captain inspector detective commandant coach taoiseach sultan
        """
    )
)

#: Clock words the model takes for places or organisations ("4:00 A.M. local time").
CLOCK_WORDS = frozenset(["A.M.", "P.M.", "a.m.", "p.m."])

#: The states of the United States: the first half of a campus's name ("University of Texas,
#: Austin" is one university, not a university and a city).
US_STATES = frozenset(
    [
        "Alabama",
        "Alaska",
        "Arizona",
        "Arkansas",
        "California",
        "Colorado",
        "Connecticut",
        "Delaware",
        "Florida",
        "Georgia",
        "Hawaii",
        "Idaho",
        "Illinois",
        "Indiana",
        "Iowa",
        "Kansas",
        "Kentucky",
        "Louisiana",
        "Maine",
        "Maryland",
        "Massachusetts",
        "Michigan",
        "Minnesota",
        "Mississippi",
        "Missouri",
        "Montana",
        "Nebraska",
        "Nevada",
        "New Hampshire",
        "New Jersey",
        "New Mexico",
        "New York",
        "North Carolina",
        "North Dakota",
        "Ohio",
        "Oklahoma",
        "Oregon",
        "Pennsylvania",
        "Rhode Island",
        "South Carolina",
        "South Dakota",
        "Tennessee",
        "Texas",
        "Utah",
        "Vermont",
        "Virginia",
        "Washington",
        "West Virginia",
        "Wisconsin",
        "Wyoming",
    ]  # fmt: skip
)

#: Head words of institutions whose first word alone is a usual short name ("Harvard" for "Harvard
#: University", "Scripps" for "Scripps Institution of Oceanography"); not companies' heads, whose
#: first word is often another company ("Amazon" and "Amazon Web Services").
INSTITUTION_HEADS = frozenset(
    _words(
        """
        university college institute institution school hospital clinic museum foundation
        laboratory laboratories observatory academy library
        """
    )
)

#: Name words of places of research, where an analyst is a scholar, not staff ("an analyst at the
#: Central Asia Policy Institute"; "an analyst at Nordkapp Securities" works there).
RESEARCH_HEADS = INSTITUTION_HEADS | {"centre", "center"}
#: Head words of a university's own parts: "the Rosenstiel School of Marine Science at the University
#: of Miami", "the Department of Community Health at the Boston University School of Public Health"
#: are the university's (docs/annotation.md: OWNS).
UNIVERSITY_PART_HEADS = frozenset(
    _words("school faculty department institute centre center college laboratory laboratories lab")
    + ["observatory"]
)

#: Institutions written with their address like places ("Christchurch District Court, New Zealand",
#: "Mercy Hospital, Toledo"): such a name followed by a comma and a place is in it.
SITED_HEADS = INSTITUTION_HEADS | {"court"}

#: Words after "and" that go on a list of places with places of no name ("ceremonies in Washington,
#: New York and around the world"), so "Washington, New York" there is no city in its state.
PLACE_LIST_GOES_ON = frozenset(_words("around across elsewhere other throughout abroad overseas beyond"))

#: Chambers a text names by their head word alone once it has named them in full ("Parliament"
#: after "the Tunisian Parliament", "Congress" after "the U.S. Congress", "the Commons"). Not "House"
#: (the White House is one too); generic bodies alone ("the Court", "police") are no names at all.
BODY_HEADS = frozenset("parliament senate congress legislature commons lords".split())  # noqa: SIM905

#: Head words of a public body that its name goes on after with "of" and what it is for or part of
#: ("the Supreme Court | of Justice", "the Gauteng Division | of the High Court", "the State Court
#: | of Accounts"), where the model often cuts the name.
OF_NAMED_BODY_HEADS = frozenset(
    _words("court division chamber tribunal commission council presidency secretariat directorate bureau")
)
#: Head words of a body named by what it governs or serves, written before "of" and a place or
#: a body that the model names apart ("the Provincial Municipality | of Cotabambas", "the
#: Presidency | of the Council of Ministers").
BODY_OF_HEADS = frozenset(_words("municipality prefecture presidency secretariat directorate"))

#: Last words of places whose first word alone is a usual short name of the whole ("the
#: Mediterranean" for the Mediterranean Sea, "Blenheim" for Blenheim Palace). Not bridges, stations
#: or castles, which are often named after a town that is a place of its own ("London Bridge").
FEATURE_HEADS = frozenset("sea ocean islands peninsula desert palace".split())  # noqa: SIM905

#: Prepositions of location: a name as their object is a place ("a base in Maidan Shahr", "near
#: Dover"), whatever the model said. "at" and "from" are left out: "at Google", "a letter from Smith".
LOCATIVE_PREPOSITIONS = frozenset("in near outside inside across throughout within around".split())  # noqa: SIM905

#: Compass bearings: a name after "<bearing> of" is a place ("75 miles north of Bermuda", "southeast
#: of West Palm Beach"); a person or a company has no north.
COMPASS_WORDS = frozenset(
    _words(
        """
        north south east west northeast northwest southeast southwest north-east north-west
        south-east south-west
        """
    )
)

#: Bearings as adjectives, which name a part of the place after them: "Jalalabad, eastern
#: Afghanistan" is a town in that part, so in the state.
REGION_BEARINGS = frozenset(
    _words(
        """
        northern southern eastern western central north-eastern north-western south-eastern
        south-western northeastern northwestern southeastern southwestern far-north far-west
        """
    )
)

#: Nouns of the land and of what happens to it: a name modifying one is a place's ("the Kilauea
#: volcano", "the Kwanza river", "the Ridgecrest earthquake"), and so is one "of" it ("the eruption
#: of Kilauea").
LANDFORM_NOUNS = frozenset(
    _words(
        """
        volcano river lake mountain mountains glacier desert forest peninsula canyon valley delta
        reef coast plateau eruption earthquake quake wildfire bushfire flood floods landslide tsunami
        """
    )
)
#: Verbs of where a place lies: "Marwick lies in the north of Orkney".
LYING_VERBS = frozenset(_words("lie lies lay lying"))  # not "sits": one sits on a committee
#: Nouns a place is said to be: "Marwick is a small town", "the nearest settlement is Rachel", "the
#: name of the village is Tamburu".
PLACE_PREDICATE_NOUNS = PLACE_NOUNS | frozenset("settlement hamlet".split())  # noqa: SIM905

#: Nouns of armed or clandestine groups written after their name: "the Jamaah Ansharut Daulah network",
#: "the Abu Sayyaf group" name an organisation, whatever the model made of its words.
GROUP_NOUNS = frozenset(_words("network group militia faction cell cartel gang outfit"))

#: Nouns of people who work in institutions: the names they are "from" or "at" are institutions or
#: places, never people ("scientists from the University of Bristol and UC Davis").
RESEARCHER_NOUNS = frozenset(
    _words(
        """
        scientists researchers astronomers physicists biologists chemists geologists engineers
        academics scholars experts team teams
        """
    )
)

#: Nouns of places visitors go to: names given as examples of them are places ("tourist
#: attractions such as Boracay and Coron"), like examples of islands or towns.
DESTINATION_NOUNS = frozenset(_words("attraction destination resort landmark hotspot"))

#: Nouns of named sites: a name in apposition with one is a place ("the park, Causeway Bay").
SITE_NOUNS = PLACE_NOUNS | frozenset(
    "park square street road avenue bridge station airport base village valley river lake".split()  # noqa: SIM905
)

#: Nouns for ships: a name written with "the" and one of them in apposition is a ship's ("the Aegean
#: Dawn, a Liberian-flagged tanker"). Not "carrier", an airline as often as a ship.
VESSEL_NOUNS = frozenset(_words("ship vessel tanker ferry freighter trawler yacht liner boat"))
#: Nouns of made things a name can stand in apposition with, be called, or modify: "the boat,
#: Conception", "a device called Flyboard Air", "the antibody cocktail, ZMapp", "the Crew Dragon
#: capsule".
PRODUCT_NOUNS = frozenset(
    _words(
        """
        boat ship vessel yacht ferry tanker submarine truck car bus plane aircraft airliner jet
        helicopter drone rocket train locomotive motorcycle console device gadget phone smartphone
        capsule spacecraft spaceplane satellite probe rover lander vehicle robot
        drug medicine vaccine antibody cocktail treatment therapy
        """
    )
)

#: Nouns that classify the name after them as a work or a being of fiction or myth, which are not
#: actors (docs/annotation.md): "the film X", "the sitcom X", "the character X", "the god X".
WORK_NOUNS = frozenset(
    _words(
        """
        film movie series sitcom show documentary album song single book novel memoir poem play
        musical opera comedy drama thriller game videogame franchise character god goddess deity
        """
    )
)

#: Offices whose holder leads the "of" organisation or state, and verbs of taking or holding them
#: ("X regained the prime ministry of Y", "X won the presidency of Y").
OFFICES = frozenset("presidency premiership chairmanship chancellorship leadership ministry".split())  # noqa: SIM905
#: Nouns for a post named by the role after them ("the office of Speaker of the House").
POST_NOUNS = frozenset("office post position role job seat".split())  # noqa: SIM905
#: Verbs that give someone a role named as their complement ("was elected Speaker of the Senate").
NAMING_TO_ROLE_VERBS = frozenset(
    _words(
        """
        elect elects elected re-elected reelected appoint appoints appointed reappointed name names
        named make makes made choose chooses chose chosen install installed
        """
    )
)

#: Verbs of winning, holding or giving up an office ("won the leadership of X", "resigned the
#: chairmanship of X"): each says the office was held, and past roles count (docs/annotation.md).
OFFICE_VERBS = frozenset(
    _words(
        """
        win wins won take takes took assume assumes assumed regain regains regained hold holds held
        retain retains retained resume resumes resumed
        resign resigns resigned resigning relinquish relinquishes relinquished quit quits
        """
    )
)

#: Verbs of presenting a programme, and the programmes presented: one who hosts a show on a medium
#: is a contributor to it ("X hosted a show on RT"), AFFILIATED_WITH it as the guidelines say.
PRESENTING_VERBS = frozenset(
    _words("host hosts hosted hosting present presents presented presenting anchor anchors anchored")
)
SHOW_NOUNS = frozenset(_words("show shows programme programmes program programs podcast series segment"))
#: Plural nouns of the parts of a place, listed after "including" ("parts of the U.S., including
#: California and Florida", "several states of Mexico, including Sonora").
PLACE_PARTS = frozenset(
    _words(
        """
        parts areas regions states provinces cities towns villages counties districts islands
        territories municipalities neighbourhoods neighborhoods suburbs
        """
    )
)
#: Words of rank that open a title before its body word and role ("Chief Cabinet Secretary", "Deputy
#: Press Secretary"): the body word between them is part of the title.
TITLE_RANK_WORDS = frozenset(["Chief", "Deputy"])
#: Plural names a country's big parties go by, which smaller parties' names end in ("Democrats",
#: "Liberal Democrats"): never a team's plural name alone.
PARTY_PLURALS = frozenset(["democrats", "republicans", "socialists", "liberals", "conservatives"])
#: Head words of a state's armed forces' names ("Sri Lanka Navy", "Ghana Army").
FORCE_HEADS = frozenset(["navy", "army"])
#: Nouns of a state's administrative divisions, which end their names ("Dhading District").
DIVISION_NOUNS = frozenset(_words("county prefecture governorate municipality oblast canton parish"))
#: Place nouns for parts of a larger place ("the Donbas region of Ukraine").
PART_NOUNS = frozenset("region district area neighbourhood neighborhood suburb province borough".split())  # noqa: SIM905
#: Lower-case nouns after which a capitalised name written with "the" is a region the model may miss
#: ("the Ural region of Russia", "the Idlib province").
REGION_NOUNS = PART_NOUNS | frozenset("oblast governorate prefecture county".split())  # noqa: SIM905

#: Verbs of talking that, with two subjects and nothing else, may say each spoke apart ("A and B spoke
#: at the rally"): they pair the subjects only when the sentence says the talk was between them.
TALKING_APART_VERBS = frozenset(
    _words("spoke speak speaks speaking talked talk talks talking sat sit sits sitting")
)
#: Words after such a verb that say the talk was between its subjects: "spoke by phone", "talked
#: privately", "sat down together" (and "each other", read as a pair).
MUTUAL_TALK_WORDS = frozenset(_words("phone telephone video call privately together face-to-face directly"))
MEET_VERBS = frozenset(
    _words(
        """
        spoke speak speaks speaking talked talk talks talking met meet meets meeting called call
        calls phoned phone telephoned negotiated negotiate conferred discussed discuss discusses
        discussing sat sit sits sitting
        """
    )
)

MEET_NOUNS = frozenset(
    ["call", "talks", "meeting", "conversation", "summit", "phone-call", "negotiations", "interview"]
)

#: Verbs of talking whose "to" object is the other side ("speaking to the BBC").
SPEAK_TO = frozenset("spoke speak speaks speaking talked talk talks talking".split())  # noqa: SIM905

#: Verbs of saying whose "to" names who heard it ("described her to the BBC", "explained to Reuters",
#: "confirmed to CNN"): a conversation. Not "wrote to", a letter (docs/annotation.md).
SAY_TO_VERBS = frozenset(
    _words(
        """
        describe describes described explain explains explained confirm confirms confirmed
        reveal reveals revealed
        """
    )
)
#: Verbs of appearing on a medium's programme ("appeared on the BBC's Newsnight").
APPEAR_VERBS = frozenset(_words("appear appears appeared appearing"))
#: Nouns of words said to someone ("in remarks to the BBC", "in comments to Reuters").
REMARK_NOUNS = frozenset("remarks comments interview interviews".split())  # noqa: SIM905

#: Verbs whose direct object is the other side of the conversation ("Charles told the Daily Mail").
DIRECT_OBJECT_MEET = frozenset(
    "met meet meets meeting called phoned telephoned told tell tells telling".split()  # noqa: SIM905
)

#: Verbs whose direct object is met, only as an object ("Merkel hosted Macron", "CNN interviewed X",
#: "Thunberg addressed the United Nations": an address to a named body is speaking to it); not for
#: "A and B hosted ...", where the subjects did not meet each other.
HOST_VERBS = frozenset(
    "host hosts hosted hosting interview interviews interviewed interviewing "  # noqa: SIM905
    "address addresses addressed addressing".split()
)

#: Verbs whose direct object, a person, was met in person ("the Pope received X", "X visited Y in
#: hospital", "Y welcomed X to Berlin"); only between people, since receiving or visiting a place or
#: a body says nothing of talks.
RECEIVE_VERBS = frozenset(
    "receive receives received receiving welcome welcomes welcomed welcoming "  # noqa: SIM905
    "visit visits visited visiting".split()
)

LEAD_VERBS = frozenset(
    "lead leads led leading head heads headed heading chair chairs chaired run runs ran running "  # noqa: SIM905
    "rule rules ruled govern governs governed governing command commands commanded commanding "
    "direct directs directed directing".split()
)

#: "X works for Y" (WORKS_FOR), "X plays for Y" (MEMBER_OF): a person's verb with "for/at" an organisation.
SERVE_VERBS = {
    **dict.fromkeys("work works worked working".split(), "WORKS_FOR"),  # noqa: SIM905
    **dict.fromkeys("play plays played playing".split(), "MEMBER_OF"),  # noqa: SIM905
}

#: Verbs of where a thing is ("the museum is in Madrid", "X, located in Y"); "near" and "on" are
#: no containment, so only their "in" counts.
LOCATED_VERBS = frozenset(
    "is are was were lies lie lay sits sit located situated based headquartered".split()  # noqa: SIM905
)

#: Participles of a tie between organisations or people ("linked to Y", "affiliated with Y").
#: Nouns of a body that belongs to a larger one without being owned: "UNESCO, a specialised agency of the
#: United Nations" is AFFILIATED_WITH it (a subsidiary is owned: OWNS).
AGENCY_NOUNS = frozenset(_words("agency arm wing branch affiliate offshoot organ"))
AFFILIATION_VERBS = frozenset("linked affiliated allied tied aligned".split())  # noqa: SIM905

#: Nouns of a gathering: "the meeting of X in Y" places the meeting, not X.
GATHERING_NOUNS = frozenset(
    _words(
        """
        meeting meetings conference conferences summit summits convention conventions session sessions
        congress rally rallies gathering gatherings assembly ceremony festival
        """
    )
)

#: Words after "called X" that make it naming, not phoning ("called X a liar", "called X humble").
NAMING_DEPS = frozenset(["oprd", "xcomp", "ccomp", "acomp"])

#: Verbs whose "as" object is a role the subject holds or held ("served as mayor of Y", "was sworn in
#: as governor of Y", "succeeded her as prime minister of Y").
AS_ROLE_VERBS = frozenset(
    _words(
        """
        serve serves served serving succeed succeeds succeeded succeeding elected re-elected reelected
        appointed sworn installed confirmed chosen resign resigns resigned resigning step steps stepped
        stepping quit quits retired retires replace replaces replaced replacing took take takes taking
        """
    )
)

#: Nouns for an organisation's owner ("Alphabet, the parent company of Google", "Google's owner").
OWNER_NOUNS = frozenset("parent parents owner owners proprietor proprietors".split())  # noqa: SIM905
#: What is held "in" a company, which is no place for it: "shares in Tesla", "a 10% stake in Volvo".
HOLDING_NOUNS = frozenset(_words("share shares stake stakes holding holdings investment investments"))
#: The forms of "work", whose "for" object is an employer ("working for Statoil"; the lemmatizer does
#: not run).
WORK_FORMS = frozenset(_words("work works worked working"))
#: People and firms who work "to" or "for" a company or a medium, never a place: "a contributor to
#: Wired", "a consultant to Boeing", "a supplier to Airbus" (not "adviser" or "envoy": one is an
#: adviser to a country).
SERVING_NOUNS = frozenset(
    _words("contributor contributors columnist columnists consultant consultants supplier suppliers")
)
#: Verbs of going to, staying in or leaving a place, whose object (or whose "in"/"to" object) is a
#: place: "visited Kumasi", "fled to Tamale", "lives in Akosombo".
VISIT_VERBS = frozenset(
    _words(
        """
        visit visits visited visiting flee flees fled fleeing live lives lived living reside resides
        resided stay stays stayed travel travels travelled traveled evacuate evacuated
        """
    )
)
#: Nouns of one taking another over ("Volvo's takeover of Nordlys Media", "its purchase of X").
ACQUISITION_NOUNS = frozenset(_words("acquisition acquisitions takeover purchase buyout"))
#: Nouns for an organisation another owns ("YouTube, a subsidiary of Google").
#: Verbs of making a product, whose maker owns it ("ZX-41, produced by Halvorsen Biotech"): for named
#: products only (a company that builds a bridge does not own it).
MAKER_VERBS = frozenset(_words("made produced manufactured built developed designed"))
OWNED_NOUNS = frozenset("subsidiary subsidiaries unit division".split())  # noqa: SIM905

#: A state's membership of an organisation: "NATO member Turkey", "Austria, a member of the EU".
MEMBERSHIP_NOUNS = frozenset("member members ally allies".split())  # noqa: SIM905
#: Verbs of leaving a body one was a member of ("Britain left the EU", "quit the party").
LEAVE_VERBS = frozenset(_words("leave leaves left leaving quit quits exit exits exited"))
#: A state joining or leaving an organisation it is (or was) a member of ("Sweden joined NATO").
JOIN_LEAVE_VERBS = frozenset(_words("join joins joined joining rejoin rejoined")) | LEAVE_VERBS
#: Verbs that seat a person in a body whose "to/in/on" object is the body: "X was elected to the Senate",
#: "X, first elected to Congress in 1996", "X served in Parliament", "X sits on the committee".
SEAT_VERBS = frozenset(
    "elected reelected serve serves served serving sit sits sat sitting".split()  # noqa: SIM905
)
#: Nouns for one who sits in a body "on" it: "X, the most senior Democrat on the Oversight Committee",
#: "X, a Republican on the Senate Finance Committee", "the only member on the board".
SITTING_MEMBER_NOUNS = frozenset(
    _words(
        """
        democrat democrats republican republicans member members conservative conservatives liberal
        liberals
        """
    )
)
#: Nouns of a group one plays or sings in: "X was in the band Y", "X and Z were in the supergroup Y".
BAND_NOUNS = frozenset(_words("band bands group supergroup duo trio quartet ensemble orchestra choir"))
#: Verbs of leaving a body "from" it, which one was a member of: "X resigned from the party", "X was
#: expelled from the Senate", "X defected from the Social Democrats".
LEAVING_FROM_VERBS = frozenset(
    _words(
        """
        resign resigns resigned resigning expel expels expelled expelling defect defects defected
        defecting withdraw withdraws withdrew withdrawn withdrawing suspended
        """
    )
)
#: Verbs of leaving a post or a body, which one holds until one does: under a plan or a hope the
#: relation still stands ("expected to leave the party", "threatened to resign from it", "due to step
#: down as its chair").
STILL_HELD_VERBS = LEAVE_VERBS | LEAVING_FROM_VERBS | frozenset(_words("step steps"))
#: Verbs of holding a seat in a body ("won a seat in the Bundestag", "held her seat on the council").
SEAT_WINNING_VERBS = frozenset(
    _words("win wins won winning hold holds held holding retain retains retained keep kept")
)
#: Verbs of sitting in a body ("X, who sits in the Bundestag", "serves on the council's finance
#: committee"): its member; the body's name must say it is one (parties, chambers, councils).
SITTING_VERBS = frozenset(_words("sit sits sat sitting serve serves served serving"))
#: Verbs of chairing a part of a body ("chairs the transport committee of Leeds City Council").
CHAIRING_VERBS = frozenset(_words("chair chairs chaired chairing"))
#: Parts of a body one sits on: a seat on "the transport committee of the National Assembly" is a
#: seat in the assembly.
BODY_PART_NOUNS = frozenset(_words("committee committees subcommittee panel caucus bench benches"))
#: Verbs of representing a place in a body ("X represents Ohio in the Senate").
REPRESENTING_VERBS = frozenset(_words("represent represents represented representing"))
#: Playing in a team or a band: "X plays for Ajax", "X played drums in the Rolling Stones".
PLAYING_VERBS = frozenset(_words("play plays played playing"))
#: What a band's member plays ("played drums in ...").
INSTRUMENTS = frozenset(_words("drums guitar bass keyboards piano saxophone trumpet violin"))
#: Nouns for a grouping of states whose members an article lists: "NATO, an alliance of 29
#: countries including Norway", "the G7, a group of seven countries, the UK, France, ...".
GROUPING_NOUNS = frozenset(
    _words(
        "group alliance bloc union coalition organisation organization association federation club community"
    )
)
#: The members a grouping of states is "of": "a group of seven countries", "a union of 27 states".
STATE_NOUNS = frozenset(_words("countries nations states economies members"))

#: Nouns of a state leaving an organisation ("the withdrawal of the UK from the EU", "Britain's exit").
EXIT_NOUNS = frozenset("withdrawal exit departure expulsion".split())  # noqa: SIM905

#: Groups whose possessive starts a name rather than owning ("People's Protection Units", "Women's
#: March", "Veterans' Affairs").
COLLECTIVE_POSSESSORS = frozenset(
    "people peoples workers women children farmers veterans martyrs students nations soldiers".split()  # noqa: SIM905
)
#: Last words of the names of waters: a town by them is on them, not in them ("the Red Sea port of X").
WATER_WORDS = frozenset("sea ocean river gulf bay lake strait channel".split())  # noqa: SIM905
#: Last words of the names of events ("Mini Maker Faire", "Toronto Comicon", "Berlin Marathon"): events are
#: not located (docs/annotation.md), though the model may type the name as a place or organisation.
#: Head words of names that begin with a possessive ("the Workers' Party", "People's Daily", "People's
#: Liberation Army"): the possessive before them is part of the name, not an owner, unless it is a state's.
POSSESSED_NAME_HEADS = frozenset(
    _words("party union front army daily league movement alliance congress council republic liberation")
)
EVENT_NAME_HEADS = frozenset(
    _words(
        "fair faire festival expo comicon marathon olympiad olympics championship championships tournament"
    )
)
#: Sports: a sport's name capitalised at a sentence's start before a player is no organisation
#: ("Handball player Luka Barisic", "Taekwondo fighter Petra Radovic").
SPORT_NAMES = frozenset(
    _words(
        """
        football soccer handball basketball volleyball netball tennis hockey rugby cricket golf boxing
        swimming athletics judo wrestling cycling rowing sailing fencing karate taekwondo badminton
        baseball softball skiing snowboarding surfing weightlifting gymnastics archery canoeing
        triathlon biathlon squash polo
        """
    )
)
#: Words of the names of long roads: a road runs through places, it is not in one ("on U.S. Route 2 in
#: Randolph" places the crash, not the road); a street ("Baker Street in London") is not among them.
LONG_ROAD_WORDS = frozenset("route highway interstate motorway freeway expressway turnpike autobahn".split())  # noqa: SIM905
#: Head words of a road or a line named by the places it joins ("the Nairobi–Nakuru Highway").
ROAD_NAME_HEADS = LONG_ROAD_WORDS | frozenset(["road", "railway", "pipeline", "corridor"])

#: A place's edge by the sea or a lake: what stands "on the west coast of Finland", "on Tasmania's east
#: coast" or "on the shores of Lake Tana" is in that place.
COAST_NOUNS = frozenset(_words("coast coasts coastline shore shores seaboard"))
#: Names of seas that name a coast by the water it faces ("Brazil's Atlantic coast" is Brazil's, not
#: a place called Atlantic; "the Algarve coast" is the Algarve's).
SEA_NAMES = frozenset(
    _words(
        """
        atlantic pacific indian arctic mediterranean caribbean baltic adriatic aegean black red caspian
        gulf north
        """
    )
)

#: Nouns for an edge or a stretch of a place ("Portugal's Atlantic coast"): a name before them names a
#: sea or a range beside the place, not something in it.
SHORE_NOUNS = COAST_NOUNS | frozenset(_words("border borders frontier side"))
#: Nouns of what is done about or said of a thing ("Indonesia's Timor policy", "Russia's Ukraine
#: war"): a name before them is their topic, not the thing they name.
TOPIC_NOUNS = frozenset(
    _words(
        """
        policy policies plan plans strategy campaign crisis issue question problem deal talks
        dispute conflict war invasion occupation relations ties debate row visit trip programme
        program affair process agreement operation approach stance
        """
    )
)
#: Verbs of studying, researching or teaching at a school: "X studied at Y", "graduated from Y",
#: "researches transport policy at Y", "taught at Y"
#: make X AFFILIATED_WITH the school (docs/annotation.md: researchers at a university).
STUDY_VERBS = frozenset(
    _words(
        """
        study studies studied studying graduate graduates graduated graduating teach teaches taught
        teaching lecture lectures lectured lecturing enrolled research researches researched
        researching
        """
    )
)
#: Academic degrees: "earned a PhD from Y", "her law degree from Y".
DEGREE_NOUNS = frozenset(
    _words(
        """
        degree degrees phd ph.d. doctorate doctorates masters master's bachelor's bachelors diploma
        diplomas mba
        """
    )
)
#: Nouns for a part of a place named by its direction: "in the centre of Y", "the north of Y".
DIRECTION_NOUNS = frozenset(
    _words(
        """
        north south east west northeast northwest southeast southwest centre center heart outskirts
        interior
        """
    )
)
#: Words a verb hangs from as "to ..." when what it says has not happened ("plans to meet X", "is
#: expected to visit X", "agreed to buy Y", "refused to meet X"): a plan, a hope, a refusal.
INTENT_HEADS = frozenset(
    _words(
        """
        plan plans planned planning want wants wanted wanting hope hopes hoped hoping intend intends
        intended intending expect expects expected expecting aim aims aimed aiming seek seeks sought
        seeking try tries tried trying attempt attempts attempted attempting propose proposes proposed
        proposing offer offers offered offering agree agrees agreed agreeing refuse refuses refused
        refusing decline declines declined declining threaten threatens threatened threatening wish
        wishes wished prepare prepares prepared preparing due set scheduled going like asked invited
        urged
        """
    )
)
#: Words that make a meeting one not (yet) held: "a planned meeting", "arrange talks", "cancelled
#: the call" state no SPOKE_WITH (docs/annotation.md: planned meetings that have not happened).
PLANNING_WORDS = frozenset(
    _words(
        """
        plan plans planned planning schedule scheduled proposed propose proposes arrange arranges
        arranged arranging cancel cancels cancelled canceled cancelling postpone postponed upcoming
        future possible potential expected seek seeks sought request requests requested
        """
    )
)
#: Founders: of a band, a party or a club one of its members, of a company or anything else affiliated
#: with it (development gold: "SpaceX founder Elon Musk", "co-founder of the rock band Cream").
FOUNDER_ROLES = frozenset(_words("founder founders cofounder cofounders co-founder co-founders"))
#: Founding an organisation makes the founder one of its members ("X co-founded the band Cream";
#: development gold: a co-founder of a band or a party is a MEMBER_OF it).
FOUND_VERBS = frozenset(
    _words("found founds founded founding co-founded cofounded co-found form forms formed forming")
)
#: Participles of founding a body: a name they describe is a body's, not a person's ("Studio
#: Boréal, founded in 2011 by ...").
FOUNDED_PARTICIPLES = frozenset(_words("founded co-founded cofounded established incorporated"))
#: Media written by volunteers: who reports for one contributes to it (AFFILIATED_WITH), and is not on
#: its staff (docs/annotation.md: contributors are affiliated).
VOLUNTEER_MEDIA = frozenset(["Wikinews", "Wikipedia"])

#: Verbs of an organisation taking someone on, or letting them go ("Volvo hired Anna Berg as its
#: director", "X was fired by Y"): either way the person worked there (past roles count).
#: Verbs of a body approving someone for a post ("the Senate confirmed X as a justice of the Supreme
#: Court"): the post is then held.
CONFIRM_VERBS = frozenset(_words("confirm confirms confirmed approve approves approved swore"))
HIRE_VERBS = frozenset(
    _words(
        """
        hire hires hired hiring recruit recruits recruited employ employs employed employing
        fire fires fired firing sack sacks sacked sacking dismiss dismisses dismissed dismissing
        """
    )
)
#: Auxiliaries of the future: "X will meet Y next week" states no relation yet ("wo" is the "wo" of
#: "won't").
FUTURE_AUXILIARIES = frozenset(["will", "shall", "'ll", "wo"])
#: Auxiliaries of a meeting not (yet) held: the future's, "would" and "to" ("A and B are to hold talks").
NOT_YET_AUXILIARIES = FUTURE_AUXILIARIES | {"would", "to"}
#: Qualifiers of a role not yet held: "future guitarist X", "incoming chair X" give no relation.
FUTURE_QUALIFIERS = frozenset(["future", "incoming", "would-be", "prospective", "designate"])
#: Jobs anyone can hold: a place before them is where the person works or lives, not an employer
#: ("a Toronto lawyer", "a Russian pilot"); officials of a place do work for it ("Texas official").
#: Roles held in a person's service: one who holds them WORKS_FOR that person ("Berg's aide",
#: "an employee of Jensen"), where other roles are held in organisations.
PERSONAL_STAFF_ROLES = frozenset(
    _words("aide aides employee employees staffer staffers bodyguard bodyguards")
)
#: A side's captain, written in lower case as a role (a rank is capitalised before the name:
#: "Captain Ali Rahman"): one of the team, not its employee.
TEAM_CAPTAIN_ROLES = frozenset(_words("captain captains skipper co-captain vice-captain"))
#: A church's districts, named in lower case by the place they serve ("the Marbel diocese", "the
#: diocese of Cahors", "São Sebastião parish"): a body with its bishop or priest, not the place.
CHURCH_DISTRICT_NOUNS = frozenset("diocese archdiocese eparchy archeparchy parish".split())  # noqa: SIM905
#: The prelates who head a church district ("Bishop X of the Diocese of Y" leads it), and the words
#: that make one an assistant there instead ("auxiliary bishop").
DISTRICT_PRELATES = frozenset("bishop archbishop eparch archeparch".split())  # noqa: SIM905
ASSISTANT_PRELATE_WORDS = frozenset("auxiliary coadjutor assistant emeritus retired former".split())  # noqa: SIM905
#: Sectors whose national bodies are named by the sector and the state ("Finance Norway", "Energy
#: UK", "Cricket Australia", "Tourism Ireland", "Universities UK"): the pair is an organisation.
NATIONAL_BODY_WORDS = frozenset(
    _words(
        """
        finance energy tourism enterprise universities transport sport health water rail trade
        business science culture arts music film screen heritage football rugby cricket athletics
        cycling swimming tennis hockey basketball netball volleyball gymnastics rowing sailing golf
        aviation shipping insurance banking farming
        """
    )
)
#: Roles of one who plays for a side: a country's name right before one names its national side,
#: which the player is a member of ("Romania captain X", "former Uruguay striker X", "Bangladesh
#: fast bowler X"), where a country is otherwise no body one is a member of. Not a coach, on the
#: side's staff, and not a band's members.
NATIONAL_SIDE_ROLES = (
    PLAYER_ROLES
    - frozenset(_words("coach drummer guitarist bassist keyboardist vocalist frontman frontwoman bandmate"))
) | TEAM_CAPTAIN_ROLES
#: Nouns written right after a name that make it a side its players are members of ("of the
#: Nordvik-Heliaq team").
SIDE_NOUNS = frozenset(_words("team squad side club"))
#: Words of the names of those whose captains are crew, not players ("Buddha Air", "Navy").
CREW_EMPLOYER_WORDS = frozenset(
    _words("air airways airlines aviation shipping line lines ferries cruises navy")
)
#: Roles of one a party puts up for an office: held with the party ("the Green Party's nominee X",
#: "Labour candidate X"), never with what is run for ("a candidate for the Senate").
CANDIDATE_ROLES = frozenset(_words("nominee nominees candidate candidates"))
PRIVATE_WORK_ROLES = frozenset(
    _words(
        """
        banker employee employees staff economist executive executives engineer reporter
        correspondent editor journalist manager worker workers coach lawyer counsel trader pilot
        captain producer presenter anchor columnist photographer photojournalist cameraman nurse
        teacher
        """
    )
)

OWN_VERBS = frozenset(
    _words(
        """
        own owns owned bought buys buy acquired acquire acquires purchased purchase
        """
    )
)


# -- Speech: verbs of saying, claiming and asking ----------------------------------------------------

SPEECH_BASES = [
    "say",
    "tell",
    "add",
    "state",
    "declare",
    "explain",
    "note",
    "write",
    "ask",
    "claim",
    "warn",
    "deny",
    "insist",
    "argue",
    "announce",
    "confirm",
    "reply",
    "respond",
    "comment",
    "tweet",
    "report",
    "acknowledge",
    "admit",
    "suggest",
    "urge",
    "stress",
    "emphasise",
    "emphasize",
    "predict",
    "conclude",
    "recall",
    "vow",
    "promise",
    "continue",
    "describe",
    "testify",
    "allege",
    "assert",
    "maintain",
    "observe",
    "remark",
    "agree",
    "complain",
    "caution",
    "reveal",
    "estimate",
    "concede",
    "assure",
    "shout",
    "yell",
    "exclaim",
    "whisper",
    "plead",
    "accuse",
]

SPEECH_IRREGULAR = {
    "say": ["said", "says", "saying"],
    "tell": ["told", "tells", "telling"],
    "write": ["wrote", "written", "writes", "writing"],
}


def inflections(base: str) -> set[str]:
    forms = {base, *SPEECH_IRREGULAR.get(base, [])}
    stem = base[:-1] if base.endswith("e") else base
    forms |= {base + "s", stem + "ed", stem + "ing"}
    if base.endswith("y"):
        forms |= {base[:-1] + "ies", base[:-1] + "ied"}
    return forms


SPEECH_VERBS = frozenset(f for b in SPEECH_BASES for f in inflections(b))

#: Verbs of saying that go on from what the same speaker said just before ("the professor added").
CONTINUING_VERBS = frozenset(_words("add adds added adding continue continues continued continuing"))

#: Verbs of saying made of a verb and a particle, with that particle ("pointed out that ...").
PHRASAL_SPEECH_VERBS = dict.fromkeys(_words("point points pointed pointing"), "out")

#: Verbs of talking to someone, which report no words of their own ("X spoke to reporters"; not
#: verbs of saying: "spoke by phone" reports no claim) but introduce the quote that follows them.
#: Verbs of answering what someone else said: the words quoted after "X opposed Y's statement:" are
#: X's answer, not Y's statement.
REACTION_VERBS = frozenset(
    _words(
        """
        oppose opposes opposed reject rejects rejected criticise criticises criticised criticize
        criticizes criticized dismiss dismisses dismissed condemn condemns condemned denounce
        denounces denounced rebut rebuts rebutted slam slams slammed respond responds responded
        reply replies replied answer answers answered welcome welcomes welcomed praise praises praised
        """
    )
)
TALK_VERBS = frozenset(
    _words(
        """
        speak speaks spoke spoken speaking talk talks talked talking
        address addresses addressed addressing brief briefs briefed briefing
        """
    )
)

#: Verbs that put words in someone's mouth by naming a thing with them: the quoted phrase after them
#: is what the subject said ("the senator called the plan \"a betrayal\"", "termed her a \"traitor\"").
#: Verbs of judging something as what the quoted words call it ("criticised the decision as
#: \"short-sighted\"", "dismissed the claims as \"nonsense\""): naming, but only through "as".
JUDGING_VERBS = frozenset(
    _words(
        """
        criticise criticises criticised criticising criticize criticizes criticized criticizing
        dismiss dismisses dismissed dismissing denounce denounces denounced denouncing condemn
        condemns condemned condemning hail hails hailed hailing praise praises praised praising
        decry decries decried decrying deride derides derided deriding slam slams slammed slamming
        """
    )
)
NAMING_VERBS = frozenset(
    _words(
        """
        call calls called calling term terms termed terming dub dubs dubbed dubbing label labels
        labelled labeled labelling labeling brand brands branded branding characterize characterizes
        characterized characterizing characterise characterises characterised characterising describe
        describes described describing hail hails hailed hailing
        """
    )
)

#: Nouns that put a term in quotes rather than anyone's words ("used the terms \"civil union\" and
#: \"partnership\"", "the slogan \"jobs first\""): the quoted words are named, not said.
TERM_NOUNS = frozenset(
    _words(
        """
        term terms word words phrase phrases expression expressions name names nickname nicknames
        slogan slogans motto mottos hashtag hashtags label labels
        """
    )
)

#: Nouns of something said or ordered: its author ("by X", "from X", "X's") speaks the quoted words
#: it carries ("an order by Admiral X directing units to \"...\"").
SPEECH_NOUNS = frozenset(
    _words(
        """
        statement order call appeal message letter tweet post remarks comments speech warning plea
        request demand promise pledge instruction instructions directive decree announcement
        accusation accusations allegation allegations assertion claim claims remark
        """
    )
)

#: Nouns of a place someone publishes on: "Anna Berg's Facebook page stated", "a post on the
#: ministry's website said" are the owner speaking, not the platform that hosts the page.
CHANNEL_NOUNS = frozenset(_words("page pages account accounts feed blog channel website profile"))

#: Head words of a government's own bodies ("Government of Aragon", "Ministry of Health"): a
#: councillor or a member of one holds office in it (WORKS_FOR), where a council's gives a seat.
EXECUTIVE_HEADS = frozenset(_words("government ministry department"))
#: Nouns of a state's government: "the government of Chile said" is Chile speaking, as "the Chilean
#: government" and "the Chile government" are.
GOVERNMENT_NOUNS = frozenset(_words("government administration authorities cabinet"))

#: Nouns of a part of something said or written: "Part of the judge's statement reads \"...\"" is
#: the statement speaking, so its author.
PARTITIVE_NOUNS = frozenset(
    _words(
        """
        part parts portion portions excerpt excerpts passage passages section sections
        """
    )
)

#: Nouns of a document that gives its author's words when it is what speaks ("the opinion of the
#: Court read", "the summary of the decision read: \"...\""): its author is X of "of X", "by X" or
#: "X's"; a court's document without one ("the ruling", "the judgment") is the court's. Only as the
#: subject of a verb of saying or reading: "criticised the decision to \"...\"" is the critic's.
DOCUMENT_NOUNS = frozenset(
    _words(
        """
        ruling rulings judgment judgement verdict decision opinion summary memo memorandum filing
        """
    )
)

#: Documents that only a court puts out without naming itself: their author, unnamed, is the court
#: the article named last.
COURT_DOCUMENT_NOUNS = frozenset(_words("ruling judgment judgement verdict decision opinion"))

#: Head words of a court's name ("Supreme Court", "Court of Justice", "Employment Tribunal").
COURT_HEADS = frozenset(_words("court tribunal"))

#: Verbs by which someone puts out a statement ("X issued a statement saying ..."): their subject is
#: the statement's author.
ISSUING_VERBS = frozenset(
    _words(
        """
        issue issues issued release releases released publish publishes published post posts posted
        send sends sent give gives gave make makes made deliver delivers delivered
        """
    )
)

#: Verbs of passing on another's words: in the passive, the one quoted speaks and the agent reports
#: ("Jensen was quoted by the BBC as saying ..."); in the active, the object speaks ("the statement
#: quoted Anna Berg: \"...\"").
QUOTED_VERBS = frozenset(_words("quoted quotes quoting cited"))
#: Verbs of saying whose object is the one told, never the speaker ("X told Reuters"): a medium when
#: written with "The" ("Ford told The Verge").
TELLING_VERBS = frozenset(_words("tell tells told telling"))

#: Words that open an embedded question ("did not say how the inmates died", "asked whether the
#: talks would resume"): a question left open is no claim.
QUESTION_WORDS = frozenset(_words("how what which when why whether where who whom if"))

#: Words that open a clause set against the one before ("said A, while B insisted C").
CONTRAST_MARKS = frozenset(_words("while whereas whilst"))
#: Participles by which a speaker gives the grounds for what they say, after it and a comma ("said it
#: would withdraw, citing the arrival of ..."): the speaker's, not part of the claim.
CITING_PARTICIPLES = frozenset(_words("citing blaming pointing referring invoking"))
#: Verbs by which a statement gives its words ("the statement read: \"...\"").
READING_VERBS = frozenset(_words("read reads"))
#: Things whose written words nobody in the article is said to speak: "carrying signs reading
#: \"Justice, not revenge\"" (docs/annotation.md: a slogan on a banner has no speaker).
INSCRIPTION_NOUNS = frozenset(
    _words("sign signs banner banners placard placards poster posters t-shirt t-shirts shirts graffiti")
)
#: The words between such a thing and what it says ("a banner reading", "signs that said").
INSCRIPTION_LINKS = frozenset(_words("reading read reads saying said says that which with proclaiming"))

#: Nouns that, with "the", stand for whatever organisation the article last named ("the company
#: said"); other nouns ("the court", "the ministry") stand only for an organisation whose name holds
#: them.
#: Bodies that speak for the organisation that owns them ("the company's board said").
VOICE_OF_ORGANIZATION_NOUNS = frozenset(_words("board management leadership directors executive"))
ORGANIZATION_NOUNS = frozenset(
    _words(
        """
        company firm corporation business group organisation organization agency
        charity nonprofit newspaper broadcaster network magazine airline bank carmaker automaker
        retailer insurer startup watchdog regulator publisher operator carrier manufacturer maker
        developer chain utility conglomerate lender union club band coalition brewer consultancy
        brokerage label orchestra clinic
        """
    )
)

#: Head words that end an institution's name ("Central Intelligence Agency", "Legislative Council"):
#: such a word capitalised right before a role is the employer's name, even when unrecognised.
EMPLOYER_HEADS = frozenset(
    _words(
        """
        agency department ministry council committee commission bureau office service institute
        authority administration board court parliament assembly police army navy corps
        """
    )
)

#: A place's public bodies: whoever is "of" (or a role "for") one with the place named on it works
#: for the place ("X, of the Maidan Wardak provincial council", "a spokeswoman for the police
#: department of Cullinan"), as officials of a named country or county do (docs/annotation.md).
PUBLIC_BODY_NOUNS = frozenset(
    _words(
        """
        police council government department ministry administration authorities municipality
        """
    )
)

#: Verbs whose clausal complement is a claim worth keeping as an indirect statement.
CLAIM_VERBS = frozenset(
    f
    for b in [
        "say",
        "tell",
        "state",
        "declare",
        "explain",
        "note",
        "claim",
        "warn",
        "deny",
        "insist",
        "argue",
        "announce",
        "confirm",
        "acknowledge",
        "admit",
        "suggest",
        "predict",
        "allege",
        "assert",
        "maintain",
        "reveal",
        "estimate",
        "believe",
        "think",
        "add",
        "write",
        "report",
        "rule",
        "find",
        "conclude",
        "decide",
        "urge",
        "point",
        "indicate",
        "expect",
        "fear",
        "hope",
        "inform",
        "agree",
        "accept",
        "concede",
    ]
    for f in inflections(b)
) | {"found", "wrote", "written"}

#: Verbs by which one side asks something of another ("pressed Beijing to ...").
#: Verbs of accusing: "X accused Y of Z" claims that Y did Z (docs/annotation.md: "accused").
ACCUSING_VERBS = frozenset(inflections("accuse"))
DIRECTIVE_VERBS = frozenset(
    f
    for b in ("press", "urge", "ask", "call", "tell", "demand", "request", "encourage")
    for f in inflections(b)
) | {"told"}

#: Adjectives that report a held view: "lawmakers remain concerned the platform could ...".
STANCE_ADJECTIVES = frozenset(
    {"concerned", "worried", "confident", "convinced", "sure", "certain", "adamant"}
)

#: Forms of "to be" that give a subject a role ("Lena Fischer is a spokeswoman").
COPULAS = frozenset(["is", "was", "are", "were", "be", "been", "'s"])

PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her"})
#: Possessives that point back to a statement's author as "the" does ("Their statement also read"),
#: where "his" and "her" name a person themselves.
THING_POSSESSIVES = frozenset({"its", "their"})
#: The gender each third-person pronoun shows.
PRONOUN_GENDER = {
    **dict.fromkeys(["he", "him", "his", "himself"], "m"),
    **dict.fromkeys(["she", "her", "hers", "herself"], "f"),
}
#: Nouns that only ever stand for a person: kin, partners, people by age or sex, by a part they
#: play ("Ana Vela, a former student of ...", "Lev Orlov, her husband, ...").
#: Nouns for those who speak about or for a person without being them: in "the family of X said",
#: "relatives of X said", "a lawyer for X said", "a spokesperson for X said" the speaker is unnamed,
#: not X (docs/annotation.md).
PROXY_NOUNS = frozenset(
    _words(
        """
        family families relatives relative friends friend parents children widow widower mother
        father son daughter wife husband brother sister lawyer lawyers attorney attorneys
        spokesperson spokesman spokeswoman spokespeople spokesmen
        """
    )
)
#: Words of kin and of a couple: "his wife, Marina," names her by a given name alone.
KIN_NOUNS = frozenset(
    _words(
        """
        wife husband son daughter mother father brother sister boyfriend girlfriend partner fiance
        fiancee widow widower cousin grandson granddaughter grandfather grandmother uncle aunt nephew
        niece stepson stepdaughter stepmother stepfather
        """
    )
)
#: Plurals of kin that are no word of :data:`KIN_NOUNS` with an "s" ("two children, Ana and Ben").
KIN_PLURALS = frozenset(_words("children grandchildren stepchildren parents siblings twins"))
PERSON_NOUNS = KIN_NOUNS | frozenset(
    _words(
        """
        man woman boy girl student pupil victim survivor veteran resident friend
        witness fan passenger neighbour neighbor shopper visitor festival-goer onlooker bystander
        homeowner motorist tenant commuter villager teacher nurse driver worker miner trader vendor
        labourer laborer mechanic cleaner
        """
    )
)
#: Descriptions that fit anyone who holds an office, whatever its title: "A retired Director General
#: of Police said ... \"...,\" the officer said".
ANYONE_IN_OFFICE = frozenset(_words("officer official"))
#: Titles and roles that show a man or a woman ("spokeswoman", "Mrs"). Not "actor": women are
#: called actors too ("voice actor Lauren Landa"), while "actress" is only said of a woman.
MALE_WORDS = frozenset(
    _words(
        """
        mr mr. sir lord king prince spokesman chairman congressman assemblyman councilman alderman
        businessman father brother son husband uncle nephew grandfather boy man
        """
    )
)
FEMALE_WORDS = frozenset(
    _words(
        """
        mrs mrs. ms ms. miss madam dame lady queen princess spokeswoman chairwoman congresswoman
        assemblywoman councilwoman businesswoman actress mother sister daughter wife aunt niece
        grandmother girl woman
        """
    )
)


# -- Names: corporate suffixes and minor words (resolution within an article) ------------------------

#: A company's legal form written after its name: the name is a company's, even one made of people's
#: names ("Bellamy Roy Inc.", "Bertrand Okoye LLP").
LEGAL_FORMS = frozenset(
    _words(
        """
        inc inc. corp corp. ltd ltd. llc llp plc gmbh ag spa s.p.a. srl sa s.a. sarl nv bv oyj asa
        sl s.l. sac ltda ltda. pty sas s.a.s. kft zrt
        """
    )
)
CORPORATE_SUFFIXES = (
    frozenset(
        _words(
            """
        inc inc. co co. corp corp. ltd ltd. llc plc group company corporation
        """
        )
    )
    | LEGAL_FORMS
)

#: Last words of company names whose first word alone is the company's usual short name, whatever
#: the model calls that word ("Burisma" for "Burisma Holdings", "Funimation" for "Funimation
#: Entertainment").
COMPANY_WORDS = CORPORATE_SUFFIXES | frozenset(
    _words(
        "holdings entertainment industries enterprises technologies airlines airways motors pharmaceuticals"
    )
)

#: Words of trade after a company's or a private institution's own name: its leading words alone are
#: its usual short name ("Larchmont" for "Larchmont Resources", "Northshore" for "Northshore Health
#: Partners", "Cedar Ridge" for "Cedar Ridge Medical Center"). Not the words of public bodies, which
#: are named after their place ("Tallowood" is not "Tallowood Shire Council").
SHORT_NAMED_TAILS = COMPANY_WORDS | frozenset(
    _words(
        """
        resources partners logistics energy systems solutions services media capital networks ventures
        labs therapeutics mining foods travel bank medical hospital clinic bio pharma semiconductors
        photonics space electronics software vaccines games studios films pictures records securities
        ratings economics electric electrics telecom telecoms communications recovery paving aerospace
        biotech robotics metals minerals chemicals steel textiles shipping construction engineering
        contractors properties insurance financial bakery group hospitals trust calcio handball
        håndbold hockey basket volley cycling
        growers commodities dairies farms fisheries breweries exporters importers traders developments
        advisory orchestra ensemble choir farmaceutici farmaceutica
        """
    )
)
#: Words of a name that make it no company's, whatever else it holds (a university's, an agency's).
NOT_COMPANY_WORDS = INSTITUTION_HEADS | frozenset(_words("centre center council agency"))
#: Head words of a public body's name, which portfolios joined by "and" run into ("Australian
#: Securities and Investments Commission", "Water Resources and Energy Directorate"): the words
#: before the "and" are no company's whole name, however they end.
STATE_BODY_HEADS = frozenset(
    _words(
        """
        commission commissions directorate authority agency council committee ministry department
        bureau board inspectorate secretariat tribunal
        """
    )
)
#: Words of a public body's name: its leading words name its place, not it.
PUBLIC_BODY_WORDS = frozenset(
    _words(
        """
        council police committee ministry department agency authority commission court shire county
        city state government office service services fire rescue
        """
    )
)

#: Last words an organisation's name is written both with and without in one article: "Thai Raksa
#: Chart" and "Thai Raksa Chart Party", "Watch Tower" and "Watch Tower Society", "HDT" and "HDT
#: Limited" (not "foundation", "police", "council": "Imus Ranch" and "Imus Ranch Foundation" differ).
NAME_TAILS = frozenset({"party", "society", "limited", "international"})
#: A company's trade written after its name ("Vireon Biologics", "Hanul Semiconductor"): the name
#: alone later is the company, whatever the model called it (a town's name it never is: the trade
#: word makes the whole a company).
COMPANY_TAILS = frozenset(
    _words(
        """
        semiconductor semiconductors electronics pharmaceuticals therapeutics biologics technologies
        holdings motors ventures enterprises industries airlines airways logistics marine mining telecom
        systems sistemas air inc inc. ltd ltd. llc llp plc corp corp. gmbh
        """
    )
)

INVERTIBLE = frozenset({"department", "ministry", "office", "bureau", "agency"})

MINOR_WORDS = frozenset(
    ["of", "for", "and", "the", "on", "in", "de", "du", "des", "la", "le", "to", "at", "&"]
)


# -- Issues: nouns too general to be a topic ---------------------------------------------------------

#: Nouns of contention: a place or actor they are "in", "over" or "about" is an issue ("disputes over
#: Taiwan"), and so is a company whose "ownership"/"sale"/"ban" is discussed.
CONTENTION_NOUNS = frozenset(
    _words(
        """
        flashpoint flashpoints dispute disputes tension tensions conflict claims sovereignty
        """
    )
)

STAKE_NOUNS = frozenset(["ownership", "sale", "ban", "takeover", "divestment", "divestiture"])

#: Head nouns too general to be an issue: people and roles, time, quantities, talk about talk.
GENERIC_NOUNS = frozenset(
    _words(
        """
        people person man woman men women child children family friend member official officer
        spokesperson spokesman spokeswoman leader president minister expert analyst reporter
        journalist resident citizen group team staff side party country city state nation world
        government authority place area region home office town village
        year month week day hour minute second time today morning afternoon evening night weekend
        date period moment decade century age
        number percent per cent % lot half part rest total amount level rate kind type sort way
        thing something anything everything nothing fact matter point question issue case
        situation example end start beginning result effect reason effort attempt plan
        statement report comment remark announcement interview news press media source word term
        view opinion call letter message note detail information data decision ruling judgment
        judgement finding verdict regard presence process life yesterday dozen hundred thousand
        million billion sign work form chance mile kilometre kilometer metre meter inch pound kilogram
        ton tonne degree change status system response claim adult
        scientist researcher astronomer doctor patient passenger victim crew worker employee user
        customer fan champion winner player athlete criminal suspect diplomat wife husband son
        daughter mother father brother sister partner colleague student teacher lawyer judge
        court committee police embassy parliament congress senate council agency ministry
        department company firm organisation organization institution
        """
    )
)

#: Adjectives that add nothing to a phrase ("new record" -> "record").
EMPTY_ADJECTIVES = frozenset(
    _words(
        """
        new other first last such same possible many several few more most further recent current
        previous former next long major big large small great high low good bad best worst own
        certain various different whole full entire main key significant considerable exact real true
        only early late latest past future particular specific general overall total additional
        """
    )
)

MODIFIER_DEPS = frozenset(["compound", "amod", "nmod"])


# -- the kinds of names -------------------------------------------------------------------------

#: Words a newspaper's title ends in after its town or country ("Samoa Observer", "Jakarta Post"): the
#: place the model tagged alone and the word after it are the paper's one name.
NEWSPAPER_HEADS = frozenset(
    _words(
        "times post herald observer gazette tribune chronicle courier inquirer bulletin telegraph ledger "
        "sentinel advertiser examiner dispatch mirror monitor enquirer despatch argus echo journal"
    )
)

#: News media by name or by a word of their name ("BBC", "Radio Bio-Bio", "Jakarta Post"): their
#: people are reporters on the staff ("BBC's Jonathan Marcus"), where another body's are affiliated.
NEWS_MEDIA_NAMES = frozenset(
    _words(
        """
        bbc cnn reuters ap afp abc nbc cbs npr pbs bloomberg xinhua tass dpa efe ansa kyodo yonhap
        wikinews al-jazeera
        """
    )
)
NEWS_MEDIA_WORDS = NEWSPAPER_HEADS | frozenset(_words("news radio television tv broadcasting"))

#: The last word of a name that fixes its kind whatever the model said.
ORG_HEADS = frozenset(
    """hospital hospitals clinic clinics museum laboratory laboratories pharmaceuticals therapeutics
    technologies systems biologics marine subsea energie energia sistemas semiconductor
    telecommunications telecoms inspectorate holdings motors studio studios partners ventures
    enterprises industries solutions labs productions growers commodities dairies farms
    fisheries breweries exporters importers traders
    records entertainment adventures expeditions magazine gazette bulletin chronicle courier inquirer
    faculty tribe community energy resources logistics bakery foods mining financial insurance
    biotech robotics aerospace leasing telecom elementary treasury mines metals minerals chemicals
    steel textiles shipping airlines capital construction developments engineering contractors
    properties watch cooperation organization organisation association center centre
    institute institution university college school committee council ministry department agency
    bank party court corporation corp corp. inc inc. incorporated limited ltd ltd. llc llp plc co co.
    gmbh ag kft kft. zrt zrt. company group union
    commission fund service services board forum league federation club parliament congress senate
    assembly police army navy force forces administration office bureau authority foundation society
    network airlines airways times post news press media television tv radio journal herald tribune
    observer telegraph united rovers wanderers athletic albion hotspur thistle academical
    guardian reuters committee trust alliance coalition front movement cabinet government embassy
    consulate representatives commons lords deputies delegates councillors bundestag bundesrat knesset
    duma sejm riksdag storting folketing eduskunta oireachtas majlis sabha
    caucus diocese archdiocese directorate secretariat tribunal academy brigade regiment battalion
    legislature cooperative co-operative sentinel advertiser examiner dispatch división calcio cycling
    terminals events protection management import imports air homes banka banken bankasi bankası zoo
    shoji sangyo kogyo seiki denki seiyaku shokai mirror monitor enquirer despatch argus
    orchards vineyards wineries tankers trasporti transportes costruzioni construcciones excavaciones
    enerji spa srl sarl bv nv oyj electrical electric electronics securities importaciones sl sac pankki
    goldfields iron consortium wireless networks denso""".split()  # noqa: SIM905
)
EVENT_HEADS = frozenset(
    _words(
        """
        summit games olympics championship championships cup festival conference election elections
        war revolution crisis pandemic marathon tournament open grand prix award awards expo
        convention fest faire olympiad fire race competition
        """
    )
)
#: First words of names of military and police operations and battles: the name is an event.
EVENT_PREFIXES = frozenset(["operation", "battle", "siege"])
#: The numbers the world wars are named by, which the model may leave off ("World War | I soldiers").
WORLD_WAR_NUMBERS = frozenset(["I", "II", "One", "Two"])
#: Last words of a public inquiry's name, which goes on with what it looks "into" ("Royal Commission into
#: the Building Industry", "Independent Inquiry into Child Sexual Abuse").
INQUIRY_HEADS = frozenset(_words("commission inquiry investigation review"))
#: Words that make a commission or inquiry one set up to look into something ("Royal Commission").
INQUIRY_QUALIFIERS = frozenset(
    _words("royal independent public judicial parliamentary special senate national")
)
#: Ordinals that number an event before its name ("Third Battle of Ypres", "Second Siege of X").
EVENT_ORDINALS = frozenset(_words("first second third fourth fifth sixth seventh eighth ninth tenth"))
#: Opening words of names of races and rallies in the languages sport keeps them in ("Tour de
#: Pologne", "Grote Prijs Scheldeland", "Gran Premio di Lugano"): the name is an event, whatever the
#: model said.
EVENT_OPENINGS = (
    "tour de ",
    "tour du ",
    "tour of ",
    "grand prix ",
    "gran premio ",
    "grande prémio ",
    "grote prijs ",
    "großer preis ",
    "vuelta a ",
    "volta a ",
    "giro di ",
    "giro dell",
)
#: First words of names of places ("Mount Everest", "Lake Chad", "Fort Hood", "Place de la Concorde",
#: "Quai des Orfevres"): whatever the model said, unless it read a person ("Rue McClanahan").
PLACE_PREFIXES = frozenset(
    _words(
        """
        mount mt mt. lake fort rue quai piazza plaza avenida calle place punta cabo playa isla via rua
        monte cerro lago masjid wadi jebel jabal county estadio estádio stadio stadion
        """
    )
)
#: The :data:`PLACE_PREFIXES` nobody is named: a place even where the model read a person
#: ("Punta Tombo", "Masjid Al-Aqsa").
PLACE_ONLY_PREFIXES = frozenset(
    _words(
        "mount mt mt. lake fort punta cabo playa cerro lago masjid wadi jebel jabal county estadio estádio "
        "stadio stadion via rua"
    )
)
#: Time zones the model takes for organisations ("1200 GMT").
TIME_ZONES = frozenset(
    _words(
        """
        GMT UTC EST EDT CST CDT MST MDT PST PDT CET CEST BST IST JST AEST AEDT ET PT CT
        """
    )
)
#: Last words of names of laws and documents: not actors.
DOCUMENT_HEADS = frozenset(
    _words(
        """
        act constitution bill treaty amendment code directive law agreement accord regulation regulations
        protocol resolution ordinance decree charter
        """
    )
)
#: Last words of holidays, which are dates, not actors ("Bastille Day", "Christmas Eve").
HOLIDAY_HEADS = frozenset(["Day", "Eve"])
#: Words of a measure written capitalised before its number: "Magnitude 6.3", "Category 5" name no one.
MEASURE_WORDS = frozenset(_words("magnitude category level grade"))
#: Last words of Spanish place names: "Surigao del Sur" is a province, "Cagayan de Oro" a city.
PLACE_NAME_ENDINGS = ("del Sur", "del Norte", "de Oro")
#: Nouns that complete a name written before them: "Watergate scandal", "Hubble space telescope".
NAME_COMPLETIONS = {
    "scandal": "Event",
    "affair": "Event",
    "trial": "Event",
    "mission": "Event",
    "telescope": "Product",
    "spacecraft": "Product",
    "probe": "Product",
    "satellite": "Product",
    "rover": "Product",
    "station": "Place",
}
#: Last words of bodies that are numbered, their ordinal part of the name ("116th United States Congress",
#: "43rd Canadian Parliament", "501st Legion").
NUMBERED_BODY_HEADS = frozenset(
    _words(
        """
        congress parliament legislature assembly duma knesset legion division regiment brigade
        battalion fleet squadron corps
        """
    )
)
#: Prepositions of time before a stretch of someone's own doing ("after ten years working for X",
#: "after meeting Y in Osaka, X flew home"): the doing is the clause's subject's.
SPAN_PREPOSITIONS = frozenset(_words("after following before since during while"))
#: Lower-case nouns after a name that say what kind of thing it is and are no part of it ("the Make Crate
#: company", "All Saints school", "Gillespie Field airport"); the gold keeps the others ("Democratic party",
#: "London Waterloo station", "Watergate scandal").
KIND_NOUNS_AFTER_NAMES = frozenset(_words("company firm school airport website brand club side"))
#: Country names that are more often something else when the model did not call them a place.
AMBIGUOUS_STATES = frozenset({"Georgia", "Jordan", "Chad", "Turkey", "Guinea", "Niger", "China Sea"})
#: Towns of the country Georgia written before its name ("Tbilisi, Georgia"): not the US state.
GEORGIAN_CITIES = frozenset(
    _words("Tbilisi Batumi Kutaisi Rustavi Zugdidi Gori Poti Telavi Sukhumi Tskhinvali")
)
