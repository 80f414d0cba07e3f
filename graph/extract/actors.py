"""Stage 3, actors: named-entity spans become typed actor mentions.

spaCy's labels map to actor kinds (PERSON Person, ORG Organization, GPE Country or Place, LOC and FAC
Place, EVENT Event, PRODUCT Product); dates, times, money, numbers and nationalities are not actors.
Spans are cleaned the way news names are written: "the" and possessives dropped, titles taken off
person names, "China's ByteDance" split in two, "U.S.-China" read as two countries, time zones
dropped. A list of sovereign states (pycountry plus ``graph/data/states.json``) decides Country
versus Place, and the word a name ends with can overrule the model ("... Cooperation" is an
organisation, "... Summit" an event).

>>> gazetteer().country("U.S."), gazetteer().country("Taiwan"), gazetteer().demonym("Chinese")
('United States', None, 'China')
>>> gazetteer().country("Republic of Ireland"), gazetteer().country("Republic of China")
('Ireland', None)
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span

from graph.errors import InputError
from graph.extract.clean import CREDIT_LINE, TRANSCRIPT_LINE
from graph.extract.constants import (
    AGENCY_NOUNS,
    AGENT_ENDINGS,
    AGENT_VERBS,
    AMBIGUOUS_STATES,
    ARTICLE_OPENED_NAMES,
    AWARD_WORDS,
    BAND_NOUNS,
    BELIEF_NAMES,
    BODIES_OF_PLACES,
    BODY_HEADS,
    BODY_OF_HEADS,
    BROADCAST_LETTERS,
    BUSINESS_HOUSE_KINDS,
    CAUSE_PREPOSITIONS,
    CHAMBER_WORDS,
    CHURCH_DISTRICT_NOUNS,
    CLOCK_WORDS,
    CLUB_PREFIXES,
    CLUB_SUFFIXES,
    CLUB_WORDS,
    COMPANY_HEADS,
    COMPANY_LEAD_ROLES,
    COMPANY_NOUNS,
    COMPANY_ONLY_NOUNS,
    COMPANY_RESULTS,
    COMPASS_WORDS,
    COPULAS,
    COUNTY_OFFICES,
    COUNTY_WORDS,
    COURT_DISTRICT_SIDES,
    COURT_KINDS,
    COURTESY_TITLES,
    CREDIT_WORDS,
    DEPUTY_QUALIFIERS,
    DESTINATION_NOUNS,
    DISEASE_NAMES,
    DISTRICT_SUFFIXES,
    DIVISION_NOUNS,
    DOCUMENT_HEADS,
    DUTCH_PLACE_LINKS,
    ELECTION_WORDS,
    ENGLISH_FUNCTION_WORDS,
    ENTRY_VERBS,
    EPITHET_NOUNS,
    EVENT_HEADS,
    EVENT_NOUNS,
    EVENT_OPENINGS,
    EVENT_ORDINALS,
    EVENT_PREFIXES,
    EXTRA_TITLES,
    FACILITY_NOUNS,
    FACTION_NAMED_HEADS,
    FOLLOWER_NOUNS,
    FORCE_HEADS,
    FOREIGN_NAME_LINKS,
    FOREIGN_ORG_HEADS,
    FOUNDED_PARTICIPLES,
    GENERAL_OFFICES,
    GEORGIAN_CITIES,
    GIVEN_NAME_ABBREVIATIONS,
    GOVERNMENT_NOUNS,
    GROUP_NOUNS,
    HAPPENING_NOUNS,
    HOLDING_NOUNS,
    HOLIDAY_HEADS,
    HONORIFICS,
    HYPHEN_PLACE_LINKS,
    INQUIRY_HEADS,
    INQUIRY_QUALIFIERS,
    INSTITUTION_HEADS,
    INSTRUMENTS,
    IRREGULAR_PLURALS,
    JOINING_PARTICLES,
    JOURNEY_NOUNS,
    JOURNEY_PREPOSITIONS,
    KIN_NOUNS,
    KIN_PLURALS,
    KIND_NOUNS_AFTER_NAMES,
    KNOWN_KIND_LABELS,
    LABEL_KINDS,
    LANDFORM_NOUNS,
    LEAD_ROLES,
    LEGAL_FORMS,
    LOCAL_OFFICES,
    LOCATIVE_PREPOSITIONS,
    LYING_VERBS,
    MEASURE_WORDS,
    MEDIA_NOUNS,
    MEDICINE_STEMS,
    MEET_NOUNS,
    MINISTER_TITLES,
    MODEL_VARIANTS,
    MONTH_NAMES,
    NAME_COMPLETIONS,
    NAME_GIVING_VERBS,
    NAME_OPENING_ADJECTIVES,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NAMED_BODY_HEADS,
    NATIONAL_BODY_WORDS,
    NEWSPAPER_HEADS,
    NEWSPAPER_NOUNS,
    NUMBERED_BODY_HEADS,
    OCCUPATIONS,
    OF_NAMED_BODY_HEADS,
    OFFICE_HOLDER_WORDS,
    OFFICES,
    ORG_HEADS,
    ORG_NOUNS,
    ORGANIZATION_NOUNS,
    ORGANIZATION_ROLES,
    OWN_VERBS,
    OWNED_NOUNS,
    PART_NOUNS,
    PERSON_NAME_MARKERS,
    PERSON_NOUNS,
    PERSON_ROLES,
    PERSON_TITLES,
    PHRASAL_SPEECH_VERBS,
    PLACE_HEADS,
    PLACE_NAME_ENDINGS,
    PLACE_NOUNS,
    PLACE_ONLY_PREFIXES,
    PLACE_PART_NOUNS,
    PLACE_PARTICLES,
    PLACE_PREDICATE_NOUNS,
    PLACE_PREFIXES,
    PLAYER_ROLES,
    PLAYING_VERBS,
    PORTFOLIO_HOLDERS,
    PORTFOLIOS,
    POSTNOMINAL_LETTERS,
    PRODUCT_NOUNS,
    PROGRAMME_NAMES,
    PUBLIC_DOMAIN_WORDS,
    PUBLISHING_VERBS,
    RANK_TITLES,
    REGION_NOUNS,
    REGIONAL_WORDS,
    REPORT_NOUNS,
    RESEARCH_HEADS,
    RESEARCHER_NOUNS,
    RESIDENT_NOUNS,
    ROAD_NAME_HEADS,
    ROLE_WORDS,
    ROYAL_TITLES,
    SAINT_WORDS,
    SAINTS_TOWNS,
    SERVING_NOUNS,
    SHIP_PREFIXES,
    SHORT_NAMED_TAILS,
    SITE_NOUNS,
    SKY_NOUNS,
    SPEECH_VERBS,
    SPOKES_ROLES,
    SPORT_NAMES,
    STANDING_WORDS,
    STATE_BODY_HEADS,
    STATE_FORM_WORDS,
    STORM_GRADES,
    STORM_WORDS,
    STREET_ENDINGS,
    SUBJECT_DEPS,
    SURNAME_PLACE_HEADS,
    SURNAME_TITLES,
    SURNAMES_LIKE_PLACE_HEADS,
    TELLING_VERBS,
    TERRITORY_OFFICES,
    THING_ACRONYMS,
    TIME_ZONES,
    TITLE_LAST_WORDS,
    TITLE_NOUNS,
    TITLE_QUALIFIERS,
    TITLE_RANK_WORDS,
    TRAVEL_VERBS,
    US_STATES,
    VENUE_WORDS,
    VESSEL_NOUNS,
    VISIT_VERBS,
    VOTE_HEADS,
    WORK_FORMS,
    WORK_NOUNS,
    WORK_ROLES,
    WORLD_WAR_NUMBERS,
    WRITING_VERBS,
)
from graph.resolve.names import cities, is_given_name


def _words(text: str) -> list[str]:
    """The words of a vocabulary written as a block of text."""
    return text.split()


@dataclass
class Mention:
    """One occurrence of an actor: character offsets into the parsed text, the token it hangs from in
    the dependency parse, its cleaned surface form, spaCy label and provisional kind."""

    start: int
    end: int
    root: int  # token index of the mention's syntactic head
    text: str
    label: str
    kind: str
    sent: int  # sentence index
    country: str | None = None  # canonical state name when this is a sovereign state
    cluster: int = -1  # set by graph.resolve.within
    head_only: bool = False  # the name wraps another actor's name ("Chinese embassy"): map only the head
    full_form: str | None = None  # the written name when a state's name was taken off its front
    other_name_of: str | None = None  # another name of the actor named so ("Day was born X": "Day")
    by_context: bool = False  # the kind comes from the words around the name, not the model's label
    known: str | None = None  # the listed kind when the name is a well-known actor's (known_actors.tsv)

    @classmethod
    def of_token(cls, token, label: str, kind: str, sent: int, country: str | None = None) -> Mention:
        """A one-word mention: the token is the whole name and its head (names the model missed)."""
        return cls(token.idx, token.idx + len(token.text), token.i, token.text, label, kind, sent, country)

    def end_token(self, doc: Doc) -> int:
        """Index of the token after the mention."""
        span = doc.char_span(self.start, self.end, alignment_mode="expand")
        return span.end if span is not None else self.root + 1

    def start_token(self, doc: Doc) -> int:
        """Index of the mention's first token."""
        span = doc.char_span(self.start, self.end, alignment_mode="expand")
        return span.start if span is not None else self.root

    def token_indices(self, doc: Doc) -> Sequence[int]:
        """Indices of the mention's tokens (its head alone if its offsets fall outside ``doc``)."""
        span = doc.char_span(self.start, self.end, alignment_mode="expand")
        return range(span.start, span.end) if span is not None else [self.root]


def _folded(name: str) -> str:
    """``name`` in lower case without accents ("Kābul" -> "kabul")."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold().strip()


class Gazetteer:
    """Sovereign states and demonyms, from pycountry and ``graph/data/states.json``."""

    def __init__(self) -> None:
        import pycountry

        data = json.loads(resources.files("graph.data").joinpath("states.json").read_text("utf-8"))
        not_sovereign = set(data["not_sovereign"])
        self._forms: dict[str, str] = {}
        self._abbreviations: set[str] = set()
        self._demonyms: dict[str, str] = {}
        self.canonical: dict[str, str] = {}  # alpha-2 -> name
        self._subdivisions: set[str] | None = None  # read on first use: few articles need it
        self._top_subdivisions: set[str] | None = None
        for country in pycountry.countries:
            code = country.alpha_2
            if code in not_sovereign:
                continue
            name = data["names"].get(code) or getattr(country, "common_name", None) or country.name
            self.canonical[code] = name
            forms = {
                name,
                country.name,
                getattr(country, "official_name", name),
                *data["aliases"].get(code, []),
            }
            self._add_state(name, forms, data["demonyms"].get(code, []))
        for name, state in data.get("former_states", {}).items():
            if not name.startswith("_"):
                self._add_state(name, {name, *state["forms"]}, state["demonyms"])

    def _add_state(self, name: str, forms, demonyms) -> None:
        """Record the state ``name``: its written ``forms`` (those in capitals are abbreviations) and
        the ``demonyms`` that point to it."""
        for form in forms:
            self._forms[self.key(form)] = name
            if form.replace(".", "").isupper():
                self._abbreviations.add(self.key(form))
        for demonym in demonyms:
            self._demonyms[demonym.lower()] = name

    def subdivision(self, name: str) -> bool:
        """``name`` is a state, province or region of a sovereign state (ISO 3166-2, accents folded):
        what a governor governs ("Texas", "Ontario", "Sindh"), unlike a town ("Austin")."""
        if self._subdivisions is None:
            import pycountry

            self._subdivisions = {_folded(s.name) for s in pycountry.subdivisions}
        return _folded(name) in self._subdivisions

    def top_subdivision(self, name: str) -> bool:
        """``name`` is a state, province or region directly under its sovereign state ("Queensland",
        "Ontario"), not a part of one ("Lewisham", a London borough)."""
        if self._top_subdivisions is None:
            import pycountry

            self._top_subdivisions = {
                _folded(s.name) for s in pycountry.subdivisions if s.parent_code is None
            }
        return _folded(name) in self._top_subdivisions

    @staticmethod
    def key(form: str) -> str:
        form = form.strip().replace("\u2019", "'")
        form = re.sub(r"^(?i:the)\s+", "", form)
        return re.sub(r"[.\s]+", " ", form.replace(".", "")).strip().casefold()

    def country(self, form: str) -> str | None:
        """The canonical name of the sovereign state ``form`` names, or None. Abbreviations match
        in capitals only ("US", not "Us")."""
        key = self.key(form)
        if key in self._abbreviations and not form.replace(".", "").replace("'", "").strip().isupper():
            return None
        if key not in self._forms:
            return self._long_form(key)
        return self._forms.get(key)

    def _long_form(self, key: str) -> str | None:
        """ "Republic of Ireland", "Kingdom of Spain": a state's name after its form of government is
        the state, unless a longer form of that state's name says the shorter one is another state's
        ("People's Republic of China": the "Republic of China" is Taiwan)."""
        match = re.match(r"^(?:republic|kingdom|commonwealth|principality|sultanate) of (?:the )?(.+)$", key)
        if not match or self._forms.get(match[1]) is None:
            return None
        if any(f"{prefix} {key}" in self._forms for prefix in ("people's", "democratic")):
            return None
        return self._forms[match[1]]

    def demonym(self, word: str) -> str | None:
        """The state a nationality adjective points to ("Chinese" -> "China"), or None."""
        return self._demonyms.get(word.lower().replace("\u2019", "'"))

    def surface_forms(self) -> list[str]:
        """Every form, capitalised as written in the data, for phrase matching."""
        return sorted(self._forms)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()


KNOWN_ACTORS_FILE = "graph/data/known_actors.tsv"


@lru_cache(maxsize=1)
def known_actors() -> dict[str, str]:
    """Well-known actors' names and kinds, from ``graph/data/known_actors.tsv`` (see its header).

    >>> known_actors()["SpaceX"], known_actors()["Raqqa"], known_actors()["Crew Dragon"]
    ('Organization', 'Place', 'Product')
    """
    return parse_known_actors(resources.files("graph.data").joinpath("known_actors.tsv").read_text("utf-8"))


def _letters(word: str) -> str:
    """A word without the hyphens and apostrophes names carry ("Jean-Luc", "O'Neill")."""
    return word.replace("-", "").replace("'", "").replace("\u2019", "")


def _reads_as_persons_name(text: str, gaz: Gazetteer) -> bool:
    """A name of two or three capitalised words opening with a common given name or a royal title,
    with no head word of a body or a place, not a state and not a known actor: a person's, whatever
    the model typed ("Morgan Tsvangirai", "King Felipe VI"; not "Al Jazeera", "Sandy Point").

    >>> gaz = gazetteer()
    >>> _reads_as_persons_name("Ricardo Rosselló Nevares", gaz), _reads_as_persons_name("Grace Bay", gaz)
    (True, False)
    """
    # (in a name of four words or more, a particle inside it is no word of its own: "Jasper Van den
    # Eynde"; not "Marquês de Pombal", a square)
    words = text.split()
    if len(words) > 3:
        words = [w for i, w in enumerate(words) if i == 0 or w.lower() not in NAME_PARTICLES]
    if len(words) == 4 and is_given_name(words[0]) and is_given_name(words[1]):
        words = words[1:]  # "Fábio Luiz Mendonça Neto": two given names before two surnames
    # ("Rémi d'Entremont": a surname opened by an elided particle is a capitalised word)
    capitalised = all((w[:1].isupper() or _ELIDED_SURNAME.match(w)) and _letters(w).isalpha() for w in words)
    if not 2 <= len(words) <= 3 or not capitalised:
        return False
    # "King Felipe VI", "Prince Harry": a monarch's or royal's title opens a person's name as well.
    # ("Per-Kristian", "Jean-Pierre": a hyphenated given name with a given name in it)
    given = (
        is_given_name(words[0])
        or ("-" in words[0] and any(is_given_name(part) for part in words[0].split("-")))
        or any(w.lower() in PERSON_NAME_MARKERS for w in words[1:])
    )
    if (not given and words[0].lower() not in ROYAL_TITLES) or text in known_actors():
        return False
    if words[0].isupper():
        return False  # "ISIS Caliphate": an acronym, not the given name Isis
    last = words[-1].lower()
    if _kind_of_word(last) or last in SETTLEMENT_HEADS or last in SURNAME_PLACE_HEADS or _linked_head(text):
        return False
    return not (gaz.country(text) or gaz.subdivision(text))


def parse_known_actors(text: str, source: str = KNOWN_ACTORS_FILE) -> dict[str, str]:
    """Name -> kind from the lines of a known-actors file; a bad line is one :class:`InputError`
    naming the file and the line.

    >>> parse_known_actors("# comment\\nSpaceX\\tOrganization\\n")
    {'SpaceX': 'Organization'}
    """
    known = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        name, _, kind = line.partition("\t")
        if kind not in KNOWN_KIND_LABELS or not name.strip():
            raise InputError(
                source,
                f"{line!r} is not a name, a tab and one of {', '.join(KNOWN_KIND_LABELS)}",
                number,
            )
        known[name.strip()] = kind
    return known


@lru_cache(maxsize=1)
def known_organizations() -> frozenset[str]:
    """The well-known actors that are organisations (platforms, agencies, media, companies)."""
    return frozenset(name for name, kind in known_actors().items() if kind == "Organization")


@lru_cache(maxsize=1)
def _known_by_first_word() -> dict[str, list[tuple[str, str]]]:
    """Well-known names by their first word, longest first (for names the model left out)."""
    index: dict[str, list[tuple[str, str]]] = {}
    for name, kind in known_actors().items():
        index.setdefault(re.split(r"[\s']", name)[0], []).append((name, kind))
    # States of three words or more, which the model cuts ("the Democratic Republic of the | Congo")
    for name in gazetteer().canonical.values():
        if len(name.split()) >= 3:
            index.setdefault(name.split()[0], []).append((name, "Country"))
    for names in index.values():
        names.sort(key=lambda item: -len(item[0]))
    return index


def _known_label(text: str, label: str) -> str:
    """The model's label, or the one of the listed kind when ``text`` is a well-known name of
    another kind ("SpaceX" labelled PERSON becomes ORG)."""
    kind = known_actors().get(text)
    if kind is None or LABEL_KINDS.get(label) == kind:
        return label
    return KNOWN_KIND_LABELS[kind]


def _state_before(doc: Doc, start: int) -> bool:
    """The words just before token ``start`` name a sovereign state ("United States | Central
    Intelligence Agency"): a prefix, not a longer name's start."""
    return any(gazetteer().country(doc[max(start - n, 0) : start].text) for n in (1, 2, 3))


def _known_names_at(doc: Doc, text: str, token) -> list[tuple]:
    """(span, name, kind) of each well-known name written from ``token`` on, longest first."""
    found = []
    for name, kind in _known_by_first_word().get(token.text, []):
        if text.startswith(name, token.idx):
            span = doc.char_span(token.idx, token.idx + len(name))
            if span is not None:
                found.append((span, name, kind))
    return found


def _known_name_misread(doc: Doc, text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """(start, end, label) of a well-known name the model's name ``doc[start:end]`` misreads: one
    that starts where it does and runs past its end (cut short: "Ursula von der | Leyen"), a
    person's that ends where it does, or past, after words in front (a title fused in, misspelt or
    not: "Represenative Adam Schiff", "Commisioner Ursula von | Leyen"), or one that starts up to
    three words before it and covers it (its first words left off: "Doctors | Without Borders")."""
    for i in range(start, end):
        for span, _name, kind in _known_names_at(doc, text, doc[i]):
            if (i == start and span.end > end) or (i > start and span.end >= end and kind == "Person"):
                return i, span.end, KNOWN_KIND_LABELS[kind]
    for i in range(start - 1, max(start - 4, 0) - 1, -1):
        # Its first words left off ("Doctors | Without Borders", tagged a person)
        for span, _name, kind in _known_names_at(doc, text, doc[i]):
            # (a nationality the model labelled apart may open it: "Scottish | Labour")
            if (
                span.end >= end
                and doc[i].is_title
                and not any(t.ent_type_ not in ("", "NORP") for t in doc[i:start])
            ):
                return i, span.end, KNOWN_KIND_LABELS[kind]
    return None


def _known_the_model_missed(doc: Doc, text: str, token, sent_of: list[int]) -> Mention | None:
    """A well-known name starting at ``token`` that the model left out. A lone capitalised word
    opening a sentence may be a plain word ("Economist salaries rose"), and a known name inside a
    longer name ("London Underground", "Islamic State of Iraq ...") is not the actor named, so both
    are passed over; a state's name before it is only its prefix ("United States Central
    Intelligence Agency")."""

    def opens_sentence(i: int) -> bool:  # the article's own sentences, not the parser's
        return i == 0 or sent_of[i] != sent_of[i - 1]

    for span, name, kind in _known_names_at(doc, text, token):
        if len(span) == 1 and opens_sentence(token.i) and token.text.istitle():
            # "Economist salaries rose": a plain word opening a sentence, tagged a name there or not;
            # "Wikinews attended" opens one as a name.
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            # ("Labour councillor X said": a known body before a role is named there)
            role_after = (
                following is not None
                and following.lower_ in ROLE_WORDS
                and following.tag_ != "NNS"  # not "Labour leaders said": the unions, not the party
                and kind == "Organization"
            )
            plain = token.pos_ != "PROPN" or (following is not None and following.pos_ == "NOUN")
            if plain and not role_after:
                return None
        after = doc[span.end] if span.end < len(doc) else None
        before = doc[span.start - 1] if span.start > 0 else None
        if (
            after is not None
            and after.lower_ == "of"
            and after.i + 1 < len(doc)
            and doc[after.i + 1].is_title
        ):
            return None  # "Islamic State of Iraq and the Levant"
        if (
            len(span) == 1
            and token.lower_ in PORTFOLIOS
            and after is not None
            and after.lower_ in MINISTER_TITLES
        ):
            return None  # "Labor Secretary X": a portfolio, though a party is called by the word too
        # "Labour MP Tom Watson": a title after the name does not make the name part of a longer one
        titled = after is not None and after.lower_ in ROLE_WORDS
        if (after is not None and after.pos_ == "PROPN" and after.text[:1].isupper() and not titled) or (
            before is not None
            and before.pos_ == "PROPN"
            and before.text[:1].isupper()
            and not opens_sentence(before.i)
            and not _state_before(doc, span.start)
            and kind != "Person"  # a capitalised word before a person's name is a title, misspelt or not
        ):
            return None
        root = span.root
        return Mention(
            span.start_char, span.end_char, root.i, name, KNOWN_KIND_LABELS[kind], kind, sent_of[root.i]
        )
    return None


#: Forms of address and lone institution words: references to a name, not names ("Her Majesty",
#: "the Council" after "the Privy Council").
NOT_NAMES = frozenset(
    [
        # plural titles written as abbreviations ("170 MPs"): holders of a title, not a name
        "mps",
        "meps",
        "mlas",
        "msps",
        "ceos",
        "army",
        "navy",
        "military",
        "assembly",
        "majesty",
        "highness",
        "excellency",
        "honour",
        "honor",
        "council",
        "court",
        "state",
        "committee",
        "department",
        "ministry",
        "agency",
        "government",
        "administration",
        "cabinet",
        "police",
        "board",
        "commission",
        "office",
        # holidays and feasts: dates, not actors (docs/annotation.md)
        "easter",
        "christmas",
        "ramadan",
        "eid",
        "diwali",
        "hanukkah",
        "thanksgiving",
        "passover",
    ]  # noqa: SIM905
)
_LONG_ORG_HEADS = tuple(h for h in ORG_HEADS if len(h) >= 8)  # "Biotherapeutics" ends in one
_MODEL_CODE = re.compile(r"^(?=.*\d)[A-Z0-9][A-Z0-9-]*s?$")  # "XC90", "A300s"
_MODEL_NUMBER = re.compile(r"^\d{3}s?$")  # "Boeing 747", "Boeing 707s" (not a year)
_YEAR = re.compile(r"^(1[89]|20)\d\d$")


def _is_model(token, maker: bool) -> bool:
    """``token`` is a model's code ("XC90", "A300s"), or after a maker's name a three-digit model
    number ("747", "707s")."""
    if _MODEL_NUMBER.match(token.text):
        return maker
    return bool(_MODEL_CODE.match(token.text)) and not token.like_num


def _is_title_only(text: str) -> bool:
    """ "Detective Inspector", "Interior": words of a job title the model took for an organisation."""
    words = [w.lower().strip(".,") for w in text.split()]
    return all(
        w in PERSON_ROLES or w in PERSON_TITLES or w in PORTFOLIOS or w in EXTRA_TITLES or w in OCCUPATIONS
        for w in words
    )


def _qualifies_a_title(doc: Doc, i: int) -> bool:
    """``doc[i]`` qualifies the title after it ("Assistant | Chief Constable", "Acting | Police
    Chief"): no more part of a name than the title is.

    >>> import spacy
    >>> doc = spacy.blank("en")("Assistant Chief Constable Assistant Karl")
    >>> _qualifies_a_title(doc, 0), _qualifies_a_title(doc, 3)
    (True, False)
    """
    return (
        i + 1 < len(doc)
        and doc[i].lower_ in DEPUTY_QUALIFIERS
        and (doc[i + 1].lower_.rstrip(".") in PERSON_TITLES | RANK_TITLES or _is_title_only(doc[i + 1].text))
    )


def _is_qualified_title(text: str) -> bool:
    """A job title after words that qualify it (:data:`TITLE_QUALIFIERS`), in the singular or the
    plural: "Republican Assemblywoman", "City Councillor", "Royal Commissioners" name no one.

    >>> _is_qualified_title("Republican Assemblywoman"), _is_qualified_title("Royal Commission")
    (True, False)
    """
    words = text.split()
    qualifiers = 0
    while qualifiers < len(words) - 1 and words[qualifiers].lower() in TITLE_QUALIFIERS:
        qualifiers += 1
    rest = words[qualifiers:]
    return qualifiers > 0 and all(_is_title_only(w) or _is_title_only(_singular(w)) for w in rest)


def _linked_head(text: str) -> str:
    """The head word of an "N of M", "N for M" or "N on M" name, which says what the name is, lower
    case; "" for other names.

    >>> _linked_head("College of Wooster"), _linked_head("Center for Food Safety"), _linked_head("Ohio")
    ('college', 'center', '')
    """
    words = text.split()
    link = next((i for i in range(1, len(words) - 1) if words[i] in ("of", "for", "on")), None)
    return words[link - 1].lower() if link is not None else ""


def reads_as_institution(name: str) -> bool:
    """Whether ``name`` is written the way institutions' names are: it ends in an organisation's head
    word ("... Safety Board") or is an "N of M" / "N for M" name ("Center for Strategic and
    International Studies"). A name shaped like a person's ("Luis Rivera Marín") is not.

    >>> reads_as_institution("National Safety Board"), reads_as_institution("Luis Rivera Marín")
    (True, False)
    """
    return _org_head(name) or _linked_head(name) != ""


def _kind_of_word(word: str) -> str | None:
    """The kind a name's head word fixes, if any."""
    if word in ORG_HEADS or any(word.endswith(h) for h in _LONG_ORG_HEADS):
        return "Organization"
    if word in EVENT_HEADS:
        return "Event"
    if word in PLACE_HEADS:
        return "Place"
    return None


#: Last words of names of settlements: a place, unless the model read an organisation ("Manchester
#: City" and "Hull City" are football clubs).
SETTLEMENT_HEADS = frozenset(["city", "town", "village"])
#: A country's name joined to "exit" names its leaving a union (Brexit, Grexit): an event.
_EXIT_WORD = re.compile(r"^[A-Z][a-z]+exit$")


def _kind_from_head(text: str, label: str) -> str:
    """The kind of a name by its head word: the last ("Jefferson Parish"), or in an "N of M" name
    not the model's person the first ("College of Wooster"); else the model's label's.

    >>> _kind_from_head("College of Wooster", "GPE"), _kind_from_head("Jefferson Parish", "PERSON")
    ('Organization', 'Place')
    >>> _kind_from_head("Brexit", "PERSON"), _kind_from_head("Digos City", "PERSON")
    ('Event', 'Place')
    >>> _kind_from_head("Terminal 2", "ORG")
    'Place'
    >>> _kind_from_head("MV Namse Bangdzod", "PERSON"), _kind_from_head("Tropical Storm Barry", "ORG")
    ('Product', 'Event')
    >>> _kind_from_head("Hurricane Center", "ORG")
    'Organization'
    """
    if _EXIT_WORD.match(text) or text.lower().startswith(EVENT_OPENINGS):
        return "Event"
    words = text.split()
    if len(words) > 1 and words[0] in SHIP_PREFIXES and words[1][:1].isupper():
        return "Product"  # "MV Namse Bangdzod", "HMS Victory": a vessel, whatever the model said
    storm = next((k for k, w in enumerate(words) if w.lower() not in STORM_GRADES), len(words))
    if (
        storm == len(words) - 2
        and words[storm].lower() in STORM_WORDS
        and all(w[:1].isupper() for w in words)
        and _kind_of_word(words[-1].lower()) is None
    ):
        # "Tropical Storm Barry", "Hurricane Humberto": a storm and its given name; not "the
        # National Hurricane Center"
        return "Event"
    if len(text.split()) > 1 and (
        text.split()[0] in CLUB_PREFIXES | CLUB_WORDS or text.split()[-1] in CLUB_SUFFIXES
    ):
        return "Organization"  # "KSV Oudenburg", "Liffey Wanderers FC", "Real Club Deportivo X": a club
    if len(text.split()) > 1 and text.split()[-1].isupper() and text.split()[-1].lower() in BROADCAST_LETTERS:
        return "Organization"  # "Nkhata FM", "Citizen TV": a station
    if label != "PERSON" and text.split() and text.split()[-1].lower().endswith(STREET_ENDINGS):
        return "Place"  # "Hauptstrasse", "Alexanderplatz": a street or a square
    if len(text.split()) >= 2 and text.split()[-1].isdigit() and text.split()[-2].lower() in PLACE_HEADS:
        return "Place"  # "Terminal 2", "Highway 1", "State Route 9": a site numbered after its kind
    if (
        len(text.split()) > 1
        and text.split()[0].lower() in FOREIGN_ORG_HEADS
        and text.split()[0][:1].isupper()
    ):
        return "Organization"  # "Colegio Médico", "Hospital Costa Norte", "Minera Guaratoro"
    if text.endswith(PLACE_NAME_ENDINGS) and len(text.split()) > 2:
        return "Place"  # "Surigao del Sur", "Cagayan de Oro"
    if (
        len(words) > 2
        and words[0] in SAINTS_TOWNS
        and any(w in PLACE_PARTICLES for w in words[1:-1])
        and not _kind_of_word(words[-1].lower())
    ):
        return "Place"  # "San Gabriel de las Flores", "Santa Cruz de la Sierra": a town, not a saint
    if any(w[:1].isupper() and w.lower() in CAUSE_PREPOSITIONS for w in text.split()[1:-1]):
        # "Iraq Veterans Against the War", "Doctors Without Borders": a group named by its cause
        return "Organization"
    last = text.split()[-1].lower() if text.split() else ""
    if label in ("ORG", "FAC", "GPE", "LOC", "EVENT", "PRODUCT", "PERSON") and len(text.split()) > 1:
        opening = text.split()[1:2] if text.split()[0].lower() in EVENT_ORDINALS else text.split()[:1]
        if label != "PERSON" and opening and opening[0].lower() in EVENT_PREFIXES:
            return "Event"  # "Operation Peace Spring", "Battle of Mosul", "Third Battle of Ypres"
        first = text.split()[0].lower()
        prefixed = first in (PLACE_PREFIXES if label != "PERSON" else PLACE_ONLY_PREFIXES)
        if prefixed and _kind_of_word(last) != "Organization":  # "Mount Sinai Hospital" is a hospital
            return "Place"  # "Place Hélène Metges", "Lake Chad", "Punta Tombo"; not "Rue McClanahan"
        if (
            label != "PERSON"
            and _linked_head(text) in ORG_HEADS
            and _kind_of_word(last) in ("Place", "Event")
        ):
            # "Office of Rail and Road", "Commission on Elections": the body's head word comes first
            return "Organization"
        kind = _kind_of_word(last)
        given = is_given_name(text.split()[0])
        if label == "PERSON" and len(text.split()) in (2, 3) and given and last in SURNAMES_LIKE_PLACE_HEADS:
            return "Person"  # "Peter Hall", "Renée Fontenot Hall": a surname, not a hall
        if last in ("center", "centre") and text.split()[-2].lower() in VENUE_WORDS:
            kind = "Place"
        if (
            kind is None
            and last in SURNAME_PLACE_HEADS
            and (label != "PERSON" or (len(text.split()) > 2 and not given))
        ):
            kind = "Place"  # "Vandenberg Space Force Base", not "Tom Lodge"
        if kind:
            return kind
        if last in SETTLEMENT_HEADS and label != "ORG":
            return "Place"  # "Tandag City", "Santos City" the model took for a person
        if (
            label == "PERSON"
            and len(text.split()) == 2
            and not given
            and known_actors().get(text.split()[-1]) == "Place"
        ):
            return "Organization"  # "Sparta Rotterdam", "Dynamo Kyiv": a club, no one's name ends in a city
        # "Bank of England Governor Mark Carney" is a person; "Hall of Fame" the model's organisation
        if label != "PERSON" and _linked_head(text) in ORG_HEADS:
            return "Organization"
    return LABEL_KINDS[label]


def _org_head(text: str) -> bool:
    """The name's head word is an organisation's: its last ("... University"), or the first of an
    "N of M" name ("College of Wooster")."""
    return text.split()[-1].lower() in ORG_HEADS or _linked_head(text) in ORG_HEADS


#: Tags of function words (prepositions, conjunctions, determiners, adverbs, modals): lower-case,
#: they end no name.
_FUNCTION_TAGS = frozenset(["IN", "CC", "DT", "TO", "MD", "WDT", "RB"])


#: An ordinal written in figures ("79th", "1st").
_ORDINAL_NUMBER = re.compile(r"^\d+(?:st|nd|rd|th)$")
#: A surname opened by an elided particle, one word ("d'Entremont", "Dall'Ara", "D'Alema").
_ELIDED_SURNAME = re.compile(r"^(?:[dDlL]|[dD]all|[dD]ell|[dD]ella)['’][A-ZÀ-Ý]\w+$")
#: A score written as one word ("7–5", "6-4").
_SCORE = re.compile(r"^\d{1,2}[\u2013-]\d{1,2}$")


def _given_name_at(doc: Doc, i: int, end: int) -> bool:
    """A given name starts at ``i``, one word or two joined by a hyphen ("Per-Olof", "Jean-Marc"),
    either part a known given name."""
    if is_given_name(doc[i].text):
        return True
    joined = i + 2 < end and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_
    return joined and doc[i].is_title and is_given_name(doc[i + 2].text)


def _strip_span(doc: Doc, start: int, end: int, label: str) -> tuple[int, int]:
    """Token bounds without leading articles, titles and participles, and trailing possessives,
    punctuation, function words and run-on dates or quantities."""
    while (
        start < end
        # (a word joined by "&" is part of the name: "Student & Starter", "Procter & Gamble")
        and not (start + 1 < end and doc[start + 1].text == "&")
        and (
            doc[start].lower_ in ("the", "a", "an")
            or (
                # "United States-led | Iraq War": a participle run into a name is not part of it
                end - start > 1
                and doc[start].is_lower
                and doc[start].tag_ in ("VBN", "VBD", "VBG")
                and doc[start].lower_ not in NAME_PARTICLES
            )
            or doc[start].is_punct
            or doc[start].is_space
            # "Longtime | Imus ...": a word of standing is no part of any name, whatever the label
            or (end - start > 1 and doc[start].lower_ in STANDING_WORDS)
            # "Mr | Sharon" labelled a place: a courtesy title is no part of any name either
            or (end - start > 1 and doc[start].lower_ in COURTESY_TITLES and doc[start + 1].is_title)
            or (
                # "Remarked | Center for ...", "Said | Jane Doe": a speaking verb opening a sentence is
                # capitalised like a name but is no part of one
                end - start > 1
                and (doc[start].tag_ in ("VBD", "VBN") or doc[start].lower_.endswith("ed"))  # not "Said X"
                and doc[start].lower_ in SPEECH_VERBS
                and (start == 0 or doc[start - 1].is_space or doc[start].is_sent_start)
            )
            or (
                # "the moon | Tethys", "the charity | Open Shores": a lower-case noun before a name
                # classifies it and is not part of it
                end - start > 1
                and doc[start].is_lower
                and _singular(doc[start].lower_) in ORG_NOUNS | SKY_NOUNS
                and doc[start + 1].text[:1].isupper()  # "the union | FNV" too
            )
            or (
                # "the trade union federation | FNV": so does a run of them ending in such a noun
                end - start > 2
                and doc[start].is_lower
                and doc[start].is_alpha
                and _opens_classifying_run(doc, start, end)
            )
            or (
                label == "PERSON"
                and end - start > 1
                and (doc[start].lower_.rstrip(".") in PERSON_TITLES or _is_title_only(doc[start].text))
                and doc[start].lower_ not in ROYAL_TITLES
            )
            or (
                label == "PERSON"
                and end - start > 2
                and doc[start].lower_ in RANK_TITLES
                and is_given_name(doc[start + 1].text)
            )
            or (label == "PERSON" and end - start > 2 and _qualifies_a_title(doc, start))
            or (
                # "Kenyan | Faith Chepkoech": a nationality before a given name and a surname (a name of
                # two words stays whole: "German Efromovich")
                label == "PERSON"
                and end - start > 2
                and doc[start].is_title
                and gazetteer().demonym(doc[start].text) is not None
            )
            or (
                # "the Briton | Tom Hale": the model reads a nationality, a given name and a surname
                # as an organisation's name; no organisation's head word ends it
                label == "ORG"
                and end - start == 3
                and doc[start].is_title
                and gazetteer().demonym(doc[start].text) is not None
                and is_given_name(doc[start + 1].text)
                and doc[end - 1].is_title
                and doc[end - 1].lower_ not in ORG_HEADS
            )
            or (
                # "Farmer | Karl Jensen", "Actress | Anna Berg": an occupation opening a sentence is
                # capitalised like the name after it but is no part of it (a two-word name stays whole:
                # "Baker Mayfield")
                label == "PERSON"
                and end - start > 2
                and (doc[start].lower_ in OCCUPATIONS or doc[start].lower_ in ROLE_WORDS)
                and doc[start].lower_ not in ROYAL_TITLES
                and doc[start + 1].is_title
            )
            or (
                # "Neighbour | Patricia Doyle", "Forecaster | Tom Kearney": any word for a person that
                # opens the sentence before a given name and a surname
                label == "PERSON"
                and end - start > 2
                and (start == 0 or doc[start].is_sent_start or doc[start - 1].is_space)
                and not is_given_name(doc[start].text)
                and (
                    # "Passenger | Omondi Otieno": a plain word for a person needs no known given name
                    (doc[start].lower_ in PERSON_NOUNS | EPITHET_NOUNS and doc[start + 1].is_title)
                    or (doc[start].lower_.endswith(AGENT_ENDINGS) and _given_name_at(doc, start + 1, end))
                )
            )
        )
    ):
        start += 1
    start = _after_kind_description(doc, start, end)
    while end > start and (
        doc[end - 1].tag_ == "POS"
        or doc[end - 1].is_punct
        or doc[end - 1].is_space
        or doc[end - 1].text in ("'s", "'")
        # "Candace Windfall | as": no name ends in a lower-case function word
        or (end - start > 1 and doc[end - 1].is_lower and doc[end - 1].tag_ in _FUNCTION_TAGS)
        # "All Saints | school": a lower-case kind noun after a name is not part of it
        or (end - start > 1 and doc[end - 1].is_lower and doc[end - 1].lower_ in KIND_NOUNS_AFTER_NAMES)
        # "Kunduz | province": nor a lower-case place noun after a place's name
        or (
            label in ("GPE", "LOC")
            and end - start > 1
            and doc[end - 1].is_lower
            and doc[end - 1].lower_ in PLACE_NOUNS
        )
        # "India's Home | Minister X", "British Home | Secretary X": a portfolio before a minister's
        # title belongs to the title, not to a place's or a body's name
        or (end < len(doc) and doc[end - 1].lower_ in PORTFOLIOS and doc[end].lower_ in MINISTER_TITLES)
        # "Alphabet | -owned": who owns or backs it, not a name
        or (
            end - start > 2
            and doc[end - 1].lower_ in ("owned", "backed", "based", "funded")
            and doc[end - 2].text == "-"
        )
    ):
        end -= 1
    if (
        end - start > 3
        and doc[end - 1].is_digit
        and doc[end - 2].text in ("-", "\u2013")
        and doc[end - 3].is_digit
    ):
        end -= 3  # "Tollesby United | 3-1": a score run on into a team's name
    if end - start > 1 and _SCORE.match(doc[end - 1].text):
        end -= 1  # "Facundo Larraburu | 7–5": a set's score written as one word
    if (
        end - start > 1
        and end < len(doc)
        and doc[end - 1].text in ("District", "State")
        and doc[end].lower_ in ("attorney", "attorneys", "judge", "senator", "prosecutor")
    ):
        end -= 1  # "Fulton County | District Attorney X": the title's first word, not the place's last
    if (
        label == "ORG"
        and end - start > 1
        and doc[start].is_upper
        and len(doc[start].text) > 1
        and all(t.is_lower and t.is_alpha for t in doc[start + 1 : end])
    ):
        end = start + 1  # "UMNO | supreme council member X": a body's part, in lower case, is not its name
    if end - start > 2 and doc[end - 2].lower_ == "et" and doc[end - 1].lower_ in ("al", "al."):
        end -= 2  # "Stamenković | et al": the paper's first author and co-authors
    # A date or a quantity the model ran on into a name: "Rally for the Republic | in 2008",
    # "Humberto | 75 miles".
    run_on_date = doc[end - 1].like_num and doc[end - 2].is_lower and doc[end - 2].tag_ == "IN"
    run_on_quantity = doc[end - 1].is_lower and doc[end - 1].pos_ == "NOUN" and doc[end - 2].like_num
    if end - start > 2 and (run_on_date or run_on_quantity):
        end -= 2
    # "the Office of the Attorney | General": the model may stop before the last word of an office
    # whose title ends in "General"
    general = end < len(doc) and doc[end].text == "General"
    if label == "ORG" and general and doc[end - 1].lower_ in GENERAL_OFFICES:
        end += 1
    # "Coast Guard Commandant | Admiral Elson Hermogino": a title the model put after a body's name,
    # before the holder's name, is not part of the body's name.
    while (
        label == "ORG"
        and end - start > 1
        and end < len(doc)
        and doc[end].is_title
        and doc[end - 1].lower_ in PERSON_TITLES | ROLE_WORDS
        and doc[end - 2].lower_ not in ("of", "the", "for")
    ):
        end -= 1
    if (
        label == "ORG"
        and end + 1 < len(doc)
        and doc[end].text in ("Minister", "Secretary")
        and doc[end + 1].pos_ == "PROPN"
        and not _org_head(doc[start:end].text)
        and doc[start:end].text not in known_organizations()
    ):
        # "Fair Trading Minister Anna Berg", "Small Business Minister X": words before a
        # minister's title and name are the portfolio, which the model took for a body
        end = start
    return start, end


def _after_kind_description(doc: Doc, start: int, end: int) -> int:
    """Where the name starts after a place and a lower-case kind noun the model ran into it: "the
    Zurich bank | Kessler & Rauch", "Dresden sensor maker | Lumisens". The place is where the body is
    (a relation pattern reads it), the noun what it is; neither is part of its name. Unchanged when no
    such description opens the span."""
    k = start
    while k < end and doc[k].is_title and doc[k].pos_ == "PROPN":
        k += 1
    if k == start:
        return start
    nouns = k
    while (
        k < end and doc[k].is_lower and (doc[k].pos_ == "NOUN" or doc[k].lower_ in _KIND_NOUNS_BEFORE_NAMES)
    ):
        k += 1  # ("daily" is tagged an adjective)
    if k in (nouns, end) or not doc[k].is_title:
        return start
    return k if _singular(doc[k - 1].lower_) in _KIND_NOUNS_BEFORE_NAMES else start


#: Lower-case nouns that say what kind of body the name after them is ("the Zurich bank", "the
#: Split daily").
_KIND_NOUNS_BEFORE_NAMES = ORG_NOUNS | ORGANIZATION_NOUNS | MEDIA_NOUNS | NEWSPAPER_NOUNS


def _crew_nickname(token) -> bool:
    """A plural after a storm word names people or aircraft, not a storm: "NOAA's Hurricane Hunters"
    (storms are given a person's name, in the singular)."""
    return token.tag_ == "NNPS" and not is_given_name(token.text)


def _storm_start(doc: Doc, start: int, end: int) -> int | None:
    """Where a storm's name starts when the words before or at the start of the span ``start:end``
    name a storm ("Hurricane | Dorian", "Tropical Storm | Barry", "Typhoon Hagibis"), else None.
    Only capitalised storm words count: "a storm Barry" is not a name."""
    first = start
    while first > 0 and doc[first - 1].is_title and doc[first - 1].lower_ in STORM_WORDS | STORM_GRADES:
        first -= 1
    words = list(doc[first:end])
    storm = next((k for k, t in enumerate(words) if t.is_title and t.lower_ in STORM_WORDS), None)
    if storm is None or storm == len(words) - 1 or not words[storm + 1].text[:1].isupper():
        return None
    if _crew_nickname(words[storm + 1]):
        return None
    if not all(t.is_title and t.lower_ in STORM_GRADES for t in words[:storm]):
        return None
    return first


def _free_head(token, words, covered: set[int], skip) -> bool:
    """``token`` is a capitalised word of ``words`` that no name found so far covers, outside the
    parts not to look at: where the passes below start a name the model missed."""
    return token.is_title and token.lower_ in words and token.i not in covered and not skip(token.idx)


def _storms_the_model_missed(doc: Doc, sent_of: list[int], skip, covered: set[int]) -> list[Mention]:
    """Storms named by a capitalised storm word and a capitalised given name that the model left
    untagged ("Hurricane Dorian hit the Bahamas")."""
    found = []
    for token in doc:
        if not _free_head(token, STORM_WORDS, covered, skip):
            continue
        name = token.i + 1
        if name >= len(doc) or name in covered or not doc[name].is_title or doc[name].pos_ != "PROPN":
            continue
        start = _storm_start(doc, token.i, name + 1)
        if start is None or any(i in covered for i in range(start, name + 1)):
            continue
        span = doc[start : name + 1]
        covered.update(range(start, name + 1))
        found.append(
            Mention(span.start_char, span.end_char, name, span.text, "EVENT", "Event", sent_of[start])
        )
    return found


_DOMAIN = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$")


def _media_the_model_missed(doc: Doc, sent_of: list[int], skip, covered: set[int]) -> list[Mention]:
    """A publication, an online service or a band the model left untagged, named right after a
    lower-case noun of its kind: "the journal Science", "the news site oe24.at", "the magazine The
    Bark", "the indie band The Velvet Harbour"."""
    found = []
    for token in doc:
        if not (token.is_lower and token.lower_ in MEDIA_NOUNS | BAND_NOUNS) or skip(token.idx):
            continue
        start = token.i + 1
        if start < len(doc) and doc[start].text == "The":
            start += 1  # a leading "The" is dropped from names
        end = start
        # (the model may take the name for a work's title, which is no actor's label)
        while (
            end < len(doc)
            and doc[end].ent_type_ in ("", "WORK_OF_ART")
            and not doc[end].is_punct
            and end not in covered
        ):
            word = doc[end].text
            if not (word[:1].isupper() or _DOMAIN.match(word)):
                break
            end += 1
        if end == start or (end < len(doc) and end in covered):
            continue
        span = doc[start:end]
        found.append(_claimed_organization(span, sent_of, covered))
    return found


def _companies_the_model_missed(doc: Doc, sent_of: list[int], skip, covered: set[int]) -> list[Mention]:
    """A company's name the model left untagged: two or more capitalised proper nouns ending in a
    word only companies' names end in (:data:`COMPANY_HEADS`, :data:`BROADCAST_LETTERS`): "Nordlys
    Media", "Skyfall Records", "Sunrise FM"."""
    found = []
    for token in doc:
        # a broadcaster's letters end a name in capitals ("Sunrise FM", "Citizen TV")
        upper_head = token.is_upper and token.lower_ in BROADCAST_LETTERS and token.i not in covered
        if not (_free_head(token, COMPANY_HEADS, covered, skip) or (upper_head and not skip(token.idx))):
            continue
        if token.ent_type_ or token.pos_ != "PROPN":
            continue

        # (a broadcaster's first word may be tagged a common noun: "Sunrise FM")
        def in_name(t, nouns_too=upper_head) -> bool:
            return (t.pos_ == "PROPN" or (nouns_too and t.pos_ == "NOUN" and t.is_title)) and not t.ent_type_

        start = _capitalised_run_start(doc, token.i, covered, in_name)
        if start == token.i or sent_of[start] != sent_of[token.i]:
            continue
        span = doc[start : token.i + 1]
        if not _good_name(span.text) or _is_title_only(span[0].text) or gazetteer().demonym(span[0].text):
            continue
        found.append(_claimed_organization(span, sent_of, covered))
    return found


def _head_first_bodies_the_model_missed(
    doc: Doc, sent_of: list[int], skip, covered: set[int]
) -> list[Mention]:
    """An organisation named head first, in a language that does so, which the model left untagged:
    a word of :data:`FOREIGN_ORG_HEADS` and the capitalised proper nouns after it, hyphen-joined ones
    and name particles among them ("Crédit Libano-Phénicien", "Banco do Nordeste", "Grupo Bimbo")."""
    found = []
    for token in doc:
        if not _free_head(token, FOREIGN_ORG_HEADS, covered, skip) or token.ent_type_:
            continue
        end = token.i + 1
        while end < len(doc) and end not in covered and not doc[end].ent_type_:
            word = doc[end]
            if word.is_title and word.pos_ == "PROPN" and word.lower_ not in ROLE_WORDS | PERSON_TITLES:
                end += 1
            elif (
                word.text == "-"
                and not doc[end - 1].whitespace_
                and end + 1 < len(doc)
                and doc[end + 1].is_title
            ):
                end += 1  # "Libano | - | Phénicien"
            elif (
                word.lower_ in NAME_PARTICLES
                and word.is_lower
                and end + 1 < len(doc)
                and doc[end + 1].is_title
            ):
                end += 1  # "Banco | do | Nordeste"
            else:
                break
        while end > token.i + 1 and not doc[end - 1].is_title:
            end -= 1
        if end == token.i + 1 or sent_of[end - 1] != sent_of[token.i]:
            continue
        # "Parti Sinar Rakyat | Malaysia", "Banco Santander | Brasil": the state the model tagged ends
        # the name
        state = end < len(doc) and _alone_in_its_entity(doc, end) and doc[end].ent_type_ == "GPE"
        if state and gazetteer().country(doc[end].text):
            end += 1
        span = doc[token.i : end]
        if not _good_name(span.text):
            continue
        found.append(_claimed_organization(span, sent_of, covered))
    return found


def _claimed_organization(span, sent_of: list[int], covered: set[int]) -> Mention:
    """An organisation's mention for a name a finder read where the model tagged none, its tokens
    claimed so that no later finder reads them again."""
    covered.update(range(span.start, span.end))
    where = (span.start_char, span.end_char, span.root.i)
    return Mention(*where, span.text, "ORG", "Organization", sent_of[span.start])


def _starting_outside(mentions: list[Mention], spans, keep: list[Mention] = ()) -> list[Mention]:
    """``mentions`` less those that start inside one of ``spans`` (character offsets of text a name
    found or widened took over), but for the mentions in ``keep``."""
    kept = {id(m) for m in keep}
    return [m for m in mentions if id(m) in kept or not any(s <= m.start < e for s, e in spans)]


def _ships_the_model_missed(doc: Doc, sent_of: list[int], skip, covered: set[int]) -> list[Mention]:
    """A ship's name the model left untagged, written with "the" and a noun for a ship in apposition
    after a comma: "the Aegean Dawn, a Liberian-flagged tanker"."""
    found = []
    for token in doc:
        if token.pos_ != "PROPN" or not token.is_title or token.i in covered or skip(token.idx):
            continue
        nouns = [c for c in token.children if c.dep_ == "appos" and c.lower_ in VESSEL_NOUNS]
        if not nouns or not _comma_between(doc, token.i, nouns[0].i):
            continue
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].is_title:
            start -= 1
        if start == 0 or doc[start - 1].lower_ != "the" or any(i in covered for i in range(start, token.i)):
            continue
        span = doc[start : token.i + 1]
        if gazetteer().country(span.text) or not _good_name(span.text):
            continue
        covered.update(range(span.start, span.end))
        where = (span.start_char, span.end_char, token.i)
        found.append(Mention(*where, span.text, "PRODUCT", "Product", sent_of[start]))
    return found


def _medicines_by_their_stem(doc: Doc, sent_of: list[int], skip, covered: set[int]) -> list[Mention]:
    """A medicine's generic name, written in lower case, which the model leaves untagged: its
    international nonproprietary name ends in a stem that says what it is ("losartan", "remdesivir",
    "donanemab"), a made thing (docs/annotation.md)."""
    found = []
    for token in doc:
        if not token.is_lower or not token.is_alpha or len(token.text) < 7 or token.i in covered:
            continue
        if skip(token.idx) or not token.lower_.endswith(MEDICINE_STEMS):
            continue
        covered.add(token.i)
        found.append(Mention.of_token(token, "PRODUCT", "Product", sent_of[token.i]))
    return found


def _made_things_named_by_their_noun(doc: Doc, sent_of: list[int], skip, covered: set[int]) -> list[Mention]:
    """A made thing's name the model left untagged, whose noun says what it is: in apposition with
    it ("The ferry, Morning Lark, ran aground"), called so ("a flying device called Skylance"), or
    right after a noun for a ship ("the yacht Seabird"); and a heavenly body's name right after its
    noun ("the moon Tethys"), which is a place."""
    found = []
    for token in doc:
        if token.pos_ != "PROPN" or not token.is_title or token.i in covered or skip(token.idx):
            continue
        if token.ent_type_ or (token.i + 1 < len(doc) and doc[token.i + 1].dep_ == "compound"):
            continue
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].is_title:
            start -= 1
        before = doc[start - 1] if start > 0 else None
        noun = before.lower_ if before is not None and before.is_lower and before.head.i == token.i else ""
        named = token.dep_ in ("appos", "oprd") and _product_cue(token)
        if not (named or noun in VESSEL_NOUNS or noun in SKY_NOUNS):
            continue
        if any(i in covered or doc[i].ent_type_ for i in range(start, token.i)):
            continue
        span = doc[start : token.i + 1]
        if _names_a_place(span.text) or not _good_name(span.text):
            continue
        covered.update(range(span.start, span.end))
        where = (span.start_char, span.end_char, token.i)
        if noun in SKY_NOUNS and not named:
            found.append(Mention(*where, span.text, "LOC", "Place", sent_of[start]))
        else:
            found.append(Mention(*where, span.text, "PRODUCT", "Product", sent_of[start]))
    return found


def _parties_named_before_party(doc: Doc, sent_of: list[int], skip, covered: set[int]) -> list[Mention]:
    """A party written with its name capitalised and "party" in lower case, which the model leaves
    untagged or reads as a nationality: "the Democratic party controlled the House", "leave the
    Republican party", "the Scottish National party". The name is "the" and the capitalised words
    before "party"; a sentence's opening word is not one ("Labour party members": the model's)."""
    found = []
    for token in doc:
        if token.text != "party" or token.i < 2 or token.i in covered or skip(token.idx):
            continue
        start = _capitalised_run_start(doc, token.i, covered, lambda t: t.pos_ in ("PROPN", "ADJ"))
        if start == token.i or doc[start - 1].lower_ != "the":
            continue
        if any(doc[i].ent_type_ not in ("", "NORP") for i in range(start, token.i)):
            continue
        span = doc[start : token.i + 1]
        if _names_a_place(doc[start : token.i].text):
            continue  # ("the Ohio party": a state's branch, which the article names no more)
        found.append(_claimed_organization(span, sent_of, covered))
    return found


def _employers_the_model_missed(doc: Doc, sent_of: list[int], skip, covered: set[int]) -> list[Mention]:
    """A capitalised name the model left untagged where only an employer or a client stands
    (:func:`_served_by_someone`: "after two decades working for Statoil", "a contributor to Wired"):
    an organisation."""
    found = []
    for token in doc:
        if token.pos_ != "PROPN" or not token.is_title or token.ent_type_ or token.i in covered:
            continue
        if skip(token.idx) or not _served_by_someone(token):
            continue
        start = _capitalised_run_start(doc, token.i, covered, lambda t: t.dep_ == "compound")
        span = doc[start : token.i + 1]
        if any(t.ent_type_ for t in span) or not _good_name(span.text) or _names_a_place(span.text):
            continue
        if is_given_name(span[0].text):
            continue  # "working for Karl Jensen": a person may employ someone too
        found.append(_claimed_organization(span, sent_of, covered))
    return found


def _bodies_read_as_peoples(doc: Doc, sent_of: list[int], skip, covered: set[int]) -> list[Mention]:
    """A name of several capitalised words the model took for a nationality or a people, that no
    people is called and that an organisation's noun renames: "Puerto Central Andino, the private
    company that runs the terminal, said"."""
    found = []
    for ent in doc.ents:
        if ent.label_ != "NORP" or len(ent) < 2 or skip(ent.start_char):
            continue
        if any(i in covered for i in range(ent.start, ent.end)) or not all(t.is_title for t in ent):
            continue
        if gazetteer().demonym(ent.text) or any(gazetteer().demonym(t.text) for t in ent):
            continue
        renamed = any(
            c.dep_ == "appos" and _singular(c.lower_) in ORG_NOUNS | ORGANIZATION_NOUNS
            for c in ent.root.children
        )
        if renamed:
            found.append(_claimed_organization(ent, sent_of, covered))
    return found


def _bodies_before_their_spokespeople(doc: Doc, sent_of: list[int], skip, covered: set[int]) -> list[Mention]:
    """A body the model left untagged before the word for its spokesperson and the spokesperson's
    name: "Labour defence spokesman John Healey", "Welsh Conservatives health spokesman Owain
    Prothero" (a portfolio may come between; a title or a state's name is no body)."""
    found = []
    for token in doc:
        if not (token.is_lower and token.lower_ in SPOKES_ROLES) or token.i + 1 >= len(doc):
            continue
        after = doc[token.i + 1]
        if not (after.is_title and after.pos_ == "PROPN") or skip(token.idx):
            continue
        end = token.i
        while end > 0 and token.i - end < 2 and doc[end - 1].is_lower and doc[end - 1].lower_ in PORTFOLIOS:
            end -= 1
        start = end
        while (
            start > 0
            and end - start < 4
            and doc[start - 1].is_title
            and doc[start - 1].pos_ in ("PROPN", "ADJ", "NOUN")
            and doc[start - 1].ent_type_ in ("", "NORP")
            and start - 1 not in covered
            and doc[start - 1].lower_ not in PERSON_TITLES | ROLE_WORDS
        ):
            start -= 1
        if start == end or (start > 0 and doc[start - 1].is_title and doc[start - 1].ent_type_):
            continue  # (nor the rest of a name the model tagged in part: "Zimbabwe | Republic Police")
        span = doc[start:end]
        words = span.text
        if end - start == 1 and span[0].tag_ == "JJ" and known_actors().get(words) != "Organization":
            continue  # "Presidential spokesperson X": an office's adjective; "Labour" is a party
        if gazetteer().country(words) or gazetteer().demonym(words) or words.lower() in NOT_NAMES:
            continue
        if not _good_name(words):
            continue
        body = _claimed_organization(span, sent_of, covered)
        body.by_context = True  # its spokesperson says what it is, though it opens the sentence
        found.append(body)
    return found


def _clubs_the_model_missed(doc: Doc, sent_of: list[int], skip, covered: set[int]) -> list[Mention]:
    """A club's name the model left untagged or cut: a club's letters (:data:`CLUB_PREFIXES`) and the
    capitalised words after them ("FC Wierdeveen", "KSV Oudenburg")."""
    found = []
    for token in doc:
        if token.text not in CLUB_PREFIXES or token.i in covered or skip(token.idx):
            continue
        end = token.i + 1
        while (
            end < len(doc)
            and doc[end].is_title
            and doc[end].is_alpha
            and end not in covered
            and end - token.i <= 3
        ):
            end += 1
        if end == token.i + 1 or sent_of[token.i] != sent_of[end - 1]:
            continue
        span = doc[token.i : end]
        found.append(_claimed_organization(span, sent_of, covered))
    return found


def _names_after_body_nouns(doc: Doc, sent_of: list[int], skip, covered: set[int]) -> list[Mention]:
    """A body's name the model left untagged after a lower-case noun that classifies it and hangs on
    it: "the owner of League Two club | Hartwell Town", "the charity | Open Shores". Up to four
    capitalised proper nouns, not a title ("club President Ray Dunn" names a person)."""
    found = []
    for noun in doc:
        if not (noun.is_lower and noun.tag_ == "NN" and noun.lower_ in ORG_NOUNS):
            continue
        end = noun.i + 1
        while (
            end < len(doc)
            and doc[end].is_title
            and doc[end].pos_ == "PROPN"
            and not doc[end].ent_type_
            and end not in covered
            and not skip(doc[end].idx)
            and end - noun.i <= 4
        ):
            end += 1
        linked = (
            end + 1 < len(doc)
            and doc[end].is_lower
            # (a foreign link word the parser reads as part of the name: "en" tagged NNP)
            and (
                doc[end].lower_ in FOREIGN_NAME_LINKS | PLACE_PARTICLES | {"of", "for", "and"}
                or doc[end].tag_ == "NNP"
            )
            and doc[end + 1].is_title
        )
        if end == noun.i + 1 or (end < len(doc) and doc[end].is_title and doc[end].is_alpha) or linked:
            continue  # nothing, a run the model tagged in part, or a longer name ("Consumidores en Red")
        span = doc[noun.i + 1 : end]
        if (
            noun.head.i not in range(span.start, span.end)
            or span[0].lower_ in PERSON_TITLES | PERSON_ROLES
            or sent_of[span.start] != sent_of[span.end - 1]
            or not _good_name(span.text)
        ):
            continue
        found.append(_claimed_organization(span, sent_of, covered))
    return found


def _particle_in_place_name(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` is a lower-case particle inside a Portuguese or Spanish place's name, with
    a capitalised word after it ("Rio Claro | do | Oeste")."""
    return (
        doc[i].lower_ in JOINING_PARTICLES
        and doc[i].is_lower
        and i + 1 < len(doc)
        and doc[i + 1].is_title
        and doc[i + 1].is_alpha
    )


def _bodies_of_places_the_model_missed(
    doc: Doc, sent_of: list[int], skip, covered: set[int]
) -> list[Mention]:
    """A body named "<head> of <place>" (a head of :data:`BODIES_OF_PLACES`) the model left untagged:
    the head, "of", and the capitalised words after it ("the Archdiocese of Kelso")."""
    found = []
    for token in doc:
        if not _free_head(token, BODIES_OF_PLACES, covered, skip):
            continue
        end = token.i + 2
        while end < len(doc) and end not in covered:
            if doc[end].is_title and doc[end].is_alpha:
                end += 1
            elif _particle_in_place_name(doc, end) and end > token.i + 2:
                end += 2  # "the Diocese of Rio Claro do Oeste"
            else:
                break
        if end == token.i + 2 or doc[token.i + 1].lower_ != "of" or sent_of[token.i] != sent_of[end - 1]:
            continue
        span = doc[token.i : end]
        found.append(_claimed_organization(span, sent_of, covered))
    return found


_AFTER_PREPOSITIONS = frozenset(["of", "from", "at", "for", "by", "with"])
_SHORT = ("", "ORG", "GPE")  # what the model may call a short form


def _bodies_the_model_missed(doc: Doc, sent_of: list[int], skip, covered: set[int]) -> list[Mention]:
    """An organisation the model left untagged, written as a name after "the": capitalised words,
    possessives among them, ending in a head word of :data:`NAMED_BODY_HEADS` or a newspaper's ("the
    Workers' Party", "the National Farmers' Union", "the People's Alliance for Democracy" up to
    "Alliance", "the Bristol Evening Echo"). One
    capitalised word and the head at least; the head alone ("the Party") is a reference, not a name."""
    found = []
    for token in doc:
        if not _free_head(token, NAMED_BODY_HEADS | NEWSPAPER_HEADS, covered, skip):
            continue
        start, words, letters = token.i, 0, False
        while start > 0 and start - 1 not in covered:
            before = doc[start - 1]
            if before.text in ("'", "'s") and start - 2 >= 0 and doc[start - 2].is_title:
                start -= 1  # the possessive of "Workers' | Party"
            elif before.is_title and before.is_alpha and before.text != "The":
                start, words = start - 1, words + 1
            elif before.is_upper and before.is_alpha and len(before) > 1 and before.ent_type_ in _SHORT:
                start, words, letters = start - 1, words + 1, True  # "NSW | Police"
            else:
                break
        opener = doc[start - 1] if start > 0 else None
        # "of NSW Police": a name opening with a short form needs no "the"
        opened = opener is not None and (
            opener.lower_ == "the" or (letters and words == 1 and opener.lower_ in _AFTER_PREPOSITIONS)
        )
        # "Mercia University in Birmingham has paused ...": an institution's name opening a sentence
        # takes no "the"
        opened = opened or (
            doc[start].is_sent_start and token.lower_ in INSTITUTION_HEADS | {"club"} and words <= 3
        )
        if words == 0 or not opened or doc[start].text in ("'", "'s"):
            continue
        span = doc[start : token.i + 1]
        if gazetteer().country(span.text):
            continue  # "the Soviet Union": a state, which the states' pass below names
        if gazetteer().demonym(span[0].text) and words == 1:
            continue  # "the Chinese Academy" is described by its nationality alone
        if sent_of[start] != sent_of[token.i] or not _good_name(span.text):
            continue
        found.append(_claimed_organization(span, sent_of, covered))
    return found


def _short_forms_the_model_missed(doc: Doc, sent_of: list[int], skip, covered: set[int]) -> list[Mention]:
    """ "MONUSCO, the United Nations mission in the country, condemned ...": a word of capitals the
    model left unlabelled, renamed by an apposition whose head is a kind of organisation, is that
    organisation's short form."""
    found = []
    for token in doc:
        if (
            token.i in covered
            or skip(token.idx)
            or token.ent_type_
            or not (token.is_upper and token.is_alpha and 3 <= len(token) <= 10)
            or token.pos_ != "PROPN"
        ):
            continue
        if _body_nouns_renaming(token):
            found.append(_claimed_organization(doc[token.i : token.i + 1], sent_of, covered))
    return found


def _body_nouns_renaming(token) -> list:
    """The lower-case apposition heads that say what kind of organisation ``token`` names ("MONUSCO,
    the United Nations mission", "Ashcombe Foodstores, a regional supermarket chain")."""
    return [
        c for c in token.children if c.dep_ == "appos" and c.is_lower and _singular(c.lower_) in _BODY_NOUNS
    ]


def _names_renamed_as_bodies(doc: Doc, sent_of: list[int], skip, covered: set[int]) -> list[Mention]:
    """ "Ashcombe Foodstores, a regional supermarket chain, entered ...": capitalised words the model
    left untagged, renamed after a comma by an apposition whose head is a kind of organisation, are
    that organisation's name. Two words at least, one of them a proper noun (a capitalised common
    noun opening a sentence, "Officials, a group of ...", is no name)."""
    found = []
    for token in doc:
        if (
            token.i in covered
            or skip(token.idx)
            or token.ent_type_
            or not token.is_title
            or not token.is_alpha
        ):
            continue
        renamed = [c for c in _body_nouns_renaming(token) if c.i > token.i]
        if not renamed or not _comma_between(doc, token.i, renamed[0].i):
            continue
        start = token.i
        while (
            start > 0
            and doc[start - 1].dep_ == "compound"
            and doc[start - 1].is_title
            and doc[start - 1].is_alpha
            and not doc[start - 1].ent_type_
            and start - 1 not in covered
        ):
            start -= 1
        span = doc[start : token.i + 1]
        if len(span) < 2 or not any(t.tag_ == "NNP" for t in span) or not _good_name(span.text):
            continue
        if start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].is_title:
            continue  # "Shannon | Aero Leasing": the name runs on into one the model tagged
        found.append(_claimed_organization(span, sent_of, covered))
    return found


#: Small words a name may hold between the capitalised words its short form spells.
_SPELLING_LINKS = frozenset(["of", "and", "for", "the", "&"])
#: Labels of the kinds a spelled name may have.
_KIND_LABELS = {"Product": "PRODUCT", "Event": "EVENT", "Place": "FAC", "Organization": "ORG"}


def _names_spelled_by_their_short_form(
    doc: Doc, sent_of: list[int], skip, covered: set[int]
) -> list[Mention]:
    """ "the Southern African Large Telescope (SALT)": capitalised words the model left out of any
    name (it read "Southern African" as a nationality), right before a bracketed short form whose
    letters are their initials, are one name; its kind is its head word's (a telescope is a made
    thing), else an organisation's."""
    found = []
    for token in doc:
        short = token.text
        if not (token.is_upper and token.is_alpha and 3 <= len(short) <= 8) or skip(token.idx):
            continue
        if (
            token.i < 3
            or token.i + 1 >= len(doc)
            or doc[token.i - 1].text != "("
            or doc[token.i + 1].text != ")"
        ):
            continue
        end = token.i - 1
        start = end
        while (
            start > 0
            and start - 1 not in covered
            and (doc[start - 1].is_title or doc[start - 1].lower_ in _SPELLING_LINKS)
        ):
            start -= 1
            initials = "".join(t.text[0] for t in doc[start:end] if t.is_title)
            if doc[start].is_title and initials.upper() == short and len(initials) == len(short):
                break
        else:
            continue
        span = doc[start:end]
        if sent_of[start] != sent_of[end - 1]:
            continue
        last = span[-1].lower_
        kind = NAME_COMPLETIONS.get(last) or _kind_of_word(last) or "Organization"
        if kind == "Place" or kind not in _KIND_LABELS:
            continue  # (a place's name is the model's to find)
        covered.update(range(start, end))
        found.append(
            Mention(
                span.start_char,
                span.end_char,
                span.root.i,
                span.text,
                _KIND_LABELS[kind],
                kind,
                sent_of[start],
            )
        )
    return found


#: Kinds of organisation an apposition may name a short form by ("the UN mission", "the armed group").
_BODY_NOUNS = ORG_NOUNS | frozenset(
    ["mission", "force", "coalition", "alliance", "movement", "body", "operation"]
)


def _capitalised_run_start(doc: Doc, i: int, covered: set[int], joins) -> int:
    """Where the run of capitalised words before token ``i`` starts: words not yet in another name,
    each one that ``joins`` accepts (a proper noun, a compound of the next word)."""
    start = i
    while start > 0 and start - 1 not in covered and doc[start - 1].is_title and joins(doc[start - 1]):
        start -= 1
    return start


def _regions_the_model_missed(doc: Doc, sent_of: list[int], skip, covered: set[int]) -> list[Mention]:
    """A region the model left untagged: "the" and capitalised proper nouns right before a lower-case
    region noun ("the Ural region of Russia", "the Sahel region"); a nationality ("the Kurdish
    region") describes a region, it does not name one."""
    found = []
    for token in doc:
        if token.lower_ not in REGION_NOUNS or not token.is_lower or skip(token.idx):
            continue
        start = _capitalised_run_start(doc, token.i, covered, lambda t: t.pos_ == "PROPN")
        if start == token.i or start == 0 or doc[start - 1].lower_ != "the":
            continue
        span = doc[start : token.i]
        if any(gazetteer().demonym(t.text) for t in span) or not _good_name(span.text):
            continue
        covered.update(range(start, token.i))
        found.append(
            Mention(span.start_char, span.end_char, span.root.i, span.text, "LOC", "Place", sent_of[start])
        )
    return found


def _places_the_model_missed(doc: Doc, sent_of: list[int], skip, covered: set[int]) -> list[Mention]:
    """A place the model left untagged where only a place stands: capitalised proper nouns after
    "residents of", "the town of" and the like, the object of a verb of going or staying ("fled
    to X", "visited X"), or the possessor of a town's office ("Millbrook's mayor")."""
    found = []
    for token in doc:
        if token.i in covered or token.ent_type_ != "" or not token.is_title or skip(token.idx):
            continue
        subject = token.dep_ in ("nsubj", "nsubjpass")
        # (an unknown name opening a sentence may be tagged a common noun: "Marwick lies in ...")
        if token.pos_ != "PROPN" and not (subject and token.pos_ == "NOUN"):
            continue
        if token.dep_ not in ("pobj", "dobj", "poss", "conj", "compound") and not subject:
            continue
        head = token.head
        placed = (
            token.dep_ == "pobj"
            and head.lower_ == "of"
            and _singular(head.head.lower_) in PLACE_NOUNS | RESIDENT_NOUNS
            and head.head.pos_ == "NOUN"
        ) or (
            token.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPOSITIONS and head.head.lower_ in VISIT_VERBS
        )
        placed = placed or (token.dep_ == "dobj" and head.lower_ in VISIT_VERBS)
        # "Millbrook's first selectwoman": a town's office held (a possessive is no object)
        placed = placed or (token.dep_ == "poss" and head.lower_ in LOCAL_OFFICES and head.is_lower)
        # "Kirkwall, the capital of Orkney, ...", "Marwick is a small town", "Marwick lies in ..."
        placed = placed or (subject and _said_to_be_placed(token))
        # "the mayor of Villiers-sous-Bois": what an office of a town is "of"
        placed = placed or (token.dep_ == "pobj" and head.lower_ == "of" and _local_office_cue(token))
        start = _capitalised_run_start(doc, token.i, covered, lambda t: t.dep_ == "compound")
        end = _hyphen_linked_place_end(doc, token.i + 1) or token.i + 1
        if any(i in covered for i in range(token.i + 1, end)):
            end = token.i + 1
        span = doc[start:end]
        # "a mass shooting in Christchurch", "a clean room in Sagamihara": a town of the world's list
        # or a province after "in", "near" or "outside"
        listed = span.text in cities() or gazetteer().subdivision(span.text)
        placed = placed or (
            token.dep_ == "pobj"
            and head.lower_ in ("in", "near", "outside")
            and listed
            and not is_given_name(span[0].text)
        )
        # "between Leeds, York and Manchester": a listed town in a list of places; "the Christchurch
        # MP", "its busy Incheon routes": a listed town or province modifying a noun
        inside_name = start > 0 and (doc[start - 1].is_title or doc[start - 1].tag_ == "POS")
        placed = placed or (
            listed
            and not inside_name  # "a Daugava Farmers' Union MP": no town named Union
            and not is_given_name(span[0].text)
            and (
                (token.dep_ == "conj" and (head.ent_type_ in ("GPE", "LOC") or head.text in cities()))
                or (
                    token.dep_ == "compound"
                    and head.i == token.i + 1
                    and ((head.pos_ == "NOUN" and head.is_lower) or head.text in ("MP", "MPs"))
                )
            )
        )
        if not placed:
            continue
        if gazetteer().demonym(span.text) or not _good_name(span.text) or span.text.lower() in NOT_NAMES:
            continue
        covered.update(range(start, end))
        mention = Mention(span.start_char, span.end_char, token.i, span.text, "GPE", "Place", sent_of[start])
        mention.by_context = True  # its words say it is a place, even where it opens a sentence
        found.append(mention)
    return found


def _prefixed_places_the_model_missed(doc: Doc, sent_of: list[int], skip, covered: set[int]) -> list[Mention]:
    """A place named with a word only places' names open with (:data:`PLACE_ONLY_PREFIXES`) that the
    model left untagged: "Mount Ambrym erupted", "Lake Tarvik froze" (not "Mount Sinai Hospital", an
    institution)."""
    found = []
    for token in doc:
        if not _free_head(token, PLACE_ONLY_PREFIXES, covered, skip):
            continue
        end = token.i + 1
        while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" and not doc[end].ent_type_:
            end += 1
        if end == token.i + 1 or token.ent_type_ or any(i in covered for i in range(token.i, end)):
            continue
        span = doc[token.i : end]
        if _org_head(span.text) or not _good_name(span.text):
            continue
        covered.update(range(token.i, end))
        found.append(
            Mention(span.start_char, span.end_char, span.root.i, span.text, "LOC", "Place", sent_of[token.i])
        )
    return found


def _sources_the_model_missed(doc: Doc, sent_of: list[int], skip, covered: set[int]) -> list[Mention]:
    """A publication the model left untagged, named where only a medium stands: what findings are
    published in ("published Wednesday in Nature Astronomy"), or, written with "The", what someone
    told or what something is according to ("Ford told The Verge", "according to The Verge"); a
    person's name takes no "The"."""
    found = []
    for token in doc:
        if token.i in covered or token.ent_type_ not in ("", "WORK_OF_ART") or skip(token.idx):
            continue
        if token.pos_ != "PROPN" or not (token.is_title or _DOMAIN.match(token.text)):
            continue
        head = token.head
        published = token.dep_ == "pobj" and head.lower_ == "in" and head.head.lower_ in PUBLISHING_VERBS
        the = any(c.dep_ == "det" and c.text == "The" for c in token.children)
        told = token.dep_ in ("dobj", "dative") and head.lower_ in TELLING_VERBS
        according = token.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"
        reported = (
            token.dep_ == "pobj" and head.lower_ == "by" and _singular(head.head.lower_) in REPORT_NOUNS
        )
        if not (published or (the and (told or according or reported))):
            continue
        start = token.i
        while (
            start > 0
            and doc[start - 1].dep_ == "compound"
            and doc[start - 1].is_title
            and doc[start - 1].ent_type_ in ("", "WORK_OF_ART")
            and start - 1 not in covered
        ):
            start -= 1
        end = token.i + 1
        while (
            end < len(doc)
            and doc[end].is_title
            and doc[end].pos_ == "PROPN"
            and doc[end].ent_type_ in ("", "WORK_OF_ART")
            and end not in covered
        ):
            end += 1  # "in Nature | Botany": the parse may hang the name's last word apart
        span = doc[start:end]
        if not _good_name(span.text) or span.text.lower() in NOT_NAMES or gazetteer().demonym(span.text):
            continue
        found.append(_claimed_organization(span, sent_of, covered))
    return found


def _is_year(token) -> bool:
    return len(token.text) == 4 and token.text.isdigit() and token.text[:2] in ("19", "20")


def _dated_event_end(doc: Doc, year: int) -> int | None:
    """Where an event named with its year ends ("2019 Chicago Marathon", "2020 presidential
    election"): capitalised words, or election adjectives, ending in an event's head word."""
    end, last = year + 1, None
    while end < len(doc) and end - year <= 6:
        token = doc[end]
        if token.is_title or token.is_upper and token.is_alpha:
            pass
        elif (
            token.lower_ in STORM_WORDS
            and end - year > 1
            and end + 1 < len(doc)
            and doc[end + 1].lower_ == "season"
        ):
            return end + 2  # "the 2019 Atlantic hurricane season": a basin's season is a named event
        elif token.lower_ not in ELECTION_WORDS | VOTE_HEADS | {"elections"}:
            break
        end += 1
        if token.lower_ in EVENT_HEADS and token.is_title:
            last = end
        elif token.lower_ == "election" or (token.lower_ in ("elections", "referendum") and end - year > 2):
            last = end  # "the 2020 presidential election", "the 2016 election"; "the 2018 elections"
            # names no one election, "the 2016 referendum" no one referendum ("the 2014 independence
            # referendum" does)
    return last


def _dated_events(doc: Doc, mentions: list[Mention], sent_of: list[int], skip) -> list[Mention]:
    """A year right before a named event is part of its name ("the 2019 IAAF World Athletics
    Championships", "the 2003 London Marathon", "the 2020 presidential election"): one event, and no
    separate place or state inside it ("2020 United States presidential election")."""
    events = []
    for token in doc:
        # "the August 12 general election": an election named by its day
        dated_by_day = (
            token.lower_ in MONTH_NAMES
            and token.is_title
            and token.i + 1 < len(doc)
            and doc[token.i + 1].is_digit
            and len(doc[token.i + 1].text) <= 2
        )
        if not (_is_year(token) or dated_by_day) or skip(token.idx):
            continue
        after_day = token.i + 2 if dated_by_day and token.i + 2 < len(doc) else None
        if after_day is not None and after_day + 1 < len(doc) and _kind_word(doc[after_day]):
            after_day += 1  # "the September 11 suicide attacks"
        if (
            after_day is not None
            and doc[after_day].lower_ in HAPPENING_NOUNS
            and doc[after_day].tag_ == "NNS"
            and token.i > 0
            and doc[token.i - 1].lower_ == "the"
        ):
            # "the September 11 attacks", "the July 7 bombings": named by the day they befell people
            # ("the May 9 attack on a village" only says when one happened)
            span = doc[token.i : after_day + 1]
            events.append(
                Mention(
                    span.start_char, span.end_char, after_day, span.text, "EVENT", "Event", sent_of[token.i]
                )
            )
            continue
        end = _dated_event_end(doc, token.i + 1 if dated_by_day else token.i)
        if end is None or (dated_by_day and doc[end - 1].lower_ != "election"):
            continue
        span = doc[token.i : end]
        events.append(
            Mention(span.start_char, span.end_char, end - 1, span.text, "EVENT", "Event", sent_of[token.i])
        )
    if not events:
        return mentions
    return _starting_outside(mentions, [(e.start, e.end) for e in events]) + events


def _kind_word(token) -> bool:
    """A lower-case word saying what kind of happening follows ("suicide", "terrorist", "deadly")."""
    return (
        token.is_lower
        and token.is_alpha
        and token.tag_ in ("JJ", "NN")
        and token.lower_ not in HAPPENING_NOUNS
    )


def _relabel_named_events(doc: Doc) -> None:
    """An event's name the model labelled a law or a work ("the Algarve Marathon" as LAW, "the Berlin
    Film Festival" as WORK_OF_ART) is relabelled an event, by its head word
    (:data:`~graph.extract.constants.EVENT_HEADS`)."""
    ents = list(doc.ents)
    relabelled = [
        Span(doc, e.start, e.end, label="EVENT")
        if e.label_ in ("LAW", "WORK_OF_ART") and doc[e.end - 1].lower_ in EVENT_HEADS
        else e
        for e in ents
    ]
    if relabelled != ents:
        doc.ents = relabelled


def _named_happenings(doc: Doc, mentions: list[Mention], sent_of: list[int], skip) -> list[Mention]:
    """ "the Brumadinho disaster", "the Cambridge Analytica scandal": a name between "the" and a noun
    of what befell people (:data:`~graph.extract.constants.HAPPENING_NOUNS`) names, with the noun,
    one event; the name inside it is no separate actor there."""
    events = []
    for token in doc[2:]:
        if token.lower_ not in HAPPENING_NOUNS or not token.is_lower or skip(token.idx):
            continue
        start = token.i  # (a name may have capitals inside: "NotPetya")
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
            start -= 1
        opener = start - 1
        if opener > 0 and _YEAR.match(doc[opener].text):
            opener -= 1  # "the 2017 NotPetya attack": the year says when, the name which
        if start == token.i or start == 0 or doc[opener].lower_ != "the":
            continue
        span = doc[start : token.i + 1]
        if gazetteer().demonym(span[0].text) or gazetteer().country(span[:-1].text):
            continue  # "the Syrian attacks", "the US bombing": whose, not which
        events.append(
            Mention(span.start_char, span.end_char, token.i, span.text, "EVENT", "Event", sent_of[start])
        )
    return _starting_outside(mentions, [(e.start, e.end) for e in events]) + events


def _by_elections(doc: Doc, mentions: list[Mention], sent_of: list[int], skip) -> list[Mention]:
    """A by-election is named by the seat it fills ("the Whanganui by-election", "the Harrowden and
    Leys by-election"): one event, with no separate place or person for the seat's words inside."""
    events = []
    for token in doc[1:-2]:
        if token.lower_ != "by" or doc[token.i + 1].text != "-" or doc[token.i + 2].lower_ != "election":
            continue
        start = token.i
        while start > 0 and (
            doc[start - 1].pos_ == "PROPN"
            or (doc[start - 1].lower_ == "and" and start > 1 and doc[start - 2].pos_ == "PROPN")
        ):
            start -= 1
        if start == token.i or skip(doc[start].idx):
            continue
        span = doc[start : token.i + 3]
        events.append(
            Mention(span.start_char, span.end_char, token.i + 2, span.text, "EVENT", "Event", sent_of[start])
        )
    return _starting_outside(mentions, [(e.start, e.end) for e in events]) + events


def _is_award(span) -> bool:
    """The name of an award or decoration ("National Medal of Chemistry", "Nobel Peace Prize",
    "Legion of Honour"): not an actor, unless a body is named after it ("Nobel Prize Committee")."""
    words = [t.lower_ for t in span if t.is_title]
    return (
        len(span) > 1
        and any(w in AWARD_WORDS for w in words)
        and span[-1].lower_ not in ORG_HEADS
        and (span[-1].lower_ not in ("honour", "honor") or span[-2].lower_ == "of")
    )


def _good_name(text: str) -> bool:
    """A name an actor can have: two letters or more (or a well-known one, "G7"), not a clock word."""
    if text in known_actors():
        return True
    letters = [c for c in text if c.isalpha()]
    return (
        len(letters) >= 2
        and any(c.isupper() for c in letters)
        and text not in TIME_ZONES
        and text not in CLOCK_WORDS
        and not any(c in text for c in "[]{}<>|@#")
        and _STANCE_PREFIX.match(text) is None
        and _CASE_NAME.search(text) is None
    )


#: A court case's name is no actor's (docs/annotation.md): "Cascade Mail Pharmacy v. Tolliver",
#: "Roe vs. Wade"; the parties it names are actors where the article names them.
_CASE_NAME = re.compile(r"\S\s+(?:v|vs)\.?\s+[A-Z]")
#: A stance on a name is no name: "anti-Brexit", "pro-Democracy", "non-Latino" (words, not actors).
_STANCE_PREFIX = re.compile(r"(?:anti|pro|non)-\S+$", re.IGNORECASE)


def _after_stance_prefix(doc: Doc, i: int) -> bool:
    """The token at ``i`` comes right after "anti-", "pro-" or "non-" written onto it ("Anti-|Brexit")."""
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return False
    return doc[i - 2].lower_ in ("anti", "pro", "non")


def find_mentions(doc: Doc, sent_of: list[int], skip: callable) -> list[Mention]:
    """Actor mentions in ``doc``; ``skip(char_offset)`` says where not to look (headings).

    ``sent_of[i]`` is the sentence index of token ``i``.
    """
    gaz = gazetteer()
    _relabel_named_events(doc)
    mentions: list[Mention] = []
    covered: set[int] = set()
    people = {
        ent.start: _whole_person_name(doc, ent.start, ent.end) for ent in doc.ents if ent.label_ == "PERSON"
    }
    for ship in _ships(doc, skip):
        covered.update(range(ship.start, ship.end))
        mentions.append(
            Mention(
                ship.start_char,
                ship.end_char,
                ship.root.i,
                ship.text,
                "PRODUCT",
                "Product",
                sent_of[ship.start],
            )
        )
    text = doc.text  # spaCy builds it anew on each access
    for court in _courts(doc, text, skip):
        covered.update(range(court.start, court.end))
        where = (court.start_char, court.end_char, court.root.i)
        mentions.append(Mention(*where, court.text, "ORG", "Organization", sent_of[court.start]))
    for office in _offices_named_by_holder(doc, skip):
        covered.update(range(office.start, office.end))
        where = (office.start_char, office.end_char, office.root.i)
        mentions.append(Mention(*where, office.text, "ORG", "Organization", sent_of[office.start]))
    for flight, airline in _flights(doc, text, skip):
        covered.update(range(flight.start, flight.end))
        where = (flight.start_char, flight.end_char, flight.root.i)
        mentions.append(Mention(*where, flight.text, "EVENT", "Event", sent_of[flight.start]))
        # The airline is named too, inside its flight's name (the mentions overlap).
        where = (airline.start_char, airline.end_char, airline.root.i)
        mentions.append(Mention(*where, airline.text, "ORG", "Organization", sent_of[airline.start]))
    inside = _capitalised_inside(doc)
    # the words a later name's bracketed short form spells are that name's ("The Higher Education
    # Loans | and Scholarships Board (HELSB)"), not a name of their own
    spelled_starts = {
        ent.start: first for ent in doc.ents if (first := _start_spelled_by_short_form(doc, ent)) is not None
    }
    spelled = {i for end, first in spelled_starts.items() for i in range(first, end)}
    for ent in doc.ents:
        if ent.label_ not in LABEL_KINDS or skip(ent.start_char) or ent.end - 1 in spelled:
            continue
        if _STANCE_PREFIX.match(ent.text) or _after_stance_prefix(doc, ent.start):
            covered.update(range(ent.start, ent.end))
            continue  # "Anti-Brexit protesters": a stance, and no name inside it either
        if ent.start in covered or (ent.end - 1) in covered:
            continue  # taken into the name before it ("High Court of England and Wales"), or a ship's
        if _road_name_opening(doc, ent):
            continue  # "Nairobi" of "the Nairobi–Nakuru Highway": the road's name takes it in
        inside_a_person = any(
            s <= ent.start and ent.end <= e and (ent.label_ != "PERSON" or key != ent.start)
            for key, (s, e) in people.items()
        )
        after_a_model = ent.start > 0 and _MODEL_NUMBER.match(doc[ent.start - 1].text) is not None
        if len(ent) == 1 and ent.text.lower() in MODEL_VARIANTS and after_a_model:
            continue  # "its 737 Max fleet": a model's variant, not a person called Max
        if inside_a_person:
            # a piece of a person's name the model labelled apart ("Arnel" of "Arnel dela Vega",
            # "Jr." of "Cyrus R. Vance, Jr.")
            continue
        if _inside_a_title(doc, ent):
            continue  # "Chief Cabinet Secretary X": a title's middle word, no body named
        ent_start = spelled_starts.get(ent.start)
        ent_start = _joined_start(doc, ent) if ent_start is None else ent_start
        title = doc[ent_start - 1] if ent_start > 0 else None
        if ent.label_ == "PERSON" and title is not None and title.lower_ in ROYAL_TITLES and title.is_title:
            ent_start -= 1  # "Queen Elizabeth II": the model leaves the title out
        ent_end = _joined_end(doc, ent)
        hyphen_end = _hyphen_linked_place_end(doc, ent.end)
        hyphen_start = _hyphen_linked_place_start(doc, ent.start)
        if hyphen_start is not None and not any(i in covered for i in range(hyphen_start, ent.start)):
            ent_start = min(ent_start, hyphen_start)  # "Villiers-sous- | Bois": the town's whole name
        else:
            hyphen_start = None
        war_number = doc[ent_end : ent_end + 1].text
        if doc[max(ent_start, ent_end - 2) : ent_end].text == "World War" and war_number in WORLD_WAR_NUMBERS:
            # "Australian World War | I soldiers": the war's whole name, not the soldiers' nationality
            ent_start, ent_end = ent_end - 2, ent_end + 1
        if (
            ent_end - ent_start == 2
            and doc[ent_start].lower_ in STORM_WORDS
            and _crew_nickname(doc[ent_start + 1])
        ):
            continue  # "Hurricane Hunters": a crew's nickname, not a storm nor anyone's name
        storm_start = _storm_start(doc, ent_start, ent_end)
        if storm_start is not None:
            # "Tropical Storm Barry": the storm's words and its given name are one event
            covered.update(range(storm_start, ent_end))
            start, end = _strip_span(doc, storm_start, ent_end, "EVENT")
            mentions.extend(_mentions_of_span(doc[start:end], "EVENT", sent_of, gaz))
            continue
        if ent.label_ == "PERSON":
            # (past a particle the model ended on: "San Gabriel de | las Flores")
            # (or a head-first organisation's name it took for a person's: "Asociación Minga | por la Vida")
            particle = doc[ent.end - 1].is_lower and doc[ent.end - 1].lower_ in PLACE_PARTICLES
            particle = particle or doc[ent.start].lower_ in FOREIGN_ORG_HEADS
            particle = particle or hyphen_end is not None  # "Boulogne-sur-Mer"
            whole_end = max(ent_end, people[ent.start][1]) if particle else people[ent.start][1]
            ent_start, ent_end = min(ent_start, people[ent.start][0]), whole_end
        ent_label = _label_of_joined_start(doc, ent_start, ent) if ent_start < ent.start else ent.label_
        if (hyphen_end == ent_end or hyphen_start == ent_start) and ent.label_ in (
            "PERSON",
            "PRODUCT",
            "WORK_OF_ART",
        ):
            ent_label = "GPE"  # "Boulogne-sur-Mer": no person's name
        elif hyphen_start == ent_start:
            ent_label = ent.label_
        if ent.start in spelled_starts and ent.label_ == "PERSON":
            # "West African Large Telescope (WALT)": a short form spells no person's name; its head
            # word says its kind, as for a name the model missed (_names_spelled_by_their_short_form)
            last = doc[ent.end - 1].lower_
            kind = NAME_COMPLETIONS.get(last) or _kind_of_word(last) or "Organization"
            ent_label = _KIND_LABELS.get(kind, "ORG")
        cut = _office_holder_cut(doc, ent_start, ent_end)
        pieces = [
            (p_start, p_end, "PERSON" if cut is not None and p_start >= cut else ent_label)
            for p_start, p_end in _split_possessive(doc, ent_start, ent_end if cut is None else cut)
            + ([(cut, ent_end)] if cut is not None else [])
        ]
        pieces = [piece for whole in pieces for piece in _split_at_in(doc, *whole, gaz)]
        pieces = [piece for whole in pieces for piece in _split_at_comma(doc, *whole, gaz)]
        pieces = [piece for whole in pieces for piece in _split_at_and(doc, *whole)]
        pieces = [piece for whole in pieces for piece in _split_after_the_told(doc, text, *whole)]
        if cut is not None and ent.label_ == "PERSON":
            pieces[0] = (pieces[0][0], pieces[0][1], "ORG")
        if cut is not None and _governs_a_territory(doc, ent_start):
            # "First Minister of Scotland | Nicola Sturgeon": the office's territory is a place
            pieces = [
                (s, e, "GPE" if e <= cut and not _org_head(doc[s:e].text) else lab) for s, e, lab in pieces
            ]
        for p_start, p_end, p_label in pieces:
            if _opening_word(doc, p_start, p_end, inside):
                p_start += 1
            start, end = _strip_span(doc, p_start, p_end, p_label)
            if start >= end:
                continue
            label = _known_label(doc[start:end].text, p_label)
            misread = _known_name_misread(doc, text, start, end)
            if misread is not None:
                start, end, label = misread
            end, label = _linked_name_end(doc, start, end, label)
            completion = _completion(doc, end, label)
            if completion:
                end, label = completion
            span = doc[start:end]
            covered.update(range(start, end))
            mentions.extend(_mentions_of_span(span, label, sent_of, gaz))
    # States and well-known actors the model missed or mislabelled ("China-U.S." in a compound).
    for token in doc:
        # (a name in camel case, or with a digit first, opens in no capital: "beIN Sports", "3M")
        camel = not token.text[:1].isupper() and any(c.isupper() for c in token.text[1:])
        if token.i in covered or skip(token.idx) or not (token.text[:1].isupper() or camel):
            continue
        known = _known_the_model_missed(doc, text, token, sent_of)
        if known is not None and not covered.intersection(known.token_indices(doc)):
            covered.update(known.token_indices(doc))
            mentions.append(known)
            continue
        for m in _country_parts(token, sent_of, gaz, single_ok=token.text not in AMBIGUOUS_STATES):
            mentions.append(m)
    mentions.extend(_storms_the_model_missed(doc, sent_of, skip, covered))
    mentions.extend(_media_the_model_missed(doc, sent_of, skip, covered))
    mentions.extend(_sources_the_model_missed(doc, sent_of, skip, covered))
    mentions.extend(_bodies_before_their_spokespeople(doc, sent_of, skip, covered))
    mentions.extend(_bodies_read_as_peoples(doc, sent_of, skip, covered))
    mentions.extend(_bodies_of_places_the_model_missed(doc, sent_of, skip, covered))
    mentions.extend(_bodies_the_model_missed(doc, sent_of, skip, covered))
    mentions.extend(_short_forms_the_model_missed(doc, sent_of, skip, covered))
    mentions.extend(_names_renamed_as_bodies(doc, sent_of, skip, covered))
    mentions.extend(_made_things_named_by_their_noun(doc, sent_of, skip, covered))
    mentions.extend(_employers_the_model_missed(doc, sent_of, skip, covered))
    mentions.extend(_parties_named_before_party(doc, sent_of, skip, covered))
    mentions.extend(_names_spelled_by_their_short_form(doc, sent_of, skip, covered))
    mentions.extend(_companies_the_model_missed(doc, sent_of, skip, covered))
    mentions.extend(_clubs_the_model_missed(doc, sent_of, skip, covered))
    mentions.extend(_names_after_body_nouns(doc, sent_of, skip, covered))
    mentions.extend(_ships_the_model_missed(doc, sent_of, skip, covered))
    mentions.extend(_medicines_by_their_stem(doc, sent_of, skip, covered))
    mentions.extend(_regions_the_model_missed(doc, sent_of, skip, covered))
    mentions.extend(_places_the_model_missed(doc, sent_of, skip, covered))
    mentions.extend(_prefixed_places_the_model_missed(doc, sent_of, skip, covered))
    mentions.extend(_head_first_bodies_the_model_missed(doc, sent_of, skip, covered))
    mentions.extend(_institutions(doc, sent_of, skip, gaz))
    mentions.extend(_speakers_the_model_missed(doc, sent_of, skip, covered))
    mentions.extend(_people_the_model_missed(doc, sent_of, skip, covered))
    mentions.extend(_names_on_their_own_lines(doc, sent_of, skip, covered))
    mentions.extend(_employers_before_a_role(doc, sent_of, skip, covered))
    _people_in_apposition_the_model_missed(doc, mentions, sent_of, skip)
    mentions.extend(_surnames_the_model_missed(doc, mentions, sent_of, skip))
    mentions.extend(_owners_before_a_dash(doc, sent_of, skip, covered))
    mentions = _names_around_nicknames(doc, mentions, sent_of)
    mentions = _people_cut_as_places(doc, mentions)
    _titled_surnames(doc, mentions)
    _people_by_role(doc, mentions)
    _places_before_an_office(doc, mentions)
    _national_branches_of_known_bodies(mentions)
    _employers_the_model_took_for_people(doc, mentions)
    _bodies_described_by_which(doc, mentions)
    _kinds_by_noun(doc, mentions)
    _people_known_as(doc, mentions)
    _people_with_particles_by_who(doc, mentions)
    _publications_read_as_places(doc, mentions)
    mentions = _factions_in_brackets(doc, mentions)
    mentions = _bracketed_short_forms(doc, mentions, sent_of)
    mentions = _national_bodies(doc, mentions, sent_of)
    mentions = _church_districts(doc, mentions)
    _institutions_by_role(doc, mentions)
    mentions.extend(_bodies_by_head_word_before_a_title(doc, mentions, sent_of, skip))
    mentions = _without_works(doc, mentions)
    mentions = _without_genera(doc, mentions)
    _numbered_bodies(doc, mentions)
    _birth_names(doc, mentions)
    mentions = _shared_surnames(doc, mentions, sent_of)
    mentions = _names_cut_short(doc, mentions)
    _given_names_left_out(doc, mentions)
    mentions = _given_names_read_as_places(doc, mentions)
    mentions = _shortened_given_names(doc, mentions)
    _names_given_as(doc, mentions)
    _given_names_read_as_words(doc, mentions, skip)
    _surnames_left_out(doc, mentions)
    _given_names_listed_with_people(doc, mentions)
    mentions = _groups_named_before_their_noun(doc, mentions, sent_of)
    _kinds_from_context(doc, mentions, sent_of)
    _acronyms_read_as_people(mentions)
    _article_first_names_read_as_people(doc, mentions)
    _us_states_among_states(doc, mentions)
    mentions = _dated_events(doc, mentions, sent_of, skip)
    mentions = _by_elections(doc, mentions, sent_of, skip)
    mentions = _named_happenings(doc, mentions, sent_of, skip)
    mentions = _without_inhabitants(doc, mentions)
    mentions = _without_common_acronyms(doc, mentions)
    mentions = _without_beliefs_families_pairings_or_scales(doc, mentions)
    mentions = _without_capitalised_words(doc, mentions, inside)
    mentions = _without_credits(doc, mentions)
    mentions = _without_portfolios(doc, mentions)
    mentions = [m for m in mentions if not _lone_title(m)]
    mentions = _without_interview_labels(doc, mentions)
    mentions = _without_foreign_renderings(doc, mentions)
    _without_postnominal_letters(mentions)
    known = known_actors()
    for m in mentions:
        m.known = None if m.country else known.get(m.text)
    _places_by_name(doc, mentions, gaz)
    mentions = _without_unsupported_lone_names(doc, mentions)
    mentions = [m for m in mentions if m.text.lower() not in DISEASE_NAMES]
    mentions.sort(key=lambda m: m.start)
    return mentions


def _names_around_nicknames(doc: Doc, mentions: list[Mention], sent_of: list[int]) -> list[Mention]:
    """'Rogelio "Jun" Bautista Jr.', 'Thomas "Tip" Walsh': a nickname in quotation marks inside a
    person's name. The name is the words around it (the nickname is no part of it: the annotation
    rules name the person so), one mention over the whole, whatever the model cut. A person's by a
    listed given name first, or by the model's reading of a word of it."""
    found = []
    i = 1
    while i < len(doc) - 3:
        # (curly quotation marks are straight by now: graph.extract.clean)
        if doc[i].text != '"' or not doc[i - 1].is_title:
            i += 1
            continue
        close = i + 1
        while close < len(doc) and close - i <= 3 and doc[close].is_title:
            close += 1
        if close == i + 1 or close >= len(doc) - 1 or doc[close].text != '"':
            i += 1
            continue
        start = i
        while start > 0 and i - start < 3 and doc[start - 1].is_title and doc[start - 1].is_alpha:
            if doc[start - 1].lower_ in HONORIFICS | PERSON_TITLES | ROLE_WORDS:
                break
            start -= 1
        end = close + 1
        while end < len(doc) and end - close <= 4:
            word = doc[end]
            if (
                word.is_title
                and word.is_alpha
                or word.text in NAME_SUFFIXES
                or (
                    word.is_lower
                    and word.lower_ in NAME_PARTICLES
                    and end + 1 < len(doc)
                    and doc[end + 1].is_title
                )
            ):
                end += 1
            else:
                break
        given, surname = doc[start:i], doc[close + 1 : end]
        personal = is_given_name(given[0].text) if len(given) else False
        personal = personal or any(t.ent_type_ == "PERSON" for t in [*given, *surname])
        if not len(given) or not len(surname) or not personal or sent_of[start] != sent_of[end - 1]:
            i = close + 1
            continue
        name = f"{given.text} {surname.text}"
        found.append(
            Mention(
                doc[start].idx, surname.end_char, surname.root.i, name, "PERSON", "Person", sent_of[start]
            )
        )
        i = end
    if not found:
        return mentions
    spans = [(m.start, m.end) for m in found]
    kept = [m for m in mentions if not any(s < m.end and m.start < e for s, e in spans)]
    return sorted(kept + found, key=lambda m: m.start)


def _without_postnominal_letters(mentions: list[Mention]) -> None:
    """A person's name loses the letters written after it ("Kessling's barrister, Gideon Marr SC,":
    an organisation's name to the model, a person's by the apposition), as a name the model read as
    a person's does when it is first found."""
    for m in mentions:
        words = m.text.split()
        if m.kind == "Person" and len(words) > 2 and words[-1].rstrip(".") in POSTNOMINAL_LETTERS:
            m.text = " ".join(words[:-1])


def _places_by_name(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """A name that is a state's province or region (ISO 3166-2: "Bulacan", "Norte de Santander",
    "Kisumu") or a town of 50,000 people or more (:func:`cities`: "Odense") is a place when the model
    called it a person or an organisation with nothing around it saying so; not a given name
    ("Mary"), a word the article also writes in lower case ("Centre"), a name a title or role word
    stands before, nor a city's name the sentence treats as a person's."""
    lower_words = {t.lower_ for t in doc if t.is_lower}
    for m in mentions:
        if m.known or m.country or m.by_context or m.kind not in ("Person", "Organization"):
            continue
        words = m.text.split()
        if is_given_name(words[0]) or m.text.lower() in lower_words:
            continue
        city = m.text in cities() and not _person_evidence(doc, m)
        if not (gaz.subdivision(m.text) or city):
            continue
        first = m.start_token(doc)
        before = doc[first - 1] if first > 0 else None
        if before is not None and (before.lower_ in PERSON_ROLES or before.lower_.rstrip(".") in HONORIFICS):
            continue
        m.kind, m.label = "Place", "GPE"


def _without_unsupported_lone_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A one-word name the model calls a person, but that no sentence treats as one, is not an actor:
    news introduces a person by full name, title or role, so a lone word that is no given name, no
    word of a person's full name in the article, never follows a title or role, never speaks and is
    never described ("Turnout", "Charizard", "Kempsey") is the model's guess at a capitalised word,
    as often a town or a firm as a person. Well-known actors and kinds set by context stay."""
    words_of_people = {
        w for m in mentions if m.kind == "Person" and len(m.text.split()) > 1 for w in m.text.split()
    }
    by_text: dict[str, list[Mention]] = {}
    for m in mentions:
        by_text.setdefault(m.text, []).append(m)
    unsupported = set()
    article = doc.text  # spaCy builds it anew on each access
    for text, group in by_text.items():
        if len(text.split()) != 1 or text in words_of_people or is_given_name(text):
            continue
        if f"({text})" in article:
            continue  # a short form defined in brackets ("the National Search and Rescue Agency (Basarnas)")
        if any(m.kind != "Person" or m.by_context or m.known or m.country for m in group):
            continue
        if not any(_person_evidence(doc, m) for m in group):
            unsupported.add(text)
    return [m for m in mentions if m.text not in unsupported]


#: Nouns whose owner or modifier is a person: an administration, a call or a wife.
_PERSONS_NOUNS = GOVERNMENT_NOUNS | OFFICES | MEET_NOUNS | PERSON_NOUNS


def _person_evidence(doc: Doc, m: Mention) -> bool:
    """The words around the mention treat it as a person's: a title, role or honorific before it
    ("Mr Kehoe", "coach Haugland", "a man named Wong"), a description in apposition ("his mother,
    Anwar"; "Wong, 23,"), a relative "who", or a speaking verb it is the subject of."""
    token = doc[m.root]
    first = m.start_token(doc)
    before = doc[first - 1].lower_.rstrip(".") if first > 0 else ""
    if before in HONORIFICS | PERSON_TITLES | ROLE_WORDS | OCCUPATIONS | EXTRA_TITLES | {"named", "called"}:
        return True
    if token.dep_ == "appos" and token.head.pos_ in ("NOUN", "PRON"):
        return True
    if token.dep_ in ("compound", "poss") and token.head.lower_ in _PERSONS_NOUNS:
        return True  # "the Trump administration", "Moreau's call with ...", "Jensen's wife"
    end = m.end_token(doc)
    after = doc[end : end + 2].text
    if after.startswith("et al"):
        return True  # "Karlsen et al. argue"
    if token.dep_ == "nsubj" and token.head.lemma_ == "be":
        # "Chirac was mayor of Paris"
        attributes = (c for c in token.head.children if c.dep_ == "attr")
        if any(c.lower_ in ROLE_WORDS | OCCUPATIONS | PERSON_NOUNS for c in attributes):
            return True
    if any(c.dep_ in ("appos", "relcl") and c.pos_ in ("NOUN", "NUM", "VERB", "AUX") for c in token.children):
        return True
    return token.dep_ in SUBJECT_DEPS and token.head.lower_ in SPEECH_VERBS


def _groups_named_before_their_noun(doc: Doc, mentions: list[Mention], sent_of: list[int]) -> list[Mention]:
    """ "the Jamaah Ansharut Daulah network", "the Abu Sayyaf group": the capitalised words between
    "the" and a group noun are one organisation's name, however the model cut or labelled them (a
    place's or a state's name before the noun stays a place: "the Hong Kong group")."""
    gaz = gazetteer()
    owner = {i: m for m in mentions for i in m.token_indices(doc)}
    added: list[Mention] = []
    gone: set[int] = set()
    for noun in doc:
        if noun.lower_ not in GROUP_NOUNS or noun.pos_ != "NOUN" or noun.i < 2:
            continue
        start = noun.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
            start -= 1
        if start == noun.i or doc[start - 1].lower_ != "the":
            continue
        words = doc[start : noun.i]
        pieces = {id(owner[i]): owner[i] for i in range(start, noun.i) if i in owner}
        if not pieces or any(
            p.start_token(doc) < start or p.end_token(doc) > noun.i for p in pieces.values()
        ):
            continue  # a name the model did not see at all, or one running past the noun
        if gaz.country(words.text) or gaz.subdivision(words.text):
            continue
        if any(p.kind in ("Country", "Place", "Event") or p.country for p in pieces.values()):
            continue
        only = next(iter(pieces.values())) if len(pieces) == 1 else None
        if only is not None and only.kind == "Organization":
            continue  # the model's own organisation, already whole
        if only is not None and only.kind == "Person" and _opens_with_given_name(only.text):
            continue  # "the Karl Jensen group": a person's team, named after them
        gone.update(pieces)
        where = (words.start_char, words.end_char, words.root.i)
        added.append(Mention(*where, words.text, "ORG", "Organization", sent_of[start], by_context=True))
    return [m for m in mentions if id(m) not in gone] + added


def _given_names_left_out(doc: Doc, mentions: list[Mention]) -> None:
    """A person's one-word name right after a capitalised given name nobody else's name holds takes
    it in: "Anders | Lie, a professor", where the tagger took "Anders" for a common noun (the German
    word) at the sentence's start."""
    covered = {i for m in mentions for i in m.token_indices(doc)}
    for m in mentions:
        first = m.start_token(doc)
        if m.kind != "Person" or len(m.text.split()) != 1 or first == 0:
            continue
        given = doc[first - 1]
        if (
            given.i in covered
            or not given.is_title
            or not given.is_alpha
            or given.whitespace_ != " "
            or given.pos_ not in ("NOUN", "PROPN", "ADJ")
            or given.ent_type_
            or not is_given_name(given.text)
            or given.lower_.rstrip(".") in HONORIFICS | PERSON_TITLES | ROLE_WORDS
        ):
            continue
        span = doc[given.i : m.end_token(doc)]
        m.start, m.text = span.start_char, span.text
        covered.add(given.i)


def _given_names_read_as_places(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Marta | Ventura Lopes": a given name the model took for a place, right before the rest of a
    person's name, is the person's (not a place the world knows: "Paris | Hilton" stays apart)."""
    places = {m.end_token(doc): m for m in mentions if m.kind == "Place" and not m.country and not m.known}
    dropped = set()
    for m in mentions:
        first = m.start_token(doc)
        place = places.get(first)
        if m.kind != "Person" or place is None or len(place.text.split()) != 1 or first == 0:
            continue
        given = doc[first - 1]
        if (
            given.whitespace_ != " "
            or not is_given_name(given.text)
            or place.text in cities()
            or gazetteer().subdivision(place.text)
            or known_actors().get(place.text) is not None
        ):
            continue
        m.start, m.text = place.start, doc.text[place.start : m.end]
        dropped.add(id(place))
    return [m for m in mentions if id(m) not in dropped]


def _shortened_given_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Ma. | Cristina Reyes", "Md. | Abdul Karim": a given name written shortened with a full stop
    (:data:`GIVEN_NAME_ABBREVIATIONS`) right before a person's name is the name's first word, whatever
    the model made of it ("Md." is Maryland to it)."""
    widened, spans = [], []
    for m in mentions:
        first = m.start_token(doc)
        if m.kind != "Person" or first == 0:
            continue
        before = doc[first - 1]
        if before.text.endswith(".") and before.text[:-1] in GIVEN_NAME_ABBREVIATIONS:
            opening = first - 1  # "Md." one token
        elif first > 1 and before.text == "." and not doc[first - 2].whitespace_:
            opening = first - 2 if doc[first - 2].text in GIVEN_NAME_ABBREVIATIONS else None  # "Ma" "."
        else:
            opening = None
        if opening is None or not before.whitespace_:
            continue
        if opening > 0 and doc[opening - 1].text == ",":
            continue  # (not "Baltimore, Md. | John Smith": a state's short form after its town)
        spans.append((doc[opening].idx, m.start))
        widened.append(m)
        m.start = doc[opening].idx
        m.text = doc.text[m.start : m.end]
    return _starting_outside(mentions, spans, keep=widened)


#: Tags of words written in lower case but for a sentence's start (the function words but for
#: conjunctions and wh-words, and verbs): capitalised inside a sentence right before a person's name,
#: such a word is the name's first ("Than Htike Oo", "Saw Htoo Lwin", "Per Kristian Haugen").
_LOWER_CASE_TAGS = _FUNCTION_TAGS - {"CC", "WDT"} | {"VB", "VBD", "VBN", "VBZ", "VBP"}


def _given_names_read_as_words(doc: Doc, mentions: list[Mention], skip) -> None:
    """A person's given name that is also an English word ("Than", "Saw", "Per"), capitalised inside
    a sentence right before the rest of the name: the model and the parser read the word, but inside
    a sentence only a name keeps its capital there."""
    starts = {m.start_token(doc) for m in mentions}
    for m in mentions:
        first = m.start_token(doc)
        if m.kind != "Person" or len(m.text.split()) < 2 or first < 2:
            continue
        word = doc[first - 1]
        if (
            word.tag_ not in _LOWER_CASE_TAGS
            or word.lower_ == "the"
            or not (word.is_title and word.is_alpha and len(word) > 1)
            or not word.whitespace_
            or word.is_sent_start
            or (doc[first - 2].is_punct and doc[first - 2].text != ",")  # not after a quote or a colon
            or first - 1 in starts
            or skip(word.idx)
        ):
            continue
        m.start, m.text = word.idx, doc.text[word.idx : m.end]


def _names_given_as(doc: Doc, mentions: list[Mention]) -> None:
    """A name someone "gave" or "identified" themselves "as" ("who gave his name only as Mihai") is a
    person's, whatever the model took it for (here a town)."""
    for m in mentions:
        first = m.start_token(doc)
        if m.kind == "Person" or m.country or first == 0 or doc[first - 1].lower_ != "as":
            continue
        verb = doc[first - 1].head
        if verb.lower_ in NAME_GIVING_VERBS and len(m.text.split()) <= 3:
            m.kind, m.label, m.by_context = "Person", "PERSON", True


def _given_names_listed_with_people(doc: Doc, mentions: list[Mention]) -> None:
    """A one-word given name the model took for a place or a body is a person where it is listed
    with people ("survived by two sons, Stanislaus and Christopher", "four daughters, Nadine, Ashley
    and Toni"): a list names things of one kind. Not a town of the gazetteer, nor a name the model
    read as a state or that a cue around it typed."""
    people = {m.root for m in mentions if m.kind == "Person"}
    if not people:
        return
    for m in mentions:
        words = m.text.split()
        if len(words) != 1 or m.kind not in ("Place", "Organization") or m.country or m.known:
            continue
        if m.by_context or not is_given_name(words[0]) or words[0] in cities():
            continue
        top = doc[m.root]
        while top.dep_ == "conj":
            top = top.head
        if top.dep_ == "appos" and top.head.pos_ == "NOUN" and not _person_noun(top.head):
            continue  # "the state news firm Saba and al-Eryani": the noun says what it is
        if ({top.i} | _conj_chain(top)) - {m.root} & people:
            m.kind, m.label, m.by_context = "Person", "PERSON", True


def _surnames_left_out(doc: Doc, mentions: list[Mention]) -> None:
    """A given name the model tagged alone, right before a capitalised word it left untagged, is a
    person's name with its surname: "financial adviser Gregory | Pallister", where the model took
    "Gregory" for an organisation and missed "Pallister"."""
    covered = {i for m in mentions for i in m.token_indices(doc)}
    for m in mentions:
        words = m.text.split()
        if len(words) != 1 or m.country or m.known or not is_given_name(words[0]):
            continue
        end = m.end_token(doc)
        if end >= len(doc) or end in covered or doc[m.start_token(doc)].whitespace_ != " ":
            continue
        surname = doc[end]
        if not (surname.is_title and surname.is_alpha and surname.pos_ == "PROPN") or surname.ent_type_:
            continue
        if surname.lower_ in ORG_HEADS | PLACE_HEADS or is_given_name(surname.text):
            continue
        m.end, m.text = surname.idx + len(surname.text), f"{m.text} {surname.text}"
        m.kind, m.label, m.root = "Person", "PERSON", surname.i
        covered.add(surname.i)


def _names_cut_short(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A name the model cut short or cut in two where the article writes it whole, as it names it
    elsewhere ("at Punta | Tombo" read as "Punta" and "Tombo" where "Punta Tombo" is named in full):
    the first piece takes the capitalised words written around it and the whole name's label and
    kind, and the other pieces go. Only a name of two or more words the article names elsewhere
    completes one."""
    whole = {m.text: m for m in mentions if len(m.text.split()) > 1}
    if not whole:
        return mentions
    owner = {i: m for m in mentions for i in m.token_indices(doc)}
    longest = max(len(text.split()) for text in whole)
    gone: set[int] = set()
    for m in mentions:
        if id(m) in gone:
            continue
        first, end = m.start_token(doc), m.end_token(doc)
        best = None
        for before in range(longest):
            for after in range(longest - before):
                s, e = first - before, end + after
                if (not before and not after) or s < 0 or e > len(doc):
                    continue
                added = [*range(s, first), *range(end, e)]
                if any(not doc[i].is_title or doc[i].pos_ != "PROPN" for i in added):
                    continue
                pieces = {id(owner[i]): owner[i] for i in added if i in owner and owner[i] is not m}
                if any(p.start_token(doc) < s or p.end_token(doc) > e for p in pieces.values()):
                    continue  # a neighbour's name runs on past the whole name
                other = whole.get(doc[s:e].text)
                if other is not None and (best is None or e - s > best[1] - best[0]):
                    best = (s, e, other, pieces)
        if best is None:
            continue
        s, e, other, pieces = best
        span = doc[s:e]
        m.start, m.end, m.root, m.text = span.start_char, span.end_char, span.root.i, span.text
        m.label, m.kind, m.country = other.label, other.kind, other.country
        gone.update(pieces)
        owner.update(dict.fromkeys(range(s, e), m))
    return [m for m in mentions if id(m) not in gone]


def _shared_surnames(doc: Doc, mentions: list[Mention], sent_of: list[int]) -> list[Mention]:
    """A given name alone before "and" and a person's full name shares that surname: "Joanne and
    Edward Corr" are Joanne Corr and Edward Corr, "Bill and Hillary Clinton" Bill Clinton and Hillary
    Clinton. The given name must stand alone ("Mary Smith and Edward Corr" are two names already)."""
    people = [m for m in mentions if m.kind == "Person" and len(m.text.split()) >= 2]
    added: list[Mention] = []
    replaced: set[int] = set()
    for m in people:
        start = m.start_token(doc)
        if start < 2 or doc[start - 1].lower_ != "and":
            continue
        given = doc[start - 2]
        before = doc[start - 3] if start >= 3 else None
        if not given.is_title or not is_given_name(given.text) or given.lower_ == m.text.split()[0].lower():
            continue
        if (
            before is not None
            and (before.is_title or before.text == "-")
            and not _sentence_opener(doc, given.i)
        ):
            continue  # "Mary Smith and Edward Corr": the given name ends a name of its own
        surname = " ".join(m.text.split()[1:])
        for other in mentions:
            if other.start <= given.idx < other.end:
                replaced.add(id(other))
        where = (given.idx, given.idx + len(given.text), given.i)
        added.append(Mention(*where, f"{given.text} {surname}", "PERSON", "Person", sent_of[given.i]))
    return [m for m in mentions if id(m) not in replaced] + added


def _opening_word(doc: Doc, start: int, end: int, inside: set[str]) -> bool:
    """The span's first word is a participle, adjective or preposition capitalised only because it
    opens the sentence ("Retired | FBI agent ...", "Born | Robert Burns, ...", "Unlike | red algae
    ..."): not part of the name. ``inside`` holds the words the article capitalises inside a
    sentence."""
    first = doc[start]
    return (
        end - start > 1
        and first.is_title
        and first.tag_ in ("VBN", "VBD", "VBG", "IN", "JJ")
        and first.pos_ != "PROPN"
        and first.lower_ not in NAME_PARTICLES
        and first.text not in inside
        and _sentence_opener(doc, start)
        and not _hyphen_joins(doc, start + 1)  # "Per-Kristian Haugen": one hyphenated given name
        # "Nordic Rail cut ...", "Korean Air said ...", "Bishnu Prasad Koirala said": an adjective the
        # model began an organisation's or a person's name with, where no participle can be, is the
        # name's own
        and not (
            first.tag_ == "JJ"
            and first.ent_iob_ == "B"
            and first.ent_type_ in ("ORG", "PERSON")
            and not first.lower_.endswith(("ed", "ing"))  # "Retired FBI agent": a participle all the same
        )
    )


def _lone_title(mention: Mention) -> bool:
    """A title alone that the model took for a person ("Guild president Sgt. Kevin Ostrowski" gives
    "Sgt" apart from the name; "the acting Immigration Minister, X")."""
    words = mention.text.split()
    if mention.kind == "Person" and len(words) > 1 and words[-1] in ("Minister", "Secretary"):
        return True  # "The acting Immigration Minister, Karl Jensen,": a portfolio's title, no one's name
    return (
        mention.kind == "Person" and len(words) == 1 and words[0].lower().rstrip(".") in _TITLE_ABBREVIATIONS
    )


#: Titles written short with a full stop ("Sgt.", "Gov.", "Dr."), which are nobody's name alone (unlike
#: "King" or "Bishop", which are surnames too).
_TITLE_ABBREVIATIONS = frozenset(t.rstrip(".") for t in PERSON_TITLES if t.endswith("."))


def _without_portfolios(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Drop an organisation's "name" that is a minister's portfolio ("Peru's Minister of Agrarian
    Development, X"): after a minister's or a secretary's title and "of", a name without the head
    word of a body ("Secretary of the Treasury", "Minister of the Interior's office" keep theirs)."""
    kept = []
    for m in mentions:
        first = m.start_token(doc)
        words = m.text.lower().split()
        portfolio = (
            m.kind == "Organization"
            and first >= 2
            and doc[first - 1].lower_ == "of"
            and doc[first - 2].lower_ in PORTFOLIO_HOLDERS
            and not set(words) & (ORG_HEADS | INSTITUTION_HEADS)
        )
        if not portfolio and not _office_of_a_named_holder(doc, m, mentions):
            kept.append(m)
    return kept


def _office_of_a_named_holder(doc: Doc, mention: Mention, mentions: list[Mention]) -> bool:
    """An "organisation" that is an office's title, held by the person named right after it or by the
    place before it: "The Commissioner for Health, Ada Obi, said", "Ohio's Director of Commerce".
    Without its holder the office may be a body of its own ("the Director of Public Prosecutions")."""
    words = mention.text.split()
    if mention.kind != "Organization" or len(words) < 3 or words[1].lower() not in ("of", "for"):
        return False
    if words[0].lower() not in OFFICE_HOLDER_WORDS:
        return False
    first, end = mention.start_token(doc), mention.end_token(doc)
    possessed = first > 0 and doc[first - 1].tag_ == "POS"
    holder_after = (
        end + 1 < len(doc)
        and doc[end].text == ","
        and any(m.kind == "Person" and m.start_token(doc) == end + 1 for m in mentions)
    )
    return possessed or holder_after


def _without_credits(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Drop the names that credit a photo in a caption ("Protesters at the march. Image: Ana Vela."):
    bylines, not actors (the same name elsewhere in the article stays). A credit may list several
    names, each with its part or its source in brackets ("Image: Ana Vela (photos), Karl Jensen
    (montage)", "Image: Ana Vela (YouTube)")."""

    def credit(m: Mention) -> bool:
        i, bracketed = m.start_token(doc) - 1, False
        while i >= 1:
            token = doc[i]
            if token.text == ":":
                return doc[i - 1].lower_ in CREDIT_WORDS
            if token.text == ")":
                bracketed = True
            elif token.text == "(":
                bracketed = False
            elif "\n" in token.text_with_ws or not (
                token.text in (",", "and", "&")
                or token.text[:1].isupper()
                or bracketed
                or (token.text == "." and not doc[i - 1].whitespace_ and doc[i - 1].text[:1].isupper())
            ):  # (an initial's stop: "Image: Mano B.a. (YouTube)")
                return False
            i -= 1
        return False

    return [m for m in mentions if not credit(m)]


#: An interview's question label: "((WN)) How did you start?" (Wikinews's initials in double brackets).
_QUESTION_LABEL = re.compile(r"\(\(([A-Z]{2,4})\)\)")
#: A line opened by initials, an answer's label in an interview ("NG: This study ...", "MS Although
#: ...").
_ANSWER_LABEL = re.compile(r"(?m)^[ \t]*([A-Z]{2,3}):?[ \t]+[A-Z\"\u201c]")


def _without_interview_labels(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Drop the speaker labels of an interview written as questions and answers: the interviewer's
    initials in double brackets ("((WN)) How did ...") and, in such an article, the initials that
    open two or more lines ("NG: This study ...", "MS Although ..."); they mark turns, as a dateline
    marks a place, and name no actor (a state's abbreviation is never taken for one)."""
    text = doc.text
    labels = set(_QUESTION_LABEL.findall(text))
    if not labels:
        return mentions
    openers = Counter(_ANSWER_LABEL.findall(text))
    labels |= {w for w, n in openers.items() if n >= 2 and not gazetteer().country(w)}
    return [m for m in mentions if m.text not in labels]


#: The mark before an original-language rendering of a quote or name: "((pl))Polish language: ".
_FOREIGN_MARK = re.compile(r"\(\([a-z]{2,3}\)\)\s*[A-Z][a-z]+(?: language)?:\s*\u200d?")


def _without_foreign_renderings(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Drop names found only inside the original-language text the article gives after a quote or a
    name ("Law and Justice Party ((pl))Polish language: Prawo i Sprawiedliwość publicly ...", "((es))
    Spanish language: Si el Senado me ratifica ...", "((ru))Russian: Сейчас ..."): foreign words the
    model reads as names. The
    rendering runs to the end of its line or to the first English function word; a name the article
    also writes outside such a rendering stays."""
    text = doc.text
    regions = []
    for mark in _FOREIGN_MARK.finditer(text):
        end = text.find("\n", mark.end())
        end = len(text) if end < 0 else end
        for word in re.finditer(r"[A-Za-z]+", text[mark.end() : end]):
            if word.group() in ENGLISH_FUNCTION_WORDS:  # the article's own text resumes
                end = mark.end() + word.start()
                break
        regions.append((mark.start(), end))
    if not regions:
        return mentions

    def inside(start: int, end: int) -> bool:
        return any(a <= start and end <= b for a, b in regions)

    def written_elsewhere(name: str) -> bool:
        pattern = r"(?<!\w)" + re.escape(name) + r"(?!\w)"
        return any(not inside(*hit.span()) for hit in re.finditer(pattern, text))

    return [m for m in mentions if not inside(m.start, m.end) or written_elsewhere(m.text)]


def _us_states_among_states(doc: Doc, mentions: list[Mention]) -> None:
    """A name shared by a sovereign state and a state of the US ("Georgia") is the US state in an
    article that names other US states ("Ohio, Georgia and Utah", "Nadler of New York ... Collins
    of Georgia"), or that writes it after a town and a comma the way US places are written
    ("Harlow Springs, Georgia"; not "Tbilisi, Georgia", the country's own city)."""
    shared = {m.text for m in mentions if m.country and m.text in US_STATES}
    others = {m.text for m in mentions if not m.country and m.kind == "Place" and m.text in US_STATES}
    text, ordered = doc.text, sorted(mentions, key=lambda m: m.start)
    after_a_town = {
        m.text
        for m, before in zip(ordered[1:], ordered[:-1], strict=True)
        if m.text in shared
        and before.kind == "Place"
        and text[before.end : m.start] == ", "
        and before.text not in GEORGIAN_CITIES
    }
    if not shared or not (others - {"Washington"} or after_a_town):
        return
    for m in mentions:
        if m.text in shared:
            m.country, m.kind, m.by_context = None, "Place", True


_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$")


def _numbered_bodies(doc: Doc, mentions: list[Mention]) -> None:
    """ "the 43rd Canadian Parliament", "the 116th United States Congress": the ordinal before a body
    of a series (:data:`NUMBERED_BODY_HEADS`) is part of its name; the 42nd and the 43rd are two."""
    for m in mentions:
        first = m.start_token(doc)
        before = doc[first - 1] if first > 0 else None
        last = doc[m.end_token(doc) - 1]
        if m.kind != "Organization" or before is None or not _ORDINAL.match(before.text):
            continue
        if last.lower_ in NUMBERED_BODY_HEADS and last.is_title:
            m.start, m.text = before.idx, doc.text[before.idx : m.end]


def _birth_names(doc: Doc, mentions: list[Mention]) -> None:
    """ "Day was born Doris Mary Ann Kappelhoff", "Smith, born John Smythe": the name after "born"
    is another name of the one born, not another actor."""
    for m in mentions:
        token = doc[m.root]
        if token.dep_ not in ("oprd", "attr", "dobj") or token.head.lower_ != "born":
            continue
        subjects = [c for c in token.head.children if c.dep_ in ("nsubjpass", "nsubj")]
        if token.head.dep_ in ("acl", "appos"):
            subjects.append(token.head.head)
        subjects = [t for t in subjects if t.pos_ == "PROPN" and t.i != m.root]
        if subjects:  # the model may not have tagged the subject ("Day"): its words will do
            first = subjects[0].left_edge.i if subjects[0].left_edge.pos_ == "PROPN" else subjects[0].i
            m.other_name_of = doc[first : subjects[0].i + 1].text


def _without_works(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Drop the names of works and of fictional or mythical beings, and their other uses: a name
    right after a classifying noun ("the romantic comedy Pillow Talk", "the god Thoth", "Marvel film
    Shang-Chi") is one. An owner before a possessive is not ("the show Doris Day's Best Friends"),
    unless the noun is of a being ("the character Tasha Yar's station")."""
    titles = set()
    for m in mentions:
        first = m.start_token(doc)
        before = doc[first - 1] if first > 0 else None
        end = m.end_token(doc)
        owner = end < len(doc) and doc[end].tag_ == "POS"
        being = before is not None and before.lower_ in ("character", "god", "goddess", "deity")
        # (the noun, not the verb: "polls show Joe Biden leading", "Sweden will play Norway")
        classified = before is not None and before.is_lower and before.lower_ in WORK_NOUNS
        if classified and not before.tag_.startswith("VB") and (being or not owner):
            titles.add(m.text)
            if being:  # and the character's first or last name alone ("Tasha")
                titles.update(m.text.split())
        elif _work_in_apposition(doc[m.root]):
            titles.add(m.text)
    return [m for m in mentions if m.text not in titles]


#: Endings of a genus's name ("Spheniscus", "Carcharodon", "Caudipteryx") and of the Latin word after
#: it in a species' name ("magellanicus", "carcharias", "zoui").
_GENUS_ENDINGS = ("us", "um", "a", "is", "on", "yx", "io", "es", "ops", "ex", "ax")
_SPECIES_ENDINGS = ("us", "um", "ae", "is", "ii", "as", "i", "a")


def _without_genera(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Drop a one-word name that the article also writes as the genus of a species' Latin name
    ("Spheniscus magellanicus ... Spheniscus", "Vibrio coralliilyticus"): a genus is no actor. Both
    words end as Latin does, and the second, in lower case, is written nowhere else in the article.

    >>> from graph.extract.language import load_nlp
    >>> doc = load_nlp()("Caudipteryx zoui ran. Caudipteryx had feathers, Ana Lopez said.")
    >>> [m.text for m in _without_genera(doc, [Mention(22, 33, 6, "Caudipteryx", "GPE", "Place", 1)])]
    []
    """
    lower = Counter(t.lower_ for t in doc if t.is_lower)
    pairs = Counter((doc[t.i - 1].text, t.lower_) for t in doc if t.is_lower and t.i > 0)
    binomials = set()
    for (genus, word), n in pairs.items():
        if (
            genus.istitle()
            and genus.isalpha()
            and genus.lower().endswith(_GENUS_ENDINGS)
            and word.isalpha()
            and len(word) > 3
            and word.endswith(_SPECIES_ENDINGS)
            and word not in NAME_PARTICLES
            and lower[word] == n
            and not gazetteer().country(genus)
        ):
            binomials.add((genus, word))
    if not binomials:
        return mentions
    # the species word is not read as a verb or a function word ("Ebola is", "Hamas says")
    genera = {
        doc[t.i - 1].text
        for t in doc
        if t.i > 0
        and (doc[t.i - 1].text, t.lower_) in binomials
        and t.pos_ not in ("VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART")
    }
    return [m for m in mentions if m.country or len(m.text.split()) != 1 or m.text not in genera]


def _work_in_apposition(token) -> bool:
    """The name is in apposition with a lower-case noun of a work or a fictional being ("Suits, a
    legal series", "Squirrel Girl, a comics character", "his recent film, Fall of Grace")."""

    def work(t) -> bool:
        return t.is_lower and t.lower_ in WORK_NOUNS

    if token.dep_ == "appos" and work(token.head):
        return True
    return any(c.dep_ == "appos" and work(c) for c in token.children)


def _without_common_acronyms(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Drop an acronym defined in brackets after a phrase in lower case whose initials it spells:
    "Ebola virus disease (EVD)", "personal protective equipment (PPE)" name no actor, and neither do
    the acronym's later uses; nor do the letters for things everyone writes so ("AI", "GDP")."""
    common = set()
    for m in mentions:
        word = m.text.replace(".", "")
        first = m.start_token(doc)
        if not (word.isupper() and word.isalpha() and 2 <= len(word) <= 6) or first < len(word) + 1:
            continue
        if doc[first - 1].text != "(":
            continue
        phrase = doc[first - 1 - len(word) : first - 1]
        initials = "".join(t.text[0] for t in phrase).upper()
        if initials == word.upper() and any(t.is_lower for t in phrase) and all(t.is_alpha for t in phrase):
            common.add(m.text)
    return [m for m in mentions if m.text not in common and m.text not in THING_ACRONYMS]


def _without_beliefs_families_pairings_or_scales(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Drop four kinds of capitalised words that name no actor of their own:

    - a faith or a doctrine ("to celebrate Islam", "Marxism"): ``BELIEF_NAMES``, or one word ending
      in "-ism";
    - a family by its surname in the plural after "the" ("a deal about the Bidens", "the Obamas"),
      when the article names a person of that surname: the people are actors, their family is not;
    - two actors' names joined by a hyphen before a noun ("the Trump-Ukraine call", "the Kim-Moon
      summit"), when one of them is a word of a person's name in the article: a pairing, not a
      third actor;
    - a name before "scale" ("on the Saffir–Simpson scale", "the Richter scale"): a measure.
    """
    surnames = {m.text.split()[-1] for m in mentions if m.kind == "Person"}
    # (either word of a person's name: "Kim Jong-un" and "Moon Jae-in" give "the Kim-Moon summit")
    person_words = {w for m in mentions if m.kind == "Person" for w in m.text.split()}
    names = {m.text for m in mentions if " " not in m.text} | person_words
    kept = []
    for m in mentions:
        word = m.text
        lower = word.lower()
        one_word = " " not in word and not m.country
        first, end = m.start_token(doc), m.end_token(doc)
        words = [w for w in re.split(r"[\s,]+", lower) if w and w not in ("and", "or")]
        if not m.country and words and all(_a_belief(w) for w in words):
            continue  # ("Marxism and Confucianism": two doctrines joined)
        family = one_word and word.endswith("s") and first > 0 and doc[first - 1].lower_ == "the"
        if family and (word[:-1] in surnames or (word.endswith("es") and word[:-2] in surnames)):
            continue
        parts = word.split("-")
        pairing = (
            one_word
            and len(parts) == 2
            and all(part[:1].isupper() for part in parts)
            and any(part in person_words for part in parts)
            and all(part in names or gazetteer().country(part) for part in parts)
            and end < len(doc)
            and doc[end].is_lower
            and doc[end].pos_ == "NOUN"
        )
        if pairing:
            continue
        if end < len(doc) and doc[end].lower_ == "scale" and doc[end].is_lower:
            continue  # "on the Saffir–Simpson scale", "6.1 on the Richter scale": a measure
        kept.append(m)
    return kept


def _a_belief(word: str) -> bool:
    """A faith or a doctrine, by name or by a doctrine's ending ("marxism", but not "prism")."""
    return word in BELIEF_NAMES or (word.endswith("ism") and len(word) > 5)


#: Tags of words that are not names: common nouns, adjectives, adverbs, verbs, prepositions.
_COMMON_TAGS = frozenset(
    ["NN", "NNS", "JJ", "JJR", "JJS", "RB", "RBR", "IN", "VB", "VBD", "VBG", "VBN", "VBP"]
)


def _sentence_opener(doc: Doc, i: int) -> bool:
    """Token ``i`` opens its sentence, after nothing but punctuation, quotes and spaces."""
    j = i - 1
    while j >= 0 and not doc[j + 1].is_sent_start and (doc[j].is_punct or doc[j].is_space):
        j -= 1
    return doc[i].is_sent_start or j < 0 or doc[j + 1].is_sent_start


def _capitalised_inside(doc: Doc, alone: bool = False) -> set[str]:
    """The capitalised words the article writes inside a sentence, not only at its start; with
    ``alone``, not only as a word of a longer name ("Cement" in "the Deccan Cement Producers'
    Association" makes no name of a sentence's opening "Cement is ...")."""
    return {
        t.text
        for t in doc
        if t.text[:1].isupper()
        and not _sentence_opener(doc, t.i)
        and not (alone and _in_longer_entity(doc, t.i))
    }


def _in_longer_entity(doc: Doc, i: int) -> bool:
    """Token ``i`` is one word of a name the model tagged with more than one, not a person's (whose
    surname alone still names them: "Meadows remarked")."""
    if doc[i].ent_type_ in ("", "PERSON"):
        return False
    return doc[i].ent_iob_ == "I" or (
        doc[i].ent_iob_ == "B" and i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I"
    )


#: How plural nouns of people end ("protesters", "prosecutors", "activists", "residents").
_PEOPLE_PLURAL_ENDINGS = tuple(ending + "s" for ending in AGENT_ENDINGS)


def _without_capitalised_words(doc: Doc, mentions: list[Mention], inside: set[str]) -> list[Mention]:
    """Drop a one-word "name" that is only a common word capitalised because it opens a sentence
    ("Photographs show ...", "Amongst the victims ...", "Longer trains ..."): tagged as a common word
    or a stop word, or written in lower case elsewhere in the article ("Measles affects ..." beside
    "cases of measles"), and nowhere in the article capitalised inside a sentence (``inside``:
    :func:`_capitalised_inside`)."""
    lower = {form for t in doc if t.is_lower for form in (t.text, t.lemma_)}
    inside_alone = _capitalised_inside(doc, alone=True)
    kept = []
    for m in mentions:
        token = doc[m.root]
        one_word = len(m.text.split()) == 1 and token.text == m.text and not m.country
        if one_word and token.lower_ in SPORT_NAMES:
            continue  # "Handball player X": a sport, whatever the model and the role after it say
        # (not an institution's head word: "Parliament" alone names one, "parliament" too)
        written_lower = (token.lower_ in lower or _singular(token.lower_) in lower) and token.lower_ not in (
            ORG_HEADS | INSTITUTION_NOUNS
        )
        common = token.tag_ in _COMMON_TAGS or token.is_stop or written_lower
        opener = token.text.istitle() and _sentence_opener(doc, token.i)
        # (a word its context gave a kind, "Marwick lies in ...", is a name whatever its tag)
        by_context = (
            m.by_context
            or m.kind != LABEL_KINDS.get(m.label, m.kind)
            # (not a common noun the model took for one: "Incident commander Dale Whitcomb")
            or (m.label == "ORG" and token.tag_ != "NN" and _employs_the_next(doc, token))
        )
        # ("Labour MP Tom Watson said", "Labour defence spokesman Tom Grady said": a well-known body
        # before a role, or a portfolio and a role, is named there)
        role_at = token.i + 1
        while role_at < len(doc) and role_at - token.i <= 2 and doc[role_at].lower_ in PORTFOLIOS:
            role_at += 1
        following = doc[role_at] if role_at < len(doc) else None
        titled = following is not None and following.lower_ in ROLE_WORDS and following.tag_ != "NNS"
        by_context = by_context or (titled and known_actors().get(m.text) == "Organization")
        # (a word the article writes in lower case too is a name only when capitalised on its own)
        named_inside = token.text in (inside_alone if written_lower else inside)
        if one_word and common and opener and not named_inside and not by_context:
            continue
        # ("Protesters said ...", "Prosecutors told ...": a plural noun of people opening a sentence,
        # which the tagger may take for a name, is a group; not a well-known one, "Reuters said")
        people = token.lower_.endswith(_PEOPLE_PLURAL_ENDINGS) and m.text not in known_actors()
        if one_word and people and opener and not named_inside:
            continue
        kept.append(m)
    return kept


def _employs_the_next(doc: Doc, token) -> bool:
    """ "Greenpeace director Anna Berg said ...": a word the model took for an organisation, before a
    lower-case role and a person's name, is where the role is held: a name even when it opens the
    sentence ("Regional governor Boris Dubrovsky" is no organisation's)."""
    k = token.i
    return (
        k + 2 < len(doc)
        and doc[k + 1].is_lower
        and doc[k + 1].lower_ in ROLE_WORDS | ORGANIZATION_ROLES | OCCUPATIONS
        and doc[k + 2].ent_type_ == "PERSON"
    )


_INHABITANT_SUFFIXES = ("ers", "er", "ites", "ite", "ians", "ian")


def _without_inhabitants(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Drop names of a place's inhabitants: "Londoners", "any Londoner", "Hongkongers" are a place's
    name plus a suffix of people, a nationality in all but name (not actors). A singular form counts
    only after "any", "every", "a" or "one" ("The New Yorker" is a magazine)."""
    places = {re.sub(r"\W", "", m.text).lower() for m in mentions if m.kind in ("Place", "Country")}
    kept = []
    for m in mentions:
        word = m.text.lower().replace(" ", "")
        stems = [word[: -len(s)] for s in _INHABITANT_SUFFIXES if word.endswith(s) and len(word) > len(s) + 2]
        first = m.start_token(doc)
        counted = m.text.endswith("s") or (
            first > 0 and doc[first - 1].lower_ in ("any", "every", "a", "one")
        )
        if counted and any(stem in places or gazetteer().country(stem) for stem in stems):
            continue
        # "The Englishman says", "two Frenchmen": a nationality's man or men, no one's name
        singular = m.text.replace("men", "man") if m.text.endswith("men") else m.text
        if " " not in m.text and singular.endswith("man") and gazetteer().demonym(singular):
            continue
        kept.append(m)
    return kept


def _singular(word: str) -> str:
    """A plural noun's singular, well enough for the vocabularies' nouns ("cities", "towns")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


#: Words for someone whose "from X" is where they live or come from, not an employer; not a role's
#: or a researcher's ("a spokesman from X", "scientists from X").
# (not "lead", an occupation in "the film's lead" but a thing taken in "the lead from Sindre Haugland")
_HOMETOWN_NOUNS = (RESIDENT_NOUNS | PERSON_NOUNS | OCCUPATIONS) - (RESEARCHER_NOUNS | ROLE_WORDS | {"lead"})


def _place_cue(token) -> bool:
    """The name whose head is ``token`` stands where only a place can: the object of a preposition
    of location ("in Maidan Shahr"), a facility "at" it ("the plant at Vorkhal"), "the island of
    Majorca", a bearing from it ("north of Bermuda"), a modifier of a place noun ("the Sulu
    region") or of a person as their home ("a Leeds man"), what a region is called, or in apposition
    with a site ("the park, Causeway Bay"), or where something is based ("a Bergen-based company")."""
    head = token.head
    doc = token.doc
    if token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and doc[token.i + 2].lower_ == "based":
        return True  # "a Bergen-based shipping company"
    if token.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPOSITIONS:
        # "shares in Tesla", "a stake in Volvo": a company held
        return not _written_in(token) and head.head.lower_ not in HOLDING_NOUNS
    if token.dep_ == "pobj" and head.lower_ == "at" and _singular(head.head.lower_) in FACILITY_NOUNS:
        return head.head.pos_ == "NOUN"  # "the processing plant at Vorkhal"
    if token.dep_ == "pobj" and head.lower_ == "of" and _singular(head.head.lower_) in PLACE_NOUNS:
        return head.head.pos_ == "NOUN"
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in COMPASS_WORDS:
        return True  # "75 miles north of Bermuda"
    if (
        token.dep_ == "pobj"
        and head.lower_ == "of"
        and {head.head.lower_, _singular(head.head.lower_)} & PLACE_PART_NOUNS
    ):
        return head.head.pos_ == "NOUN"  # "the residents of Kirkwall", "the outskirts of Idlib"
    if token.dep_ == "pobj" and head.lower_ in JOURNEY_PREPOSITIONS and _journey_word(head.head):
        return True  # "the ferry sails to Stromness", "flights from Lhasa"
    if token.dep_ == "compound" and head.pos_ == "NOUN" and head.lower_ in PLACE_NOUNS - {"state", "capital"}:
        return True
    if (
        token.dep_ == "compound"
        and head.pos_ == "NOUN"
        and token.i + 2 == head.i
        and doc[token.i + 1].lower_ in ("city", "county", "town", "state", "provincial", "municipal")
    ):
        return True  # "the Tarvik city council", "the Nordland county board": the place the body serves
    if token.dep_ == "compound" and head.pos_ == "NOUN" and head.lower_ in RESIDENT_NOUNS:
        return True  # "a 36-year-old Leeds man"
    if token.dep_ == "pobj" and head.lower_ == "from" and head.head.lower_ in _HOMETOWN_NOUNS:
        return head.head.pos_ == "NOUN"  # "a man from Leeds", "a physiotherapist from Bergen"
    if token.dep_ in ("compound", "nmod") and head.pos_ == "NOUN" and head.lower_ in LANDFORM_NOUNS:
        return True  # "the Kilauea volcano", "the Ridgecrest earthquake"
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in LANDFORM_NOUNS:
        return head.head.pos_ == "NOUN"  # "the eruption of Kilauea"
    if _said_to_be_placed(token):
        return True
    if _example_of_places(token):
        return True
    if _named_as_the_places(token):
        return True
    if token.dep_ == "dobj" and head.pos_ == "VERB" and head.lower_ in ENTRY_VERBS:
        return True  # "troops entered Tell Tamer", "the army shelled Kelvaro"
    called = token.dep_ == "oprd" and head.lower_ in ("called", "named", "dubbed")
    if called and head.head.pos_ == "NOUN" and _singular(head.head.lower_) in SITE_NOUNS:
        return True  # "the new region, to be called X"
    return token.dep_ == "appos" and head.pos_ == "NOUN" and _singular(head.lower_) in SITE_NOUNS


def _named_as_the_places(token) -> bool:
    """The first name given for places a copula's subject speaks of: "the towns damaged were primarily
    Carrascal, Cantilan and Lanuza" (the names listed after it follow it in
    :func:`_kinds_from_context`)."""
    verb = token.head
    if token.dep_ not in ("attr", "acomp") or verb.lower_ not in COPULAS:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    return any(_singular(s.lower_) in PLACE_NOUNS and s.lower_ not in ("state", "capital") for s in subjects)


def _example_of_places(token) -> bool:
    """The first name given as an example of places: "tourist attractions, such as Boracay and Coron",
    "islands such as Rab", "two towns, including Makilala" (the names listed after it follow it in
    :func:`_kinds_from_context`)."""
    prep = token.head
    such_as = prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)
    if token.dep_ != "pobj" or not (such_as or prep.lower_ == "including"):
        return False
    noun = prep.head
    return noun.pos_ == "NOUN" and _singular(noun.lower_) in PLACE_NOUNS | DESTINATION_NOUNS


def _researchers_from(token) -> bool:
    """The name is where researchers are from or at, alone or in a list: "scientists from the
    University of Bristol and UC Davis", "astronomers at Keele"."""
    while token.dep_ == "conj":
        token = token.head
    if token.lower_ in RESEARCHER_NOUNS and any(c.lower_ in ("from", "at") for c in token.children):
        return True  # the parser's "[scientists from X] and UC Davis": a second institution, not a person
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.lower_ in ("from", "at")
        and prep.head.pos_ == "NOUN"
        and prep.head.lower_ in RESEARCHER_NOUNS
    )


def _opens_with_given_name(name: str) -> bool:
    return is_given_name(name.split()[0]) if name.split() else False


#: Lower-case nouns a body's name modifies ("the Renovación Patria party").
_GROUP_NOUNS_AFTER_NAMES = ORGANIZATION_NOUNS | frozenset(["party", "movement", "alliance"])
#: Verbs whose object is a body someone heads.
_LEADING_VERBS = frozenset(
    _words("leads led heads headed chairs chaired co-chairs co-leads runs ran founded co-founded")
)


#: Kind nouns only a company or a newspaper is ("the chipmaker X", "the Brno daily X"; not "club",
#: "union" or "party", which the model's kinds and other cues settle, nor "broadcaster", which a
#: person is too).
_KIND_OF_COMPANY = (ORGANIZATION_NOUNS | NEWSPAPER_NOUNS) - {
    "union",
    "club",
    "band",
    "coalition",
    "group",
    "network",
    "broadcaster",
}


def _served_by_someone(token) -> bool:
    """The name whose head is ``token`` is an employer or a client: what one works for ("after two
    decades working for Statoil") or what :data:`SERVING_NOUNS` serve ("a contributor to Wired")."""
    prep = token.head
    if token.dep_ != "pobj":
        return False
    if prep.lower_ == "for" and prep.head.lower_ in WORK_FORMS:
        return True
    return prep.lower_ in ("to", "for") and prep.head.lower_ in SERVING_NOUNS


def _person_by_a_persons_noun(doc: Doc, m: Mention) -> bool:
    """A name the model read as an organisation's that a noun for a person names: right after it
    ("The broadcaster Piers Morgan") or after a comma following the body the person speaks or works
    for ("A spokeswoman for Brabant Financial, Marloes de Vries, said"), or before one in apposition
    ("Ludde Ingvall, the skipper of Nicorette, says"). Not a name with a body's
    head word ("the broadcaster Sky News") nor a well-known body."""
    words = m.text.split()
    if not 2 <= len(words) <= 4 or _org_head(m.text) or m.text in known_organizations():
        return False
    if known_actors().get(m.text) not in (None, "Person"):
        return False
    # a person's name: capitalised words and particles only, none all capitals ("Nkhata FM") and
    # none a body's or a place's word ("University of Oregon at Eugene")
    if not all(
        (w.istitle() or w in NAME_PARTICLES) and w.lower() not in ("of", "at", "for", "the") for w in words
    ):
        return False
    if any(w.lower() in ORG_HEADS | PLACE_HEADS | INSTITUTION_HEADS for w in words):
        return False
    root, first = doc[m.root], m.start_token(doc)
    before = doc[first - 1] if first > 0 else None
    if before is not None and before.is_lower and before.dep_ == "compound" and before.head.i == root.i:
        return _person_noun(before)
    # "Ludde Ingvall, the skipper of Nicorette, says": a person's noun in apposition after it (not
    # when a name is in apposition too: "Speaking to Agence X, the president of Y, Ana Vela, said")
    appositions = [c for c in root.children if c.dep_ == "appos" and c.i > root.i]
    named = [c for c in appositions for d in (c, *c.children) if d.dep_ == "appos" and d.pos_ == "PROPN"]
    if any(c.pos_ == "NOUN" and _person_noun(c) for c in appositions) and not named:
        return True
    if root.dep_ != "appos" or not _comma_between(doc, root.head.i, first):
        return False
    prep = root.head.head  # "a spokeswoman | for | Brabant Financial, | Marloes de Vries"
    return prep.lower_ in ("for", "at", "of") and root.head.dep_ == "pobj" and _person_noun(prep.head)


def _company_cue(token, name: str) -> bool:
    """The name whose head is ``token`` stands where only a company or a body does: what
    :data:`COMPANY_ONLY_NOUNS` are "of" or that modifies one ("shares of Halvorsen Kallas",
    "Halvorsen Kallas employees", "the chief executive of X"), the subject of reporting its results
    ("X reported a loss"), what is owned, what is held "in" ("shares in X"), or a name "based"
    somewhere ("Salzburg-based X")."""
    head = token.head
    nouns = COMPANY_ONLY_NOUNS if _opens_with_given_name(name) else COMPANY_NOUNS
    if token.dep_ == "pobj" and head.lower_ == "in" and head.head.lower_ in HOLDING_NOUNS:
        return True  # "shares in Tesla", "a 10% stake in Volvo"
    # "Brenner Antriebe, a Stuttgart-based maker of gearboxes,": an organisation's noun "based"
    # somewhere renames it (not "Anna Berg, a Berlin-based artist")
    described = (c for c in token.children if c.dep_ == "appos" and c.lower_ in ORGANIZATION_NOUNS)
    if any(a.dep_ == "amod" and a.lower_ == "based" for c in described for a in c.children):
        return True
    # "Fjellvik Entreprenør is a subsidiary of ...", "Nordlys, a unit of ...": only a company is one
    renamed = [c for c in token.children if c.dep_ == "appos"]
    subject = head if token.dep_ == "appos" else token  # "The main contractor, Fjellvik, is ..."
    if subject.dep_ == "nsubj" and subject.head.lemma_ == "be":
        renamed += [c for c in subject.head.children if c.dep_ == "attr"]
    if any(c.lower_ in OWNED_NOUNS for c in renamed):
        return True
    if not _opens_with_given_name(name):
        named_after = head.i + 1 < len(head.doc) and head.doc[head.i + 1].pos_ == "PROPN"
        if token.dep_ == "compound" and head.is_lower and head.lower_ in _GROUP_NOUNS_AFTER_NAMES:
            # "the conservative Renovación Patria party"; not the place in "Groningen club SV
            # Noorderpoort", where the noun goes on to the name
            return not named_after
        if token.dep_ == "dobj" and head.lower_ in _LEADING_VERBS:
            return True  # "Claire Whitford, who leads Common Ground": one leads a body, not a person
        # "Salzburg-based Alpenblick Reisen"; "X, which is owned by Y", "X was acquired by Y": no one
        # is based somewhere in so many words, nor owned
        if any(c.dep_ == "amod" and c.lower_ == "based" for c in token.children):
            return True
        if any(c.dep_ in ("relcl", "acl") and c.lower_ in ("based", "headquartered") for c in token.children):
            return True  # "Kestrel Maritime, which is based in Piraeus,"
        if token.dep_ == "nsubjpass" and head.lower_ in OWN_VERBS:
            return True
        owned = (
            c
            for c in token.children
            if c.dep_ in ("acl", "relcl")
            and c.lower_ in OWN_VERBS
            and any(g.dep_ == "agent" for g in c.children)
        )
        if next(owned, None) is not None:
            return True
    # "sensor maker Lumisens", "the Helsinki startup Kuura": a company's kind noun right before it
    # (not "documentary maker Valentina Ortúzar": a given name is a person's)
    first = token.i - len(name.split()) + 1
    kind_before = (
        c
        for c in token.children
        if c.dep_ == "compound"
        and c.i == first - 1
        and c.is_lower
        and c.lower_ in _KIND_OF_COMPANY
        and (c.i == 0 or c.doc[c.i - 1].text != "-")  # "co-developer Jing Wang": a person's part in the work
    )
    if not _opens_with_given_name(name) and next(kind_before, None) is not None:
        return True
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in nouns:
        return head.head.pos_ in ("NOUN", "PROPN")
    if token.dep_ in ("compound", "poss") and head.lower_ in nouns:
        return head.pos_ in ("NOUN", "PROPN")
    # (not "X said it would ...": a spokesman says "it" of the body he speaks for)
    if token.dep_ != "nsubj" or head.lower_ not in ("report", "reports", "reported", "posted", "posts"):
        return False
    return any(c.dep_ == "dobj" and c.lower_ in COMPANY_RESULTS for c in head.children)


def _medium_cue(token) -> bool:
    """The name whose head is ``token`` stands where a medium or a source stands and a place never
    does: what something is "according to" ("according to Bloomberg"), what one gives "an interview
    with" ("in an interview with the Atlantic"), who a report is "by" ("a report by The Atlantic"),
    what one writes or publishes "in" ("writing in Scientific Reports"), or the subject of what only
    someone does (:func:`_acts_on_someone`)."""
    head = token.head
    if token.dep_ == "nsubj" and _acts_on_someone(head):
        return True  # "after Bloomberg contacted Facebook", "when Vizmedia dubbed the series"
    if token.dep_ != "pobj":
        return False
    if head.lower_ == "to":
        return head.head.lower_ == "according"
    if head.lower_ == "with":
        return head.head.lower_ in ("interview", "interviews")
    if head.lower_ == "by":
        return head.head.pos_ == "NOUN" and _singular(head.head.lower_) in REPORT_NOUNS
    if not _written_in(token):
        return False
    doc = token.doc
    # "published in Tyler, Texas": a town followed by its region is where, not what
    return not (
        token.i + 2 < len(doc)
        and doc[token.i + 1].text == ","
        and doc[token.i + 2].ent_type_ in ("GPE", "LOC")
    )


def _written_in(token) -> bool:
    """The name whose head is ``token`` is what something was written or published in: "published
    in Science Advances", "writing in Nature", "published a study in Scientific Reports"."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "in":
        return False
    written = prep.head
    if written.pos_ == "NOUN" and _singular(written.lower_) in REPORT_NOUNS and written.dep_ == "dobj":
        written = written.head
    if written.dep_ == "acl" and _singular(written.head.lower_) in NEWSPAPER_NOUNS:
        return False  # "a weekly newspaper published in Halifax": where the paper comes out
    return written.lower_ in PUBLISHING_VERBS | WRITING_VERBS


def _acts_on_someone(verb) -> bool:
    """``verb`` is done by someone to someone or something named: an active verb with an object
    that is a name ("contacted Facebook") or that is made ("dubbed the series")."""
    if verb.pos_ != "VERB" or verb.lower_ not in AGENT_VERBS:
        return False
    return any(c.dep_ == "dobj" for c in verb.children)


def _said_to_be_placed(token) -> bool:
    """The name whose head is ``token`` is said to be a place: by "be" (:func:`_said_to_be_a_place`),
    by a place noun in apposition to it ("Kirkwall, the capital of Orkney", "Kelso, the
    largest town in the Borders"), or by lying somewhere ("Marwick lies in the north of Orkney")."""
    if _said_to_be_a_place(token):
        return True
    if any(
        c.dep_ == "appos" and c.pos_ == "NOUN" and _singular(c.lower_) in PLACE_PREDICATE_NOUNS
        for c in token.children
    ):
        return True  # "Kirkwall, the capital of Orkney, ...", "floods hit Kelvaro, a town of 20,000"
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = token.head
    # where it lies is a name or a bearing ("lies in Orkney", "lies in the north of Orkney"), not a
    # state one is in ("lies in hospital")
    where = [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPOSITIONS
        for o in c.children
        if o.dep_ == "pobj"
    ]
    return verb.lower_ in LYING_VERBS and any(o.pos_ == "PROPN" or o.lower_ in COMPASS_WORDS for o in where)


def _said_to_be_a_place(token) -> bool:
    """The name whose head is ``token`` is said to be a place by "be": "Marwick is a small town",
    "the nearest settlement is Rachel", "the name of the village is Tamburu"."""
    verb = token.head
    if verb.lower_ not in COPULAS or token.dep_ not in ("nsubj", "attr"):
        return False
    other = next((c for c in verb.children if c.dep_ in ("nsubj", "attr") and c.i != token.i), None)
    if other is None or other.pos_ != "NOUN":
        return False
    if other.lower_ == "name" and other.dep_ == "nsubj":  # "the name of the village is X"
        of = next((c for c in other.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        other = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if other is None:
            return False
    return other.lower_ in PLACE_PREDICATE_NOUNS


def _journey_word(token) -> bool:
    """``token`` is a verb of going (:data:`TRAVEL_VERBS`) or a noun of a journey or a way
    (:data:`JOURNEY_NOUNS`): what it goes to or from is a place."""
    if token.pos_ in ("VERB", "AUX"):
        return token.lower_ in TRAVEL_VERBS
    return token.pos_ == "NOUN" and token.lower_ in JOURNEY_NOUNS


def _local_office_cue(token) -> bool:
    """The name whose head is ``token`` owns an office that governs a town or region ("Riverton's
    mayor", "the Dunmore governor", "Kelby Falls' first selectman", "the mayor of Burlington", not
    "the governor of the Bank of England") or is followed by the adjective
    of a region's own bodies ("the Tharparkar provincial police"): a place. A capitalised "Mayor"
    after a name may be a surname ("Michel Mayor"), so only a lower-case office heads a compound."""
    head = token.head
    if head.lower_ in LOCAL_OFFICES and (
        token.dep_ == "poss" or (token.dep_ == "compound" and head.is_lower)
    ):
        return True
    doc = token.doc
    if token.dep_ == "compound" and head.lower_ in LOCAL_OFFICES and head.i == token.i + 1:
        # "Port Halloran Mayor Sandra Pike": a capitalised office is one when its holder follows
        return head.i + 1 < len(doc) and doc[head.i + 1].ent_type_ == "PERSON"
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in TERRITORY_OFFICES:
        # "the mayor of Burlington"; not "Mayor of Riverton Ana Ruiz", where the holder's name heads
        # the phrase
        phrase = token.doc[token.left_edge.i : token.i + 1]
        return not _org_head(phrase.text) and not any(t.ent_type_ == "PERSON" for t in phrase)
    # (the parse of "X provincial police" varies; the adjective right after the name does not)
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return after is not None and after.lower_ in REGIONAL_WORDS and token.dep_ in ("amod", "compound", "nmod")


def _journey_end(doc: Doc, token, by_root: dict) -> bool:
    """ "from Louisiana to Walt Disney World", "from Disneyland to Dover": one end of a journey
    "from A to B" whose other end is a place or state is a place, whether the parse hangs "to B"
    beside "from A" or under it."""
    if token.dep_ != "pobj" or token.head.lower_ not in ("to", "from"):
        return False
    other = "from" if token.head.lower_ == "to" else "to"
    # the other end hangs beside this one, or under it ("from Baracoa to Havana" parsed as one phrase)
    for prep in [*token.head.head.children, *token.head.children]:
        if prep.lower_ != other or prep.dep_ != "prep" or (prep.i < token.head.i) != (other == "from"):
            continue
        for obj in prep.children:
            m = by_root.get(obj.i)
            if obj.dep_ == "pobj" and m is not None and (m.country or m.kind == "Place"):
                return True
    return False


def _agency_cue(token) -> bool:
    """The name whose head is ``token`` is in apposition with a body's part "of" another ("Ezzedin
    al-Qassam, the military wing of Hamas", "the Al-Aqsa Brigades, an offshoot of Fatah"): a body,
    whatever the name reads like."""
    nouns = [token.head] if token.dep_ == "appos" else []
    nouns += [c for c in token.children if c.dep_ == "appos"]
    return any(
        n.pos_ == "NOUN"
        and n.lower_ in AGENCY_NOUNS
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in n.children)
        for n in nouns
    )


def _event_cue(token) -> bool:
    """The name whose head is ``token`` is in apposition with a happening ("Fan Expo Canada, a
    massive annual pop culture convention")."""
    head = token.head
    if token.dep_ == "appos" and head.pos_ == "NOUN" and _singular(head.lower_) in EVENT_NOUNS:
        return True
    return any(
        c.dep_ == "appos" and c.pos_ == "NOUN" and _singular(c.lower_) in EVENT_NOUNS for c in token.children
    )


def _named_for_a_sport(name: str) -> bool:
    """A name of two words or more ending in a sport's ("Euroleague Basketball", "USA Rugby") that no
    given name opens: a sport's governing body or league, never a person."""
    words = name.split()
    return len(words) > 1 and words[-1].lower() in SPORT_NAMES and not is_given_name(words[0])


def _named_after_a_vessel_noun(doc: Doc, m: Mention) -> bool:
    """ "the research vessel Aurora Austral", "the cargo ship X-Press Pearl": a name right after a
    lower-case noun for a ship that modifies it is the ship's, a person's name or a company's as it
    may read (not "the ship's captain John Smith", where the captain is the name's noun)."""
    first = m.start_token(doc)
    before = doc[first - 1] if first > 0 else None
    if before is None or not before.is_lower or before.lower_ not in VESSEL_NOUNS:
        return False
    modifies = before.dep_ == "compound" and before.head.i in m.token_indices(doc)
    return modifies or (doc[m.root].dep_ == "appos" and doc[m.root].head.i == before.i)


def _product_cue(token) -> bool:
    """The name whose head is ``token`` names a made thing: in apposition with one ("the boat,
    Conception"), what one is called ("a device called Flyboard Air"), or the name a made thing's
    noun is modified by ("the Crew Dragon capsule"), unless the model read it as an organisation, a
    maker ("a Boeing plane")."""
    head = token.head
    if token.dep_ == "appos" and head.pos_ == "NOUN" and _singular(head.lower_) in PRODUCT_NOUNS:
        return True
    # (the parser may take a name it does not know for an adjective: "its Skyhawk/amod rocket")
    modifier = token.dep_ in ("compound", "nmod") or (token.dep_ == "amod" and token.ent_type_ != "")
    if modifier and head.pos_ == "NOUN" and _singular(head.lower_) in PRODUCT_NOUNS:
        return token.ent_type_ != "ORG"  # "the Crew Dragon capsule"; a maker's "Boeing plane" stays its maker
    called = token.dep_ == "oprd" and head.lower_ in ("called", "named", "dubbed")
    return called and head.head.pos_ == "NOUN" and _singular(head.head.lower_) in PRODUCT_NOUNS


def _team_cue(token) -> str | None:
    """How the words around a name say it is a team or a band, whatever the model took it for:
    "plays for" it ("Karl Jensen plays for Bayern Munich": never the city), one "played drums in"
    it, or it is named before a player's or a band member's role and a person ("Ajax striker Karl
    Jensen"). None when they do not."""
    prep = token.head
    if token.dep_ == "pobj":
        # "played drums in the Rolling Stones" may hang "in" on the drums rather than on the verb
        on_instrument = prep.head.dep_ == "dobj" and prep.head.lower_ in INSTRUMENTS
        verb = prep.head.head if on_instrument else prep.head
        instrument = on_instrument or any(c.dep_ == "dobj" and c.lower_ in INSTRUMENTS for c in verb.children)
        if verb.lower_ in PLAYING_VERBS and instrument and prep.lower_ in ("in", "with", "for"):
            return "plays in"  # a band, or a musician played for ("played guitar for Bob Dylan")
        if verb.lower_ in PLAYING_VERBS and prep.lower_ == "for" and not instrument:
            return "plays for"
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if (
        after is not None
        and after.is_lower
        and after.lower_ in PLAYER_ROLES
        and after.i + 1 < len(token.doc)
        and token.doc[after.i + 1].ent_type_ == "PERSON"
    ):
        return "role"
    return None


def _kinds_from_context(doc: Doc, mentions: list[Mention], sent_of: list[int]) -> None:
    """The words around a name say its kind where the small model guesses: a place or a product by
    :func:`_place_cue` and :func:`_product_cue`, and a name listed with a place ("Abydos, Saqqara,
    and Tuna el-Gebel") is a place too. Names whose last word is an organisation's, names after a
    person's title, and states are left alone. The resolver takes such a kind over the model's label
    for the whole cluster."""
    by_root = {m.root: m for m in mentions}
    gaz = gazetteer()

    def open_to_cue(m: Mention) -> bool:
        if m.country or m.kind in ("Place", "Event") or _org_head(m.text):
            return False
        words = m.text.split()
        if words[-1].lower() in BODY_HEADS | {"house"} and (
            len(words) == 1 or gaz.country(" ".join(words[:-1]))
        ):
            return False  # "in the House", "a vote in the U.S. House": a chamber, not a place
        if m.text in known_organizations():
            return False
        if len(m.text.split()) > 1 and m.text.split()[0].lower() in FOREIGN_ORG_HEADS:
            return False  # "the local station Radio Illariy": a broadcaster, named so, not a site
        if m.label == "ORG" and m.text.replace(".", "").isupper():
            return False  # an organisation's acronym: "worked in NASA" is in the agency, not a place
        first = m.start_token(doc)
        before = doc[first - 1] if first > 0 else None
        return before is None or before.lower_.rstrip(".") not in HONORIFICS | PERSON_TITLES

    # A person's surname before an office is the person's (his deputy mayor), never a place.
    name_words = {
        w for m in mentions if m.kind == "Person" and len(m.text.split()) > 1 for w in m.text.split()
    }
    placed: list[Mention] = []
    for m in mentions:
        person = m.kind == "Person" and len(m.text.split()) > 1  # full names are the model's surest
        full_name = len(m.text.split()) > 1 and _opens_with_given_name(m.text)
        if open_to_cue(m) and not person and _journey_end(doc, doc[m.root], by_root):
            m.kind = "Place"
            placed.append(m)
            continue
        token = doc[m.root]
        confirmed = _place_cue(token) or (_local_office_cue(token) and m.text not in name_words)
        if m.kind == "Place" and not m.country and confirmed:
            # a place already, now confirmed by its words: it outvotes the model's person label on
            # other mentions of the name ("the state of Goa" ... "Goa's government"), and it can
            # make its list places
            m.by_context = True
            placed.append(m)
        if m.kind == "Person" and _researchers_from(token) and not _opens_with_given_name(m.text):
            m.kind, m.label, m.by_context = "Organization", "ORG", True
            continue
        if m.kind == "Person" and _named_for_a_sport(m.text):
            # "Euroleague Basketball", "USA Rugby": a sport's body, never a person
            m.kind, m.label, m.by_context = "Organization", "ORG", True
            continue
        if m.kind in ("Person", "Organization") and not m.country and _named_after_a_vessel_noun(doc, m):
            m.kind, m.label, m.by_context = "Product", "PRODUCT", True  # "the research vessel Aurora Austral"
            continue
        if m.kind == "Person" and (_company_cue(token, m.text) or _agency_cue(token)):
            m.kind, m.label, m.by_context = "Organization", "ORG", True
            continue
        if m.kind == "Organization" and m.label == "ORG" and _person_by_a_persons_noun(doc, m):
            m.kind, m.label, m.by_context = "Person", "PERSON", True
            continue
        lone_word = m.kind == "Person" and len(m.text.split()) == 1 and not is_given_name(m.text)
        if lone_word and _served_by_someone(token):
            m.kind, m.label, m.by_context = "Organization", "ORG", True  # "a contributor to Wired"
            continue
        if m.kind == "Place" and not m.country and not _names_a_place(m.text) and m.text not in cities():
            # a name the model does not know it most often calls a place: a company's or a made
            # thing's cue outvotes that ("shares in Tesla", "its Skyhawk rocket", "the yacht Seabird")
            if _company_cue(token, m.text) or _served_by_someone(token):
                m.kind, m.label, m.by_context = "Organization", "ORG", True
                continue
            if _product_cue(token) or _named_after_a_vessel_noun(doc, m):
                m.kind, m.label, m.by_context = "Product", "PRODUCT", True
                continue
        if m.kind == "Place" and not m.country and not gaz.subdivision(m.text) and _medium_cue(token):
            m.kind, m.label, m.by_context = "Organization", "ORG", True
            continue
        team = _team_cue(token)
        if team and not m.country and (team == "plays for" or not person) and not _org_head(m.text):
            m.kind, m.label, m.by_context = "Organization", "ORG", True
            continue
        if not open_to_cue(m):
            continue
        if person and full_name and _journey_word(token.head.head):
            continue  # "the virus spread to Karl Jensen": a person reached, not a place
        if person and any(c.dep_ == "appos" and _person_noun(c) for c in token.children):
            continue  # "In 2019 Lena Hofbauer, a doctoral student, ...": described as a person
        if _place_cue(token) or (_local_office_cue(token) and m.text not in name_words):
            m.kind = "Place"
            placed.append(m)
        elif _event_cue(token):
            m.kind = "Event"
        elif _product_cue(token) and not (m.kind == "Person" and len(m.text.split()) > 1):
            # (a vessel named after someone: "the ship, Alan Kurdi" keeps the person's name a person)
            m.kind = "Product"
    # Lists: a name joined by "and" or a comma to a name placed by its context is one more place
    # (the model's own place labels are not trusted here: "Baloch and Waseem" are people).
    seen = {m.root for m in placed}
    queue = [doc[m.root] for m in placed]
    covered = {i for m in mentions for i in m.token_indices(doc)}
    while queue:
        token = queue.pop()
        if token.dep_ == "compound" and token.head.lower_ in PLACE_NOUNS:
            token = token.head  # "Jolo, and the Sulu region": the list joins the place noun
        neighbours = [c for c in token.children if c.dep_ == "conj"]
        if token.dep_ == "conj":
            neighbours.append(token.head)
        for n in neighbours:
            if n.i in seen:
                continue
            seen.add(n.i)
            m = by_root.get(n.i)
            if m is None and n.pos_ == "PROPN" and n.is_title and n.i not in covered:
                m = _listed_place(doc, n, sent_of)  # a name the model missed in the list
                if m is not None:
                    mentions.append(m)
                    covered.update(range(m.start_token(doc), n.i + 1))
            elif m is None or m.country or not (m.kind == "Place" or open_to_cue(m)):
                continue
            elif m.kind == "Person" and _reads_as_persons_name(m.text, gaz):
                continue  # a person's name stays one ("the commonwealth of X and Pedro Ruiz was sworn in")
            if m is not None:
                m.kind = "Place"
                queue.append(n)


def _listed_place(doc: Doc, token, sent_of: list[int]) -> Mention | None:
    """A capitalised name the model left untagged in a list of places, with its compound words."""
    start = token.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].is_title:
        start -= 1
    span = doc[start : token.i + 1]
    if not _good_name(span.text) or gazetteer().demonym(span.text) or span.text.lower() in NOT_NAMES:
        return None
    return Mention(span.start_char, span.end_char, token.i, span.text, "GPE", "Place", sent_of[token.i])


def _inside_a_title(doc: Doc, ent) -> bool:
    """ "Chief Cabinet Secretary Kenji Moriyama", "Deputy Cabinet Secretary X": a lone word the model
    took for a body between a title's rank word and its role is part of the title."""
    if ent.label_ != "ORG" or len(ent) != 1 or ent.start == 0 or ent.end >= len(doc):
        return False
    rank, role = doc[ent.start - 1], doc[ent.end]
    return rank.text in TITLE_RANK_WORDS and role.is_title and role.lower_ in ROLE_WORDS


def _office_holder_cut(doc: Doc, start: int, end: int) -> int | None:
    """Where the holder's name begins in "<office> of <body> <holder>", a title the model read as
    one name ("Chief Executive of Hong Kong Carrie Lam", "director of Amnesty International Man-kei
    Tam", "Speaker of the House Nancy Pelosi"): the last two words of the span (a hyphenated word
    counts as one, name particles go with the surname), when the span follows "of" after a role
    word and keeps at least one word for the body. None when the shape does not fit."""
    first = start
    while first < end and doc[first].lower_ == "the":
        first += 1
    of = doc[start - 1] if start > 0 else None
    if of is None or of.lower_ != "of" or start < 2:
        return None
    role = doc[start - 2]
    if role.lower_ not in ROLE_WORDS | PERSON_TITLES | {"executive"}:
        return None
    if role.tag_ in ("NNS", "NNPS"):
        return None  # "members of the Quadrilateral Security Dialogue": many hold it, none is named
    if doc[first:end].text in known_actors():
        return None  # "director of Human Rights Watch": a well-known body's whole name
    after = doc[end : end + 2]
    if len(after) == 2 and after[0].text == "," and after[1].ent_type_ == "PERSON":
        return None  # "the director of Doctors Without Borders, Anna Berg": the holder follows

    def word_start(j: int) -> int:  # "Man-kei" is one word
        while j > first and not doc[j - 1].whitespace_ and "-" in (doc[j - 1].text, doc[j].text):
            j -= 1
        return j

    surname = word_start(end - 1)
    i = surname
    while i > first and doc[i - 1].lower_ in NAME_PARTICLES:
        i -= 1
    if i <= first + 1:
        return None  # no given name, or nothing left for the body
    cut = word_start(i - 1)
    if cut <= first or not (doc[surname].is_title and doc[cut].is_title and doc[first].is_title):
        return None
    if cut - first == 1 and doc[first].lower_ in FOREIGN_ORG_HEADS:
        return None  # "vice-president of Parti Harapan Kinabalu": a party's word and its name, no one
    if doc[cut - 1].lower_ in _LINKS | FOREIGN_NAME_LINKS:
        # "... for the Defence of | Human Rights", "Museu da | Guitarra Portuguesa": words after a
        # link end the body's name
        return None
    gaz = gazetteer()
    for t in doc[cut:end]:
        if t.lower_ in ORG_HEADS | NOT_NAMES | PLACE_HEADS or gaz.demonym(t.text) or gaz.country(t.text):
            return None  # "chief of Royal Dutch Shell": no holder named
    return cut


def _governs_a_territory(doc: Doc, start: int) -> bool:
    """The office before the "of" ahead of ``start`` governs a town, region or nation: "Mayor of",
    "Governor of", "Premier of", "First Minister of", "Chief Minister of" (not "Minister of", whose
    "of" names a portfolio)."""
    if start < 2 or doc[start - 1].lower_ != "of":
        return False
    role = doc[start - 2].lower_
    first_minister = role == "minister" and start >= 3 and doc[start - 3].lower_ in ("first", "chief")
    return role in TERRITORY_OFFICES or first_minister


def _ships(doc: Doc, skip) -> list:
    """Spans of ships' names: a prefix such as MV or HMS and the capitalised words after it ("MV
    Alan Kurdi"); the model takes the prefix for an organisation and the name for a person."""
    found = []
    for token in doc:
        if token.text not in SHIP_PREFIXES or skip(token.idx):
            continue
        end = token.i + 1
        while end < len(doc) and doc[end].is_title and not doc[end].is_punct:
            end += 1
        if end > token.i + 1:
            found.append(doc[token.i : end])
    return found


def _court_name_pattern() -> re.Pattern:
    """ "(United States|U.S.|US) <court kind> for the [<side>] District of <Place>" or "... for the
    <Ordinal> Circuit": a federal court's full name, as :data:`COURT_KINDS` lists the kinds."""
    kinds = "|".join(re.escape(k) for k in COURT_KINDS)
    sides = "|".join(COURT_DISTRICT_SIDES)
    place = r"[A-Z][a-z]+(?: [A-Z][a-z]+)?"
    return re.compile(
        rf"(?:(?:United States|U\.S\.|US) )?(?:{kinds}) for the "
        rf"(?:(?:(?:{sides}) )?District of {place}|[A-Z][a-z]+ Circuit)"
    )


_COURT_NAME = _court_name_pattern()


#: "<Airline> Flight <number>": a numbered flight, the event of an air crash or a hijacking
#: ("Lion Air Flight 610", "Ethiopian Airlines Flight 302"), whose airline is named inside it.
_FLIGHT_NAME = re.compile(r"\b((?:[A-Z][\w&'-]* ){1,3})Flight \d{1,5}[A-Z]?\b")


def _flights(doc: Doc, text: str, skip) -> list[tuple]:
    """(flight span, airline span) of each numbered flight named in ``text``, the doc's text; words
    that open a sentence before the airline's name are not part of it ("After Lion Air Flight 610")."""
    found = []
    for flight in _spans_matching(doc, text, _FLIGHT_NAME, skip):
        start = flight.start
        while start < flight.end - 2 and doc[start].is_stop:
            start += 1
        airline = doc[start : flight.end - 2]
        if len(airline) and all(t.text[:1].isupper() for t in airline):  # ("AirAsia" is no title case)
            found.append((doc[start : flight.end], airline))
    return found


def _courts(doc: Doc, text: str, skip) -> list:
    """Spans of federal courts named in full (:func:`_court_name_pattern`) in ``text``, the doc's
    text, which the model cuts into a state, a court and a district."""
    return _spans_matching(doc, text, _COURT_NAME, skip)


def _offices_named_by_holder(doc: Doc, skip) -> list:
    """Spans of offices named by the one who holds them that the model left untagged or cut at the
    place before the title: "the Prime Minister's Office", "the Harris County District Attorney's
    Office", "the Mayor's Office of Emergency Management". Every word up to the possessive is
    capitalised and the word before it holds an office (:data:`_OFFICE_HOLDERS`); an "of" and
    capitalised words after "Office" belong to the name."""
    found = []
    for token in doc:
        if token.text != "Office" or token.ent_type_ or token.i < 2 or skip(token.idx):
            continue
        possessive, holder = doc[token.i - 1], doc[token.i - 2]
        if (
            possessive.tag_ != "POS"
            or not holder.is_title
            or holder.lower_ not in _OFFICE_HOLDERS | _HOLDERS_ONLY
        ):
            continue
        start = holder.i
        while start > 0 and start > token.i - 8 and doc[start - 1].is_title and doc[start - 1].is_alpha:
            if doc[start - 1].text == "The" or doc[start - 1].pos_ not in ("PROPN", "ADJ"):
                break  # "The | Prime Minister's Office"; "Police said | the ..."
            start -= 1
        end = token.i + 1
        if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].is_title:
            end += 2
            while end < len(doc) and doc[end].is_title and doc[end].is_alpha:
                end += 1
        found.append(doc[start:end])
    return found


#: Holders of an office who are no role of a person elsewhere in the rules ("the Public Defender's
#: Office", "the Comptroller's Office").
_HOLDERS_ONLY = frozenset(["defender", "comptroller", "treasurer", "solicitor"])


def _spans_matching(doc: Doc, text: str, pattern: re.Pattern, skip) -> list:
    """The doc's spans of ``pattern``'s matches in ``text``, the doc's text, outside headings (``skip``),
    trimmed to whole tokens."""
    spans = (doc.char_span(m.start(), m.end(), alignment_mode="contract") for m in pattern.finditer(text))
    return [span for span in spans if span is not None and len(span) and not skip(span.start_char)]


def _name_piece(token) -> bool:
    """A word that can be part of a person's name: a proper noun, not a title, role, institution or
    nationality ("Dejene", "d'Estaing"; not "President", "Ethiopians", "Government")."""
    word = token.lower_.rstrip(".")
    return (
        token.pos_ == "PROPN"
        and not token.is_punct
        and (token.ent_type_ in ("", "PERSON") or (token.ent_type_ == "ORG" and _lone_entity(token)))
        and token.text not in known_organizations()
        and word not in PERSON_TITLES | PERSON_ROLES | OCCUPATIONS | EXTRA_TITLES | ORG_HEADS | NOT_NAMES
        and word not in PORTFOLIOS  # "Minister of Information | Moammar al-Eryani"
        and not gazetteer().demonym(token.text)
        and not gazetteer().country(token.text)
    )


def _lone_entity(token) -> bool:
    """The token is a one-word entity of its own."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.ent_iob_ == "B" and (following is None or following.ent_iob_ != "I")


def _whole_person_name(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A person's name the model cut short: the given name it left out before ("Dejene | Debela"), the
    surname it left out after ("Graciano | Mijares", "Valéry Giscard | d'Estaing"), when the parse
    joins the pieces into one name (the outer word is a compound of a word of the name, or the name's
    last word a compound of the next)."""
    while (
        start > 0
        and doc[start - 1].dep_ == "compound"
        and start <= doc[start - 1].head.i < end
        and doc[start - 1].is_title
        and doc[start - 1].ent_type_ != "PERSON"
        and _name_piece(doc[start - 1])
    ):
        start -= 1
    # "Per- | Olof Lasko", "Jean- | Pierre Dumas": a hyphenated given name the model cut at its hyphen
    while start > 1 and _hyphen_joins(doc, start - 1) and doc[start - 2].is_title and doc[start - 2].is_alpha:
        start -= 2
    while (
        end < len(doc)
        and doc[end - 1].dep_ == "compound"
        and doc[end - 1].head.i == end
        and doc[end].ent_type_ != "PERSON"
        and doc[end - 1].whitespace_
        and _name_piece(doc[end])
    ):
        end += 1
    end = _elided_word_end(doc, end) or end  # "Maria Grazia | Dall'Ara"
    # "Zine El Abidine | Ben Ali": the model cut one long name into two persons side by side, and
    # the parse hangs the first on the second
    while end < len(doc) and doc[end].ent_iob_ == "B" and doc[end].ent_type_ == "PERSON":
        stop = _entity_end(doc, end)
        joined = doc[end - 1].dep_ == "compound" and end <= doc[end - 1].head.i < stop
        if not (joined and doc[end - 1].whitespace_ and doc[end - 1].is_title and doc[end].is_title):
            break
        end = stop
    # "Thijs van | der | Wiel", "Marloes | de Vries": lower-case particles between a given name and a
    # capitalised surname join them, wherever the model cut.
    first_particle = end
    while (
        first_particle > start + 1
        and doc[first_particle - 1].is_lower
        and doc[first_particle - 1].lower_ in NAME_PARTICLES
    ):
        first_particle -= 1
    surname = end
    while surname < len(doc) and doc[surname].is_lower and doc[surname].lower_ in NAME_PARTICLES:
        surname += 1
    if (
        0 < surname - first_particle <= 3
        and surname < len(doc)
        and doc[surname].is_title
        and doc[surname].pos_ == "PROPN"
        and all(t.whitespace_ for t in doc[first_particle - 1 : surname])
    ):
        end = surname + 1
        while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == "PERSON":
            end += 1
    # "Benjamin Kiprotich | Too said": a last capitalised word the parse hung on the verb, not on the
    # name (a surname that is also a common word), right after the name and before no other name
    if (
        end - start >= 2
        and end < len(doc)
        and doc[end].pos_ == "PROPN"
        and doc[end].is_title
        and doc[end].ent_type_ == ""
        and doc[end - 1].whitespace_
        and doc[end].head.i != end - 1
        and (end + 1 == len(doc) or not doc[end + 1].is_title)
        and _name_piece(doc[end])
        and not is_given_name(doc[end].text)
    ):
        end += 1
    end = _past_hyphenated(doc, end)  # "Kwabena Asante | -Mensah": a hyphenated surname is whole
    # "Cyrus R. Vance | , Jr.": a generational suffix after a comma ends the name.
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].text in NAME_SUFFIXES:
        end += 2
    # "Michel | Mayor", "Carole | King": a lone given name and the title word its parse hangs it on,
    # ending the phrase, are one name (a title stands before a name, not after one).
    if (
        end == start + 1
        and end < len(doc)
        and is_given_name(doc[start].text)
        and doc[start].dep_ == "compound"
        and doc[start].head.i == end
        and doc[end].is_title
        and doc[end].lower_ in PERSON_TITLES
        and (end + 1 == len(doc) or not doc[end + 1].is_title)
    ):
        end += 1
    return start, end


def _past_hyphenated(doc: Doc, end: int) -> int:
    """The end of a name word that goes on after a hyphen ("Asante | -Mensah"): past each "-" and
    capitalised word written without spaces, or the lower-case second syllable of a Korean given
    name ("Choi Min | -seok", "Moon Jae | -in"; not "Johnson | -led")."""
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and (
            doc[end + 1].is_title
            or (
                doc[end + 1].is_lower
                and doc[end - 1].is_title
                and _KOREAN_SYLLABLE.fullmatch(doc[end - 1].lower_)
                and _KOREAN_SYLLABLE.fullmatch(doc[end + 1].lower_)
            )
        )
    ):
        end += 2
    return end


#: One syllable of Revised Romanization: a Korean given name's two are hyphenated, the second in lower case.
_KOREAN_SYLLABLE = re.compile(
    r"(?:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjhyw])?"
    r"(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|a|e|o|u|i)"
    r"(?:ng|[knlmpt])?"
)


#: Words no person's surname is: a body's, a place's or a reference's.
_NOT_SURNAMES = ORG_HEADS | PLACE_HEADS | SURNAME_PLACE_HEADS | NOT_NAMES


def _people_the_model_missed(doc: Doc, sent_of: list[int], skip, covered: set[int]) -> list[Mention]:
    """A person's name the model left untagged: a known given name and one or two capitalised words
    after it, standing alone ("Lucía Herrera of the National Renewal Alliance won"): no capitalised
    word right before or after the run, nothing a body's, a place's or a well-known actor's name
    ends with, and no "the" before it."""
    found = []
    known = known_actors()
    gaz = gazetteer()
    for token in doc:
        if token.i in covered or skip(token.idx) or token.pos_ != "PROPN" or not token.is_title:
            continue
        if not is_given_name(token.text) or token.ent_type_ in ("DATE", "TIME", "NORP", "GPE"):
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        # (a title before the name is no part of it: "Vice-Mayor Rosângela Tavares Brum")
        titled = before is not None and before.lower_ in PERSON_TITLES | ROLE_WORDS
        opened = (
            before is not None and (before.is_title or before.lower_ == "the") and not before.is_sent_start
        )
        if opened and not titled:
            continue
        end = token.i + 1
        # two given names and two surnames: "Óscar Javier Rincón Barrera"
        longest = 4 if token.i + 1 < len(doc) and is_given_name(doc[token.i + 1].text) else 3
        while end < len(doc) and end - token.i < longest and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end = _past_hyphenated(doc, end + 1)
        if end == token.i + 1 or (end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN"):
            continue
        words = doc[token.i : end]
        if any(i in covered for i in range(token.i, end)) or sent_of[token.i] != sent_of[end - 1]:
            continue
        if any(w.lower_ in _NOT_SURNAMES or gaz.country(w.text) or w.text in known for w in words[1:]):
            continue
        if words.text in known or gaz.subdivision(words.text):
            continue
        covered.update(range(token.i, end))
        where = (words.start_char, words.end_char, words.root.i)
        found.append(Mention(*where, words.text, "PERSON", "Person", sent_of[token.i]))
    return found


def _hyphenated_given_name(doc: Doc, i: int) -> bool:
    """Tokens ``i`` to ``i + 2`` are a given name written as two hyphenated syllables, the second in
    lower case, as Hong Kong and Taiwan romanise them ("Man-kei", "Chi-wai")."""
    first, dash, second = doc[i : i + 3]
    unspaced = not first.whitespace_ and not dash.whitespace_
    return (
        unspaced
        and dash.text == "-"
        and first.is_title
        and second.is_lower
        and second.is_alpha
        and len(second) <= 5
    )


def _speakers_the_model_missed(doc: Doc, sent_of: list[int], skip, covered: set[int]) -> list[Mention]:
    """A capitalised proper noun that says or claims something is an actor even when the model
    missed it ("Facebook further claimed, ..."): one word is taken for an organisation (a person's
    surname alone joins the full name later), more words for a person."""
    found = []
    for token in doc:
        if (
            token.dep_ != "nsubj"
            or token.pos_ != "PROPN"
            or token.i in covered
            or not _says(token.head)
            or token.ent_type_ in ("DATE", "TIME", "NORP", "CARDINAL", "ORDINAL")
            or not token.is_title
            or skip(token.idx)
        ):
            continue
        start = token.i
        while start > 0:
            if doc[start - 1].dep_ == "compound" and doc[start - 1].is_title:
                start -= 1
            elif start > 1 and _hyphen_joins(doc, start - 1) and doc[start - 2].is_title:
                start -= 2  # "Kwabena Owusu-Ansah": a hyphenated surname is one word of the name
            elif start > 2 and _hyphenated_given_name(doc, start - 3):
                start -= 3  # "Man-kei Tam": a given name of two syllables, the second in lower case
                break  # (a given name opens the name: "Amnesty International | Man-kei Tam")
            else:
                break
        if any(i in covered for i in range(start, token.i + 1)):
            continue
        written_start, titled = start, False
        while start < token.i and (_is_title_only(doc[start].text) or _qualifies_a_title(doc, start)):
            titled = True
            if doc[start].lower_ in ROYAL_TITLES:
                break  # "Princess Ubolratana": a royal title is part of the name, as in "Queen Elizabeth II"
            start += 1  # "Assemblywoman Selena Torres said": the title is not part of the name
        span = doc[start : token.i + 1]
        if not _good_name(span.text) or span.text.lower() in NOT_NAMES or _is_title_only(span.text):
            continue
        if span[0].text in ("-", "–"):
            # "Director-General of Health Tavita Leiataua told": the title's rest is no name, but
            # the one named after its portfolio is
            holder = _holder_after_portfolio(doc, token)
            if holder is not None and not covered.intersection(range(holder.start, holder.end)):
                covered.update(range(holder.start, holder.end))
                found.append(_mention_of_person(holder, sent_of))
            continue
        if _is_qualified_title(doc[written_start : token.i + 1].text):
            continue  # "A Republican Assemblywoman said", "the City Councillor said": a title
        if _is_title_only(" ".join(t.text for t in span if t.ent_type_ != "ORDINAL")):
            continue  # "First Minister of Scotland X said": an office, not a name
        # One word is an organisation's name unless a person's title went before it ("Princess
        # Ubolratana pointed out").
        label = "ORG" if len(span) == 1 and not titled else "PERSON"
        if label == "PERSON" and not titled and _kind_of_word(span[-1].lower_) in ("Organization", "Event"):
            # "The Samoa Observer reported": a body's head word ends the name; and "The Regional
            # Conference of Bishops said": a gathering that speaks is a body, named with its "of" part
            label = "ORG"
            end = _capitalised_of_part_end(doc, token)
            if end is not None and sent_of[end - 1] == sent_of[token.i]:
                span = doc[start:end]
        elsewhere = {e.label_ for e in doc.ents if e.text == span.text and e.label_ in ("ORG", "GPE", "FAC")}
        if label == "PERSON" and not titled and len(elsewhere) == 1:
            label = elsewhere.pop()  # "Northgate Senior Living said": the model named it elsewhere
        covered.update(range(start, token.i + 1))
        found.append(
            Mention(
                span.start_char,
                span.end_char,
                token.i,
                span.text,
                label,
                LABEL_KINDS[label],
                sent_of[token.i],
            )
        )
    return found


def _holder_after_portfolio(doc: Doc, title):
    """The span of the person named after a title's portfolio ("Director-General of | Health | Tavita
    Leiataua"): the capitalised words of the "of" object after its portfolio words; None when
    fewer than two are left."""
    objects = [o for p in title.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    if not objects or objects[0].pos_ != "PROPN":
        return None
    head = objects[0]
    start = head.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head == head:
        start -= 1
    while start < head.i and doc[start].lower_ in PORTFOLIOS:
        start += 1
    if doc[start - 1].lower_ not in PORTFOLIOS or head.i - start < 1:
        return None
    span = doc[start : head.i + 1]
    return span if all(t.is_title and t.is_alpha for t in span) else None


def _mention_of_person(span, sent_of: list[int]) -> Mention:
    """A person's mention of ``span``, which the model left untagged."""
    return Mention(
        span.start_char, span.end_char, span.end - 1, span.text, "PERSON", "Person", sent_of[span.start]
    )


def _capitalised_of_part_end(doc: Doc, token) -> int | None:
    """The end of a capitalised "of" part hung on ``token`` ("Conference | of Bishops", "of the
    Catholic Church"), if any."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == token.i + 1:
            objects = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
            if objects:
                words = [t for t in objects[0].subtree if t.lower_ != "the"]
                if all(t.is_title or t.is_upper for t in words):
                    return max(t.i for t in objects[0].subtree) + 1
    return None


def _names_on_their_own_lines(doc: Doc, sent_of: list[int], skip, covered: set[int]) -> list[Mention]:
    """A person's name the model missed where a line credits a speaker: under a quote set apart
    (:data:`~graph.extract.clean.CREDIT_LINE`, "—Rita Vance") or opening a transcript's line
    (:data:`~graph.extract.clean.TRANSCRIPT_LINE`, "Rita Vance: \"...\""); a name reading as a
    person's (a common given name first, :func:`_reads_as_persons_name`)."""
    found = []
    gaz = gazetteer()
    for match in [*CREDIT_LINE.finditer(doc.text), *TRANSCRIPT_LINE.finditer(doc.text)]:
        span = doc.char_span(match.start("name"), match.end("name"))
        if span is None or skip(span.start_char) or any(t.i in covered for t in span):
            continue
        if not _reads_as_persons_name(span.text, gaz):
            continue
        covered.update(range(span.start, span.end))
        where = (span.start_char, span.end_char, span[-1].i)
        found.append(Mention(*where, span.text, "PERSON", "Person", sent_of[span.start]))
    return found


def _whole_word(doc: Doc, token) -> str:
    """A noun's written word, lower case, with what a hyphen joins to it before ("start-up",
    "non-profit": the tokenizer splits them and the parser heads them on their last part)."""
    i = token.i
    if i >= 2 and _hyphen_joins(doc, i - 1):
        return f"{doc[i - 2].lower_}-{token.lower_}"
    return token.lower_


def _hyphen_joins(doc: Doc, i: int) -> bool:
    """Token ``i`` is a hyphen written between two words without spaces ("Owusu-Ansah")."""
    return doc[i].text == "-" and not doc[i].whitespace_ and i > 0 and not doc[i - 1].whitespace_


def _says(verb) -> bool:
    """A verb of saying, or one of :data:`~graph.extract.constants.PHRASAL_SPEECH_VERBS` with its
    particle ("pointed out")."""
    if verb.lower_ in SPEECH_VERBS:
        return True
    particle = PHRASAL_SPEECH_VERBS.get(verb.lower_)
    return particle is not None and any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children)


def _people_in_apposition_the_model_missed(
    doc: Doc, mentions: list[Mention], sent_of: list[int], skip
) -> None:
    """A name of two or three capitalised words set off by a comma after a person's role ("said the
    university's chancellor, Pradeep Khosla"), or opening with a given name and listed with a person
    ("Ana Ruiz and Ben Cole founded it"), is a person's, even when the model missed it or took only
    its last word for a place or an organisation ("Sharma")."""
    surname_only = {m.root: m for m in mentions if m.kind != "Person" and len(m.text.split()) == 1}
    covered = {i for m in mentions for i in m.token_indices(doc)}
    for token in doc:
        if token.pos_ != "PROPN" or not token.is_title or skip(token.idx):
            continue
        in_apposition = (
            token.dep_ == "appos" and _person_noun(token.head) and _comma_between(doc, token.head.i, token.i)
        )
        described = _described_as_a_person(token)
        if not (in_apposition or described or _listed_with_a_person(token)):
            continue
        start = token.i
        particle = False
        while start > 0:
            if doc[start - 1].dep_ == "compound" and doc[start - 1].is_title:
                if start < token.i and gazetteer().demonym(doc[start - 1].text):
                    break  # "Italian | Renato Bellucci": a nationality before a whole name is no part of it
                start -= 1
            elif start > 1 and _particle_after_a_name(doc, start - 1):
                particle = True  # "Marelize du | Toit": the particle joins the given name to the surname
                start -= 1
            else:
                break
        span = doc[start : token.i + 1]
        words = span.text.split()
        if len(words) not in (2, 3) or any(i in covered for i in range(start, token.i)):
            continue
        # Without a given name to open it, a list says nothing and a description only of a plain
        # name: no party word, title or preposition before the surname ("Democrat Spearman, a
        # minister", "Unlike Senators, ..."). A particle between two capitalised words is a name's
        # own, whatever tag the model gave the given name before it.
        plain = (particle or all(t.tag_ == "NNP" for t in span)) and words[0].lower() not in (
            TITLE_QUALIFIERS | HONORIFICS | PERSON_TITLES
        )
        if not (in_apposition or is_given_name(words[0]) or (described and plain)):
            continue
        if token.i in covered and token.i not in surname_only:
            continue
        if any(w.lower() in ORG_HEADS | PLACE_HEADS | PLACE_NOUNS | NOT_NAMES for w in words):
            continue
        if not _good_name(span.text) or _is_title_only(span.text) or span.text in known_organizations():
            continue
        if token.i in surname_only:
            mentions.remove(surname_only.pop(token.i))
        covered.update(range(start, token.i + 1))
        mentions.append(
            Mention(span.start_char, span.end_char, token.i, span.text, "PERSON", "Person", sent_of[token.i])
        )


def _particle_after_a_name(doc: Doc, i: int) -> bool:
    """``doc[i]`` is a lower-case name particle between a capitalised word and the rest of a name
    ("Marelize | du | Toit", "Pieter | van | Dijk")."""
    return (
        doc[i].is_lower
        and doc[i].lower_ in NAME_PARTICLES
        and doc[i - 1].is_title
        and doc[i - 1].dep_ == "compound"
    )


def _listed_with_a_person(token) -> bool:
    """``token`` heads a name joined by "and" or "or" to a person the model found ("Ana Ruiz | and
    Ben Cole", "Ben Cole and | Ana Ruiz")."""
    if token.dep_ == "conj" and token.head.ent_type_ == "PERSON":
        return True
    return any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in token.children)


def _described_as_a_person(token) -> bool:
    """``token`` heads a name that a comma and a description only a person takes follow: "who"
    ("Greta Lund, who founded the group"), an age ("Greta Lund, 45,") or a person's role or
    occupation in apposition ("Greta Lund, a nurse from Oslo")."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].text != ",":
        return False
    after = doc[token.i + 2]
    if after.lower_ == "who":
        return True
    if after.like_num and token.i + 3 < len(doc) and doc[token.i + 3].text == ",":
        return True
    return any(c.dep_ == "appos" and c.i > token.i and _person_noun(c) for c in token.children)


def _person_position(token) -> bool:
    """``token`` stands where a person's surname used alone stands: the subject of a verb ("Fallows
    remarked", "Cummings passed the bar"), a possessor ("Imus' show"), the object of "according to",
    after a person's title ("Dr Fallows"), or before a comma and an age or a role in apposition
    ("Fallows, 45, ...", "Fallows, the chief executive"). Not person-only positions on their own:
    :func:`_surnames_the_model_missed` also asks for the surname of a person named earlier."""
    doc = token.doc
    if token.dep_ == "nsubj" and _says(token.head):
        return True
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX"):
        return True
    if token.dep_ == "poss":
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according":
        return True
    before = doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.is_title and _is_title_only(before.text):
        return True
    after = doc[token.i + 1 : token.i + 3]
    if len(after) == 2 and after[0].text == "," and after[1].like_num:
        return True  # "Smithers, 36 years old,"
    return any(
        c.dep_ == "appos"
        and _comma_between(doc, token.i, c.i)
        and (c.like_num or _person_noun(c) or (c.is_title and _is_title_only(c.text)))
        for c in token.children
    )


#: Parts of speech a surname the parser misread can take ("Fallows" NOUN, "Mijares" NOUN).
_SURNAME_POS = frozenset(["PROPN", "NOUN", "ADJ", "INTJ", "X"])


def _surnames_the_model_missed(doc: Doc, mentions: list[Mention], sent_of: list[int], skip) -> list[Mention]:
    """A capitalised word no mention covers, that is the last word of a person's name of two or more
    words named earlier in the article and stands where only a person does (:func:`_person_position`),
    is that person's surname used alone, even when the model tagged nothing and the parser took it for
    a common noun ("Chris Fallows ... Fallows remarked, ..."): a person mention (the within-article
    resolver joins it to the full name)."""
    surnames: dict[str, int] = {}  # surname -> where its first full name ends
    for m in mentions:
        words = m.text.split()
        if m.kind == "Person" and len(words) > 1 and words[-1][:1].isupper():
            surnames[words[-1]] = min(surnames.get(words[-1], m.end), m.end)
    if not surnames:
        return []
    covered = {i for m in mentions for i in m.token_indices(doc)}
    found = []
    for token in doc:
        if (
            token.text not in surnames
            or token.idx < surnames[token.text]
            or token.i in covered
            or not token.is_title
            or token.pos_ not in _SURNAME_POS
            or token.ent_type_ not in ("", "PERSON", "ORG", "GPE", "NORP")
            or token.lower_ in NOT_NAMES
            or gazetteer().demonym(token.text)
            or skip(token.idx)
            or not _person_position(token)
        ):
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        if (
            before is not None
            and before.is_title
            and before.dep_ == "compound"
            and not _is_title_only(before.text)
        ):
            continue  # the last word of a longer name the model missed ("Doris Day was"), not a surname alone
        found.append(Mention.of_token(token, "PERSON", "Person", sent_of[token.i]))
    return found


#: Participles whose dashed prefix names who owns or runs a thing ("Comcast-owned NBC").
_OWNED_PARTICIPLES = frozenset(["owned", "controlled", "backed", "run", "operated"])


def _name_word_before_role(token) -> bool:
    """A word of a name before a role: a capitalised proper noun, or a capitalised word the model
    took for an adjective that the article writes in an organisation's name elsewhere ("Dagatan chief
    executive Liza Ocampo" where "Dagatan Systems" is named; not "Presidential spokesperson", "Former
    chief executive")."""
    if not (token.is_title or token.is_upper):
        return False
    if token.pos_ == "PROPN":
        return True
    return token.pos_ == "ADJ" and any(
        t.text == token.text and t.i != token.i and t.ent_type_ == "ORG" and t.ent_iob_ == "B"
        for t in token.doc
    )


def _employers_before_a_role(doc: Doc, sent_of: list[int], skip, covered: set[int]) -> list[Mention]:
    """A capitalised name the model left untagged right before a lower-case role of
    :data:`ORGANIZATION_ROLES` and a person's name is where the role is held, an organisation: "Ajax
    striker Karl Jensen", "Rolling Stones drummer Ana Vela". Not a state or a nationality ("Danish
    striker"), and not a title ("Chief Executive").

    >>> from graph.extract.language import load_nlp
    >>> doc = load_nlp()("Rolling Stones drummer Karl Jensen died on Monday.")
    >>> [m.text for m in _employers_before_a_role(doc, [0] * len(doc), lambda _: False, set())]
    ['Rolling Stones']
    """
    found = []
    for role in doc:
        if (
            role.lower_ not in ORGANIZATION_ROLES
            or not role.is_lower
            or role.i + 1 >= len(doc)
            or doc[role.i + 1].ent_type_ != "PERSON"
            or skip(role.idx)
        ):
            continue
        role_start = role.i
        # "Klarwasser chief executive Jonas Reinholt": the words of a longer role go with it
        while role_start > 0 and doc[role_start - 1].is_lower and doc[role_start - 1].lower_ in ROLE_WORDS:
            role_start -= 1
        start = role_start
        while start > 0 and start - 1 not in covered and _name_word_before_role(doc[start - 1]):
            start -= 1
        if start == role_start or doc[start - 1].ent_type_ == "PERSON":
            continue  # nothing before the role, or a person's name ("Karl Jensen, striker")
        span = doc[start:role_start]
        words = {t.lower_ for t in span}
        if (
            gazetteer().country(span.text)
            or gazetteer().demonym(span[0].text)
            or words & (ROLE_WORDS | HONORIFICS | TITLE_NOUNS)
            or span.text.lower() in NOT_NAMES
            or not _good_name(span.text)
        ):
            continue
        covered.update(range(start, role_start))
        found.append(
            Mention(
                span.start_char, span.end_char, role.i - 1, span.text, "ORG", "Organization", sent_of[start]
            )
        )
    return found


_ROLES_IN_BODIES = ROLE_WORDS | ORGANIZATION_ROLES | COMPANY_LEAD_ROLES


def _employers_the_model_took_for_people(doc: Doc, mentions: list[Mention]) -> None:
    """ "Civic Path leader Martin Hrubeš", "Brenner chief executive Matthias Grunwald": a name the
    model called a person, right before a lower-case role held only in an organisation
    (:data:`COMPANY_LEAD_ROLES`, a player's) and a person's name, is where the role is held. Not a
    name opening with a given name, a well-known actor, a word of a person's name the article gives,
    nor before a spokesman or an adviser, who may be a person's ("Varga spokesman Tamas Kiss")."""
    people = [m for m in mentions if m.kind == "Person"]
    # (not of a name that ends like a company's: "Lumora Space" read as a person is no one's name)
    words_of_people = {
        w
        for m in people
        if len(m.text.split()) > 1 and m.text.split()[-1].lower() not in SHORT_NAMED_TAILS
        for w in m.text.split()
    }
    starts = {m.start_token(doc) for m in people}
    known = known_actors()
    # A name the model read as a body there is marked too, so that its cluster is a body even where
    # the model took the full name for a person ("Lumora Space ... Lumora chief executive X").
    bodies = [m for m in mentions if m.kind == "Organization" and m.label == "ORG" and not m.by_context]
    for m in people + bodies:
        if m.by_context or _opens_with_given_name(m.text) or m.text in known:
            continue
        if len(m.text.split()) == 1 and m.text in words_of_people:
            continue
        i = m.end_token(doc)
        role_end = i
        while role_end < len(doc) and doc[role_end].is_lower and doc[role_end].lower_ in _ROLES_IN_BODIES:
            role_end += 1
        if role_end == i or role_end not in starts:
            continue
        if doc[role_end - 1].lower_ in COMPANY_LEAD_ROLES | PLAYER_ROLES:  # not "Varga spokesman"
            m.kind, m.label, m.by_context = "Organization", "ORG", True


def _bodies_described_by_which(doc: Doc, mentions: list[Mention]) -> None:
    """A name the model called a person that a "which" clause describes is a body's ("The Emvelo
    Local Municipality, which was placed under administration", "the Port Ardeen Ledger, which has
    been the town's daily"): news writes "who" of people. Not a name opening with a given name or
    marked by context, nor a well-known actor; a place stays the places' rules', but for a name the
    model read as an organisation's that its head word made a place ("Local Municipality")."""
    known = known_actors()
    for m in mentions:
        read_as_body = m.kind == "Place" and m.label == "ORG" and not m.country
        if (
            not (m.kind == "Person" or read_as_body)
            or m.by_context
            or m.text in known
            or _opens_with_given_name(m.text)
        ):
            continue
        if _relative_clause_on(doc, m, "which") and not _place_cue(doc[m.root]):
            m.kind, m.label, m.by_context = "Organization", "ORG", True


def _owners_before_a_dash(doc: Doc, sent_of: list[int], skip, covered: set[int]) -> list[Mention]:
    """ "Comcast-owned NBC", "Tencent-backed Sea": a capitalised name dashed onto a participle of
    owning is an organisation (or its state) even when the model missed it."""
    found = []
    for token in doc:
        if (
            token.i in covered
            or token.i + 2 >= len(doc)
            or doc[token.i + 1].text not in ("-", "\u2013")
            or doc[token.i + 2].lower_ not in _OWNED_PARTICIPLES
            or token.whitespace_
            or not token.is_title
            or token.pos_ != "PROPN"
            or skip(token.idx)
        ):
            continue
        country = gazetteer().country(token.text)
        if gazetteer().demonym(token.text) or token.lower_ in NOT_NAMES:
            continue
        kind, label = ("Country", "GPE") if country else ("Organization", "ORG")
        covered.add(token.i)
        found.append(Mention.of_token(token, label, kind, sent_of[token.i], country))
    return found


def _people_by_role(doc: Doc, mentions: list[Mention]) -> None:
    """A name in apposition with a person's role is a person, whatever the model said: "Gáspár
    Maróth, the Hungarian Government commissioner"; so is a name right after a person's role word
    ("Sea-Eye spokesperson Carlotta Weibl", "feminist Qandeel Baloch"), unless its last word is an
    organisation's; so is a speaker named with where they are from ("Ana Ruiz of the Tarn council
    said"), a name listed with a person's full name ("Ana Ruiz and Lev Orlov") and a name with a
    person's surname ("Tomas Orlov" where "Lev Orlov" is named)."""
    full_names = [m for m in mentions if m.kind == "Person" and m.label == "PERSON" and _plain_name(m)]
    people = {m.root for m in full_names}
    surnames = {m.text.split()[-1] for m in full_names}
    named = {m.text for m in full_names}
    for m in mentions:
        if m.country or len(m.text.split()) < 2 or m.kind == "Person" or not _plain_name(m):
            continue
        if m.text.split()[0] in CLUB_PREFIXES | CLUB_WORDS:
            continue  # "AC Borgo Varese" where "Borgo Varese" was taken for a person: a club, not kin
        # (not a name the model took for a place: "Puerto Rico and Pedro Ruiz"; an organisation's
        # only in a list of nothing but people: "Ana Vela, Lev Orlov and Ivo Marsh")
        listed = m.label in ("PRODUCT", "FAC", "EVENT") and _listed_with(doc[m.root], people)
        listed = listed or (m.label == "ORG" and _only_people_listed(doc[m.root], people))
        kin = m.text.split()[-1] in surnames and m.text not in named  # not the same name labelled twice
        if listed or kin:  # "Piotr Wilczek" where "Jan Wilczek" is named
            m.kind, m.label, m.by_context = "Person", "PERSON", True
    for m in mentions:
        if _given_name_of_kin(doc, m):  # "Kallergis's wife, Marina, said": not a marina
            m.kind, m.label, m.by_context = "Person", "PERSON", True
        if m.country or len(m.text.split()) < 2:
            continue
        head = doc[m.root]
        # "Speaking to Agence France-Presse, the league's president, Ana Vela, said": a role the
        # parse hangs on the name but that a person's name follows is that person's
        roles = [
            c for c in head.children if c.dep_ == "appos" and _person_noun(c) and not _role_of_next_name(c)
        ]
        placed = m.label in ("GPE", "LOC", "FAC")  # "the mayor of New York, New York"
        apposed = head.dep_ == "appos" and _comma_between(doc, head.i, head.head.i)
        # (a name the model took for a place is a person's when it renames the role itself: "a
        # spokesman for the central bank, Isa Abdulmumin,"; not a state's name)
        if apposed and placed and _person_noun(head.head) and not gazetteer().country(m.text):
            placed = False
        if apposed and _plain_name(m) and not placed:
            # "the president, Ana Vela, ...", and where the parser hangs the name from the place
            # the role is held for, "the current president of Halvia, Ana Vela, ..."
            held = head.head
            if held.dep_ == "pobj" and held.head.lower_ == "of" and _person_noun(held.head.head):
                held = held.head.head
            if _person_noun(held) or _chair_or_head_of(held):
                roles.append(held)
        first = m.start_token(doc)
        before = doc[first - 1] if first > 0 else None
        titled = (
            before is not None
            and (before.lower_ in PERSON_ROLES | OCCUPATIONS | TITLE_NOUNS or _agent_noun(before))
            and before.lower_ not in ORG_NOUNS  # "local broadcaster Nkhata FM": a broadcaster is a body too
            and before.head.i == m.root
            and m.text.split()[-1].lower() not in ORG_HEADS
            and (before.lower_ in PERSON_ROLES | OCCUPATIONS | TITLE_NOUNS or len(m.text.split()) in (2, 3))
        )
        # "Mere Naivalu, who chairs the association,": a two- or three-word plain name someone "who"
        # does something is a person (not a band or a club: "Blur, who", "Leeds United, who")
        who = (
            len(m.text.split()) in (2, 3)
            and _plain_name(m)
            and not placed
            and not _org_head(m.text)
            and m.text not in known_organizations()
            and _relative_clause_on(doc, m, "who")
            # (not "an editor at Pustaka Cahaya who worked with her": the parser hangs the editor's
            # clause on the place of work)
            and not (head.dep_ == "pobj" and head.head.lower_ in ("at", "of", "for", "with"))
        )
        if roles and m.text.split()[-1].lower() in ORG_HEADS:
            roles = []  # "Fraser Valley Growers, a frozen vegetable producer": a company's own words
        if m.text.split()[0].lower() in FOREIGN_ORG_HEADS:
            continue  # "a vice-president of Parti Harapan Kinabalu": a party, whose officer she is
        if titled or roles or who or _affiliated_speaker(doc, m):
            # Marked so the resolver takes it over the model's other labels for the same name
            # ("feminist Qandeel Baloch" here, "Qandeel Baloch" an organisation twice elsewhere).
            m.kind, m.label, m.by_context = "Person", "PERSON", True


def _opens_classifying_run(doc: Doc, start: int, end: int) -> bool:
    """A run of lower-case words from ``start`` ends in a kind of organisation ("trade union
    federation") and gives way, before ``end``, to a capitalised name."""
    for k in range(start + 1, min(end - 1, start + 3)):
        if not (doc[k].is_lower and doc[k].is_alpha):
            return False
        if _singular(doc[k].lower_) in ORG_NOUNS and doc[k + 1].text[:1].isupper():
            return True
    return False


def _places_before_an_office(doc: Doc, mentions: list[Mention]) -> None:
    """A name the model took for a person's, right before a town's or a state's office and the name
    of whoever holds it, is the town or the state: "Port Alder Mayor Sandra Leclair"."""
    starts = {m.start_token(doc): m for m in mentions}
    for m in mentions:
        end = m.end_token(doc)
        if m.kind != "Person" or m.country or m.by_context or end + 1 >= len(doc):
            continue
        office, holder = doc[end], starts.get(end + 1)
        if (
            office.is_title
            and office.lower_ in TERRITORY_OFFICES
            and holder is not None
            and holder.kind == "Person"
        ):
            m.kind, m.label, m.by_context = "Place", "GPE", True


def _national_branches_of_known_bodies(mentions: list[Mention]) -> None:
    """A known organisation's name and a state's is that body's branch there, not a person:
    "Greenpeace Poland", "Amnesty International Australia"."""
    for m in mentions:
        words = m.text.split()
        if m.kind == "Organization" or m.country or len(words) < 2:
            continue
        if gazetteer().country(words[-1]) and " ".join(words[:-1]) in known_organizations():
            m.kind, m.label, m.by_context = "Organization", "ORG", True


def _given_name_of_kin(doc: Doc, m: Mention) -> bool:
    """A one-word given name set off by commas after a word of kin is that relative's name: "his
    wife, Marina,", "Donnellan's mother, Bernadette, said" (a given name alone, as kin are named);
    so is each given name of a list after a plural word of kin, with a comma or none ("two
    daughters, Aurelia and Georgina", "his brothers Jordan and Austin")."""
    head = doc[m.root]
    if m.kind == "Person" or m.country or " " in m.text:
        return False
    # (the given names' list leaves out the names of cities: "his sister Sydney", "Adelaide")
    if not (is_given_name(m.text) or (m.kind == "Place" and head.pos_ == "PROPN")):
        return False
    if head.dep_ == "appos" and head.head.lower_ in KIN_NOUNS:
        return head.head.i == head.i - 1 or _comma_between(doc, head.head.i, head.i)
    top = head
    while top.dep_ == "conj" and top.head.pos_ == "PROPN":
        top = top.head
    kin = top.head
    return (
        top.dep_ in ("appos", "conj")
        and kin.i < top.i
        and kin.tag_ == "NNS"
        and (kin.lower_ in KIN_PLURALS or kin.lower_[:-1] in KIN_NOUNS)
        and all(t.is_punct for t in doc[kin.i + 1 : top.i])
    )


def _chair_or_head_of(token) -> bool:
    """ "the chair of its board", "the head of the agency": a chair or a head "of" something is a
    person (alone either word may be furniture or a body part, so neither is a role word)."""
    return (
        token.pos_ == "NOUN"
        and token.lower_ in ("chair", "head")
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
    )


def _relative_clause_on(doc: Doc, m: Mention, pronoun: str) -> bool:
    """The name ``m`` heads a relative clause whose subject is ``pronoun`` ("Mere Naivalu, who
    chairs ...": "who"; "the Emvelo Local Municipality, which was placed ...": "which")."""
    return any(
        c.dep_ == "relcl"
        and any(w.lower_ == pronoun and w.dep_ in ("nsubj", "nsubjpass") for w in c.children)
        for c in doc[m.root].children
    )


#: Words for things, bodies and places that end like a word for someone's work ("maker", "tanker").
_THING_NOUNS = ORG_NOUNS | COMPANY_NOUNS | PRODUCT_NOUNS | PLACE_HEADS | PLACE_NOUNS | ORGANIZATION_NOUNS


def _agent_noun(token) -> bool:
    """A lower-case word for someone's work ("forecaster", "economist", "historian") that no company,
    product or place is called by ("sensor maker", "the tanker", "the operator")."""
    word = token.lower_
    if not (token.is_lower and token.tag_ == "NN" and word.endswith(("er", "or", "ist", "ian"))):
        return False
    return word not in _THING_NOUNS and not word.endswith(("maker", "owner", "holder"))


def _role_of_next_name(role) -> bool:
    """The role phrase headed by ``role`` is followed by a comma and a person's name, whose role
    it is ("the president of the league, Ana Vela,"), or the name already hangs on it (as
    :func:`graph.extract.language.repair_appositions` hangs it)."""
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in role.children):
        return True
    doc, after = role.doc, role.right_edge.i + 1
    return after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].ent_type_ == "PERSON"


def _people_cut_as_places(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A one-word "place" the model cut from a person's name is the person's whole name when a
    person's role renames the word after it: "Shota Imamura, chairman of the union," read as the
    place "Shota" and "Imamura" as nothing or as a one-word name of its own (which goes)."""
    one_word = {m.root: m for m in mentions if len(m.text.split()) == 1}
    gone: set[int] = set()
    for m in mentions:
        if m.label not in ("GPE", "LOC") or m.country or len(m.text.split()) != 1 or id(m) in gone:
            continue
        token = doc[m.root]
        surname = token.head
        if token.dep_ != "compound" or surname.i != token.i + 1:
            continue
        if surname.pos_ != "PROPN" or not surname.is_title:
            continue
        tagged = one_word.get(surname.i)
        if surname.ent_type_ and tagged is None:
            continue  # part of a longer name
        if any(c.dep_ == "appos" and _person_noun(c) for c in surname.children):
            span = doc[token.i : surname.i + 1]
            m.end, m.root, m.text = span.end_char, surname.i, span.text
            m.label, m.kind, m.by_context = "PERSON", "Person", True
            if tagged is not None:
                gone.add(id(tagged))
    return [m for m in mentions if id(m) not in gone]


def _titled_surnames(doc: Doc, mentions: list[Mention]) -> None:
    """ "General Musharraf", "Mr Hicks" read as a body or a place: a title before the surname of a
    person the article names in full is that person, the title no part of the name ("General Motors"
    stays a company: no "Motors" is named in full; "Saint Paul" a place beside Rand Paul: no title
    of :data:`~graph.extract.constants.SURNAME_TITLES`)."""
    surnames = {m.text.split()[-1] for m in mentions if m.kind == "Person" and len(m.text.split()) > 1}
    for m in mentions:
        words = m.text.split()
        if m.kind == "Person" or len(words) != 2 or words[1] not in surnames:
            continue
        if words[0].lower() not in SURNAME_TITLES:
            continue
        token = doc[m.root]
        if token.text != words[1]:
            continue
        m.start, m.text = token.idx, token.text
        m.label, m.kind, m.by_context = "PERSON", "Person", True


def _person_noun(token) -> bool:
    """A common noun, or a capitalised title, that stands for a person: a role ("president",
    "Secretary of Justice"), an occupation or a word of kin ("boyfriend")."""
    word = token.lower_
    if token.pos_ == "PROPN":
        return word in TITLE_NOUNS
    return token.pos_ == "NOUN" and (word in PERSON_ROLES or word in OCCUPATIONS or word in PERSON_NOUNS)


def _only_people_listed(token, people: set[int]) -> bool:
    """``token`` is one of a list ("A, B and C") whose other members are all heads of people's full
    names."""
    top = token
    while top.dep_ == "conj":
        top = top.head
    others = [i for i in sorted({top.i} | _conj_chain(top)) if i != token.i]
    return bool(others) and all(i in people for i in others)


def _conj_chain(top) -> set[int]:
    """The token indices of ``top``'s conjuncts, nested ("A, B and C": B hangs from A, C from B)."""
    chain, frontier = set(), [top]
    while frontier:
        node = frontier.pop()
        for c in node.children:
            if c.dep_ == "conj" and c.i not in chain:
                chain.add(c.i)
                frontier.append(c)
    return chain


def _plain_name(m: Mention) -> bool:
    """Two or three capitalised words, none of them an organisation's or a place's head word."""
    words = m.text.split()
    return (
        len(words) in (2, 3)
        and all(w[:1].isupper() for w in words)
        and not any(w.lower() in ORG_HEADS | PLACE_HEADS | PLACE_NOUNS | NOT_NAMES for w in words)
        and m.text not in known_organizations()
    )


def _listed_with(token, people: set[int]) -> bool:
    """``token`` is joined by "and" or a comma to the head of a person's full name."""
    return (token.dep_ == "conj" and token.head.i in people) or any(
        c.dep_ == "conj" and c.i in people for c in token.children
    )


def _affiliated_speaker(doc: Doc, m: Mention) -> bool:
    """ "Dana Whitlock of the Harbor Trust said", "Ana Ruiz from the opposition said": a plain
    two- or three-word name that says something and is placed by "of" or "from" is a person's (an
    organisation that speaks is named alone)."""
    token = doc[m.root]
    placed = any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in token.children)
    said = token.dep_ == "nsubj" and token.head.lower_ in SPEECH_VERBS
    return placed and said and m.label != "PERSON" and _plain_name(m)


def _comma_between(doc: Doc, i: int, j: int) -> bool:
    """A comma or dash sets the two tokens apart ("Alvora, a shipping company"): an apposition as
    written, not one the parser made up across a quotation ('"Our team" co-author X said')."""
    return any(t.text in (",", "\u2014", "\u2013", "(") for t in doc[min(i, j) + 1 : max(i, j)])


#: Nouns that classify the name after them, with the kind and label they give it.
_CLASSIFYING_NOUNS = (
    # (a newspaper's noun may be an adjective to the parser: "the business daily Tagesbrief Wirtschaft")
    (ORG_NOUNS | NEWSPAPER_NOUNS, "Organization", "ORG"),
    (SKY_NOUNS, "Place", "LOC"),
    (PRODUCT_NOUNS, "Product", "PRODUCT"),
)


_NOUN_PHRASE_ENDS = frozenset(["pobj", "dobj", "appos", "attr"])


def _people_known_as(doc: Doc, mentions: list[Mention]) -> None:
    """ "a man known as Nick", "a woman identified only as Maria": the name a person noun is known by
    is a person's, whatever the model took the lone name for (a place, a body)."""
    for m in mentions:
        token = doc[m.root]
        if m.kind == "Person" or m.country or token.dep_ != "pobj" or token.head.lower_ != "as":
            continue
        verb = token.head.head
        naming = verb.lower_ in ("known", "identified", "named", "nicknamed") and verb.dep_ == "acl"
        if naming and _singular(verb.head.lower_) in PERSON_NOUNS and verb.head.pos_ == "NOUN":
            m.kind, m.label, m.by_context = "Person", "PERSON", True


def _people_with_particles_by_who(doc: Doc, mentions: list[Mention]) -> None:
    """A name shaped like a person's with a particle ("Annelie du Plessis", "Marthinus de Villiers")
    that the model took for a body's, is a person's when a "who" clause tells of it ("Annelie du
    Plessis, who chairs the residents' association, said"); a body opening with its kind word
    ("Banco de Chile", "Museo del Prado") is not."""
    for m in mentions:
        words = m.text.split()
        if m.kind not in ("Organization", "Place") or m.known or m.country or len(words) < 3:
            continue
        if not any(w in NAME_PARTICLES for w in words[1:-1]) or not all(
            w[:1].isupper() for w in (words[0], words[-1])
        ):
            continue
        if {w.lower() for w in words} & (ORG_HEADS | INSTITUTION_HEADS | FOREIGN_ORG_HEADS):
            continue
        root = doc[m.root]
        told_of_by_who = any(
            c.dep_ == "relcl" and any(s.dep_ == "nsubj" and s.lower_ == "who" for s in c.children)
            for c in root.children
        )
        if told_of_by_who:
            m.kind, m.label, m.by_context = "Person", "PERSON", True


def _kinds_by_noun(doc: Doc, mentions: list[Mention]) -> None:
    """A name right after a noun that classifies it, or in apposition with one, has that noun's
    kind whatever the model said: an organisation ("the rock band Velvet Harbor", "the charity Open
    Shores", "Alvora, a shipping company"), a heavenly body, a place ("the constellation Lyra",
    "the exoplanet Tessar-4b") or a made thing, a product ("the tanker Stena Impero", "the boat
    Conception"; a maker's name comes before the noun: "a Boeing plane")."""
    for m in mentions:
        if m.country:
            continue
        if m.text.split()[-1].lower() in LEGAL_FORMS:
            # "Bellamy Roy Inc.", "Bertrand Okoye LLP": a firm named after people is a firm, and says so
            # over the model's reading of the short form ("Bellamy Roy" as a person)
            m.kind, m.label, m.by_context = "Organization", "ORG", True
            continue
        first = m.start_token(doc)
        before = doc[first - 1] if first > 0 else None
        token = doc[m.root]
        if before is not None and before.lower_ == "flagged" and first > 1 and doc[first - 2].text == "-":
            # "the British-flagged Stena Impero": only a ship flies a state's flag
            m.kind, m.label, m.by_context = "Product", "PRODUCT", True
            continue
        if m.kind == "Person" and any(
            c.dep_ == "acl"
            and c.tag_ == "VBN"
            and c.lower_ in FOUNDED_PARTICIPLES
            and _comma_between(doc, token.i, c.i)
            for c in token.children
        ):
            # "Studio Boréal, founded in 2011 by ...": bodies are founded, people are not
            m.kind, m.label, m.by_context = "Organization", "ORG", True
            continue
        if (
            m.kind != "Organization"
            and before is not None
            and before.lower_ == "house"
            and first >= 2
            and doc[first - 2].lower_ in BUSINESS_HOUSE_KINDS
        ):
            # "the Amsterdam auction house Veilinghuis Brandsma", "the fashion house Maison Oriel"
            m.kind, m.label, m.by_context = "Organization", "ORG", True
            continue
        end = m.end_token(doc)
        if (
            end < len(doc)
            and doc[end].lower_ in ("party", "parties")
            and not (m.kind == "Person" and _opens_with_given_name(m.text))
            and token.head.i == end
            and token.dep_ in ("compound", "nmod", "amod")
        ):
            # "the Derech Hadasha party", "the centrist Ometz party": a party, however the model read
            # its name (a person's, a town's)
            m.kind, m.label, m.by_context = "Organization", "ORG", True
            continue
        for nouns, kind, label in _CLASSIFYING_NOUNS:
            if m.kind == kind:
                continue
            classified = before is not None and before.is_lower and _singular(before.lower_) in nouns
            # "veteran broadcaster Karl Jensen": a noun that is also a person's occupation leaves a
            # person the model found a person
            classified = classified and not (m.label == "PERSON" and before.lower_ in OCCUPATIONS)
            # "crane operator Karl Jensen": a name opening with a given name after a noun that may be
            # a person's job stays a person ("network operator Coastline Energy" is a company)
            full_name = m.kind == "Person" and len(m.text.split()) > 1 and _opens_with_given_name(m.text)
            classified = classified and not full_name
            classified = classified and (
                (before.head.i == m.root and before.dep_ in ("compound", "nmod", "amod"))
                or (token.head.i == before.i and token.dep_ in ("npadvmod", "appos", "nmod", "compound"))
                # "of the Scranton law firm Hollis & Marsh": the parser hangs the name elsewhere, but a
                # noun ending its phrase right before a name is still what the name is
                or (before.dep_ in _NOUN_PHRASE_ENDS and token.dep_ not in SUBJECT_DEPS and "&" in m.text)
            )
            in_apposition = (
                token.dep_ == "appos"
                and _singular(_whole_word(doc, token.head)) in nouns
                and token.head.pos_ == "NOUN"
                and _comma_between(doc, token.head.i, token.i)
                and not _names_the_role_holder(token, m)
            ) or any(
                c.dep_ == "appos"
                and c.pos_ == "NOUN"
                and _singular(_whole_word(doc, c)) in nouns
                and _comma_between(doc, token.i, c.i)
                # "Chiara Mancuso, a spokeswoman for UNHCR, the refugee agency,": the agency renames
                # UNHCR, not the spokeswoman
                and not any(o.dep_ == "appos" and o.i < c.i and _person_noun(o) for o in token.children)
                # "Noor Brouwer of Student & Starter, a local party,": the party is the body she is of
                and not (m.kind == "Person" and _body_named_between(token, c))
                for c in token.children
            )
            listed = kind == "Organization" and not full_name and _listed_under_plural(token) in nouns
            # "Los Choneros, one of the largest gangs": a name opening with an article, which would
            # otherwise be read as a place's
            one_of = m.text.split()[0] in ARTICLE_OPENED_NAMES and kind == "Organization"
            one_of = one_of and _one_of_plural(doc, token) in nouns
            listed = listed or one_of
            if classified or in_apposition or listed:
                m.kind, m.label, m.by_context = kind, label, True
                break


def _one_of_plural(doc: Doc, token) -> str | None:
    """The plural noun, singular, of "one of the ..." in apposition with a name ("Los Choneros, one of
    the largest gangs in the country", "Castillo Verde, one of Peru's biggest companies"), else None."""
    for one in token.children:
        if one.dep_ != "appos" or one.lower_ != "one" or not _comma_between(doc, token.i, one.i):
            continue
        for of in one.children:
            if of.dep_ == "prep" and of.lower_ == "of":
                plural = next((c for c in of.children if c.dep_ == "pobj" and c.tag_ == "NNS"), None)
                if plural is not None:
                    return _singular(plural.lower_)
    return None


def _listed_under_plural(token) -> str | None:
    """The plural noun, singular, that a name listed after "including" or "such as" is one of ("seven
    studios since 2018, including Iron Owl Games and Redline Forge", "retailers such as Kelvo
    Market"), else None."""
    first = token
    while first.dep_ == "conj":
        first = first.head
    link = first.head
    if first.dep_ != "pobj" or not (
        link.lower_ == "including" or (link.lower_ == "as" and any(c.lower_ == "such" for c in link.children))
    ):
        return None
    owner = link.head
    if owner.tag_ != "NNS":
        # "bought seven studios since 2018, including ...": the object of the verb the list hangs
        # from, however the parser attached "including" (to the verb, or to "2018")
        verb = owner
        for _ in range(3):
            if verb.pos_ in ("VERB", "AUX"):
                break
            verb = verb.head
        owner = next((c for c in verb.children if c.dep_ == "dobj" and c.i < link.i), None)
    if owner is None or owner.tag_ != "NNS":
        return None
    return _singular(owner.lower_)


def _body_named_between(token, appos) -> bool:
    """A capitalised name "of", "for" or "at" which ``token`` is stands between it and ``appos``:
    what the apposition renames is that name."""
    return any(
        p.dep_ == "prep"
        and p.lower_ in ("of", "for", "at")
        and token.i < p.i < appos.i
        and any(o.dep_ == "pobj" and o.text[:1].isupper() for o in p.children)
        for p in token.children
    )


def _names_the_role_holder(token, m: Mention) -> bool:
    """ "a spokeswoman for the company, Lise Dahl": the parser hangs the person's name on the last
    noun, the organisation's, but the name is the role holder's (a person's name after a role "for"
    or "of" an organisation noun)."""
    noun = token.head
    prep = noun.head
    return (
        m.label == "PERSON"
        and noun.dep_ == "pobj"
        and prep.lower_ in ("for", "of", "at")
        and (prep.head.lower_ in ROLE_WORDS or prep.head.lower_ in OCCUPATIONS)
    )


#: Nouns for a publication written right before its name: the name is the publication's.
_PUBLICATION_NOUNS = NEWSPAPER_NOUNS | frozenset(["journal", "magazine", "website"])


def _acronyms_read_as_people(mentions: list[Mention]) -> None:
    """ "MINUSCA", "UNZASU": a word of capitals only is a body's short form, never a person's name,
    whatever the model said (initials are written with full stops: "J.M.R.")."""
    for m in mentions:
        if m.kind == "Person" and len(m.text) >= 3 and m.text.isalpha() and m.text.isupper():
            m.kind, m.label, m.by_context = "Organization", "ORG", True


def _article_first_names_read_as_people(doc: Doc, mentions: list[Mention]) -> None:
    """ "towards La Ligua", "in El Tambo": a name opening with a Spanish or Italian article is a
    place's, not a person's ("Le Hoang Minh" and "Les Brown" are people: "Le" and "Les" stay out),
    unless it is the end of a person's full name the article gives ("Yassine El Ouardi"); a paper's
    when someone is told it or a newspaper's noun stands before it ("he told Il Secolo XIX", "the
    daily La Razón")."""
    people = [m.text for m in mentions if m.kind == "Person"]
    for m in mentions:
        words = m.text.split()
        opened = len(words) > 1 and words[0] in ARTICLE_OPENED_NAMES and words[1].istitle()
        if m.kind != "Person" or not opened:
            continue
        if any(p.endswith(" " + m.text) for p in people):
            continue  # "Yassine El Ouardi ... El Ouardi": an Arabic surname's "El"
        first, root = m.start_token(doc), doc[m.root]
        told = root.dep_ in ("dobj", "dative") and root.head.lower_ in TELLING_VERBS
        if told or (first > 0 and doc[first - 1].lower_ in _PUBLICATION_NOUNS):
            m.kind, m.label, m.by_context = "Organization", "ORG", True
            continue
        m.kind, m.label, m.by_context = "Place", "GPE", True


def _publications_read_as_places(doc: Doc, mentions: list[Mention]) -> None:
    """What findings are published in is a publication ("published the study in Nature"), though the
    model took the name for a place; a place the world knows stays one ("published in London"), and
    so does a state, a region or a place followed by its region ("in Tyler, Texas"). A name right
    after "the newspaper" or "the magazine" is the publication's, whatever the model said."""
    for m in mentions:
        if m.kind != "Place" or m.country:
            continue
        first = m.start_token(doc)
        noun = doc[first - 1] if first > 0 else None
        if noun is not None and noun.is_lower and noun.pos_ == "NOUN" and noun.lower_ in _PUBLICATION_NOUNS:
            m.kind, m.label, m.by_context = "Organization", "ORG", True  # "the newspaper Página Siete"
            continue
        token = doc[m.root]
        prep = token.head
        if token.dep_ != "pobj" or prep.lower_ != "in" or prep.head.lower_ not in PUBLISHING_VERBS:
            continue
        if known_actors().get(m.text) == "Place" or gazetteer().subdivision(m.text):
            continue
        end = m.end_token(doc)  # the token after the name
        if end < len(doc) and doc[end].text == "," and end + 1 < len(doc) and doc[end + 1].is_title:
            continue
        m.kind, m.label, m.by_context = "Organization", "ORG", True


def _church_districts(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A place's name with a church district's noun in lower case right after it ("the Marbel
    diocese", "São Sebastião parish") or "diocese of" right before it ("the diocese of Cahors") names
    the district, an organisation (:data:`~graph.extract.constants.CHURCH_DISTRICT_NOUNS`); the
    place is named there no more.

    >>> from graph.model import Article
    >>> from graph.extract.pipeline import extract
    >>> ext = extract(Article.from_fields("T", "The diocese of Cahors keeps the relic."))
    >>> [(e.name, e.type) for e in ext.entities]
    [('diocese of Cahors', 'Organization')]
    """
    out = []
    for m in mentions:
        if m.kind not in ("Place", "Country"):
            out.append(m)
            continue
        first, end = m.start_token(doc), m.end_token(doc)
        span = None
        if end < len(doc) and doc[end].is_lower and doc[end].lower_ in CHURCH_DISTRICT_NOUNS:
            span = doc[first : end + 1]
        elif (
            first >= 2
            and doc[first - 1].lower_ == "of"
            and doc[first - 2].is_lower
            and doc[first - 2].lower_ in CHURCH_DISTRICT_NOUNS
        ):
            span = doc[first - 2 : end]
        if span is None or any(
            o is not m and o.start < span.end_char and span.start_char < o.end for o in mentions
        ):
            out.append(m)
            continue
        district = Mention(
            span.start_char, span.end_char, span.root.i, span.text, "ORG", "Organization", m.sent
        )
        district.by_context = True
        out.append(district)
    return out


def _national_bodies(doc: Doc, mentions: list[Mention], sent_of: list[int]) -> list[Mention]:
    """A sector's word before a state's name is a national body's name ("Finance Norway", "Energy UK",
    "Cricket Australia", "Tourism Ireland"): one organisation, not the state, whatever the model made
    of the pair (:data:`~graph.extract.constants.NATIONAL_BODY_WORDS`)."""
    kept, bodies = [], []
    for m in mentions:
        first = m.start_token(doc)
        words = m.text.split()
        if len(words) == 2 and words[0].lower() in NATIONAL_BODY_WORDS and gazetteer().country(words[1]):
            m.kind, m.label, m.country, m.by_context = "Organization", "ORG", None, True  # read as one
            kept.append(m)
            continue
        before = doc[first - 1] if first > 0 else None
        if (
            m.country
            and len(words) == 1
            and before is not None
            and before.is_title
            and before.lower_ in NATIONAL_BODY_WORDS
            and not any(o.start <= before.idx < o.end for o in mentions)
        ):
            span = doc[first - 1 : m.end_token(doc)]
            bodies.append(
                Mention(
                    span.start_char, span.end_char, m.root, span.text, "ORG", "Organization", sent_of[first]
                )
            )
            bodies[-1].by_context = True
            continue
        kept.append(m)
    return kept + bodies


def _factions_in_brackets(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "the Pakistan Muslim League (N)", "the Communist Party of Nepal (Unified Marxist-Leninist)": a
    party's faction or line, in brackets right after its name, is part of the name: one capital
    letter, or up to four words the first of them capitalised (not a short form in capitals)."""
    widened, spans = [], []
    for m in mentions:
        if m.kind != "Organization" or not any(w.lower() in FACTION_NAMED_HEADS for w in m.text.split()):
            continue
        open_at = m.end_token(doc)
        if open_at >= len(doc) or doc[open_at].text != "(" or not doc[open_at - 1].whitespace_:
            continue
        close = open_at + 1
        while close < len(doc) and close - open_at <= 6 and doc[close].text not in (")", "("):
            close += 1
        inside = doc[open_at + 1 : close]
        if close >= len(doc) or doc[close].text != ")" or not inside:
            continue
        words = [t for t in inside if t.is_alpha]
        letter = len(inside) == 1 and len(inside[0].text) == 1 and inside[0].is_upper
        line = (
            words
            and inside[0].is_title
            and len(words) <= 4
            and not any(t.is_upper and len(t) > 1 for t in inside)
            and all(t.is_alpha or t.text in ("-", "–") for t in inside)
        )
        placed = any(t.ent_type_ in ("GPE", "LOC") for t in inside) or inside.text in cities()
        if not (letter or line) or placed or gazetteer().country(inside.text):
            continue  # (not "Front Line (Dublin)": where the body is)
        spans.append((doc[open_at].idx, doc[close].idx + 1))
        widened.append(m)
        m.end = doc[close].idx + 1
        m.text = doc.text[m.start : m.end]
    return _starting_outside(mentions, spans, keep=widened)


def _bracketed_short_forms(doc: Doc, mentions: list[Mention], sent_of: list[int]) -> list[Mention]:
    """ "University of Colorado at Boulder (CU Boulder)": two or three capitalised words in brackets
    right after an organisation's name, the last one of its own words, are its short form: one
    mention of the organisation, whatever the model made of the words inside."""
    spans = []
    for m in mentions:
        if m.kind != "Organization" or len(m.text.split()) < 2:
            continue
        open_at = m.end_token(doc)
        close = open_at + 1
        while (
            close < len(doc)
            and close - open_at <= 4
            and doc[close].text[:1].isupper()
            and doc[close].is_alpha
        ):
            close += 1
        inside = doc[open_at + 1 : close]
        if open_at >= len(doc) or doc[open_at].text != "(" or close >= len(doc) or doc[close].text != ")":
            continue
        if 2 <= len(inside) <= 3 and inside[-1].text in m.text.split():
            spans.append(inside)
    if not spans:
        return mentions
    kept = [m for m in mentions if not any(s.start_char <= m.start < s.end_char for s in spans)]
    short = [
        Mention(s.start_char, s.end_char, s[-1].i, s.text, "ORG", "Organization", sent_of[s.start])
        for s in spans
    ]
    return kept + short


def _institutions_by_role(doc: Doc, mentions: list[Mention]) -> None:
    """ "The Wooster professor", "a Guelph researcher": a lone name modifying a lower-case role noun
    is where the role is held, not a person, when the article names one organisation with that word
    in its name and no person: the organisation's short form (the resolver joins the two)."""
    orgs = {m.text for m in mentions if m.kind == "Organization" and len(m.text.split()) > 1}
    people = {w for m in mentions if m.kind == "Person" and len(m.text.split()) > 1 for w in m.text.split()}
    for m in mentions:
        if m.country or len(m.text.split()) != 1 or m.text in people:
            continue
        token = doc[m.root]
        role = token.head
        if token.dep_ != "compound" or not role.is_lower or role.lower_ not in ROLE_WORDS | OCCUPATIONS:
            continue
        if len([o for o in orgs if m.text in o.split()]) == 1:
            m.kind, m.label, m.by_context = "Organization", "ORG", True


def _bodies_by_head_word_before_a_title(
    doc: Doc, mentions: list[Mention], sent_of: list[int], skip
) -> list[Mention]:
    """ "Council President Karl Jensen", "Society president Ana Vela": a body's head word alone,
    capitalised before a role and a person's name, is the one organisation named before it whose name
    ends with that word ("the Legislative Council"); marked so the resolver joins the two. Nothing
    when no such name, or more than one, comes before it.

    >>> from graph.extract.pipeline import extract
    >>> from graph.model import Article
    >>> text = "The Legislative Council met. Council President Karl Jensen adjourned it."
    >>> sorted((r.source, r.type, r.target) for r in extract(Article.from_fields("T", text)).relations
    ...        if r.type == "LEADS")
    [('person:karl-jensen', 'LEADS', 'organization:legislative-council')]
    """
    taken = {i for m in mentions for i in m.token_indices(doc)}
    found = []
    for token in doc[:-2]:
        role, after = doc[token.i + 1], doc[token.i + 2]
        if after.lower_.rstrip(".") in RANK_TITLES | PERSON_TITLES and token.i + 3 < len(doc):
            after = doc[token.i + 3]  # "Navy spokesman Commander Chaminda Rathnayake": a rank between
        if (
            token.i in taken
            or not token.is_title
            or token.lower_ not in NAMED_BODY_HEADS | ORG_HEADS | FORCE_HEADS
            or token.lower_ in ORGANIZATION_NOUNS  # "Company meteorologist X": a description, not a name
            or role.lower_ not in ROLE_WORDS
            or after.ent_type_ != "PERSON"
            or (token.i > 0 and doc[token.i - 1].is_title and sent_of[token.i - 1] == sent_of[token.i])
            or skip(token.idx)
        ):
            continue  # (a capitalised word before it makes a longer name: "Legislative Council President")
        named = {
            m.text
            for m in mentions
            if m.kind == "Organization" and m.start < token.idx and m.text.endswith(" " + token.text)
        }
        if len(named) == 1:
            mention = Mention.of_token(token, "ORG", "Organization", sent_of[token.i])
            mention.by_context = True
            found.append(mention)
    return found


#: Institutions named by their state or place: "the Chinese embassy", "Northamptonshire police".
INSTITUTION_NOUNS = frozenset(
    ["embassy", "consulate", "government", "police", "military", "army", "navy", "parliament", "ministry"]
)


#: Institutions every state has: after a nationality or a state's name and in lower case they
#: describe ("the Chinese government", "the US military"), they do not name (annotation: generic
#: groups and demonyms are not actors).
GENERIC_INSTITUTIONS = frozenset(["government", "military", "army", "navy"])
#: Forces a nation has many of: after a nationality in lower case they describe the police of that
#: nation in general ("Greek police arrested ..."), while after a place's name they name its force.
GENERIC_FORCES = frozenset(["police"])


def _institutions(doc: Doc, sent_of: list[int], skip, gaz: Gazetteer) -> list[Mention]:
    found = []
    for token in doc:
        if token.lower_ not in INSTITUTION_NOUNS or token.pos_ not in ("NOUN", "PROPN") or skip(token.idx):
            continue
        mods = [c for c in token.lefts if c.dep_ in ("amod", "compound", "nmod") and c.i == token.i - 1]
        if not mods:
            continue
        mod = mods[0]
        by_demonym = gaz.demonym(mod.text) if mod.text[:1].isupper() else None
        by_place = mod.ent_type_ == "GPE" and mod.dep_ == "compound" and mod.i == token.i - 1
        if (by_demonym or by_place) and token.is_lower and token.lower_ in GENERIC_INSTITUTIONS:
            continue  # "the Afghan government", "the US military": a description, not a name
        if by_demonym and token.is_lower and token.lower_ in GENERIC_FORCES:
            continue  # "Greek police": a nation's police in general ("Northamptonshire police" is one force)
        if by_demonym or by_place:
            first = mod
            while by_place and first.ent_iob_ == "I" and first.i > 0 and doc[first.i - 1].ent_type_ == "GPE":
                first = doc[first.i - 1]  # "the United States embassy": the whole place, not "States"
            if first.i < mod.i and first.lower_ == "the":
                first = doc[first.i + 1]
            mod = first
            text = doc[mod.i : token.i + 1].text
            found.append(
                Mention(
                    mod.idx,
                    token.idx + len(token.text),
                    token.i,
                    text,
                    "ORG",
                    "Organization",
                    sent_of[token.i],
                    head_only=True,
                )
            )
    return found


#: The label a completed name takes for its kind: the known names' labels, but a place a completion
#: names is a facility ("X station", "X airport").
_KIND_LABELS = {**KNOWN_KIND_LABELS, "Place": "FAC"}


def _joined_end(doc: Doc, ent) -> int:
    """Where a name the model cut in two really ends: "National Institute of Allergy | and Infectious
    Diseases", "Harvard | –Smithsonian Center": an "of"-name going on after "and", or a name joined
    by a dash without spaces, continues through the capitalised words that follow; so does a name
    ending in a capitalised preposition ("Veterans Against | the War") and a body's name the model
    split at "for" or "of" into two ("Tunisian League | for the | Defence of Human Rights")."""
    end = ent.end
    # The name's own endings, in order: the first that reads one wins.
    endings = (
        lambda: _elided_word_end(doc, end),
        lambda: _named_after_kind_noun_end(doc, ent.start, end),
        lambda: _hyphen_linked_place_end(doc, end),
        lambda: _mission_place_end(doc, ent),
        lambda: _of_place_end(doc, ent),
        lambda: _of_part_spelled_end(doc, ent),
        lambda: _of_body_end(doc, ent),
        lambda: _inquiry_into_end(doc, ent),
    )
    for ending in endings:
        found = ending()
        if found is not None:
            return found
    if (
        ent.label_ == "ORG"
        and end - ent.start > 2
        and doc[end - 1].lower_ == "of"
        and doc[end - 2].lower_ in INSTITUTION_HEADS
        and end < len(doc)
    ):
        # "The National Observatory of | Athens": no name ends in "of"; the place after it is its end
        place = next((e for e in doc.ents if e.start == end and e.label_ in ("GPE", "LOC")), None)
        if place is not None:
            return place.end
    if (
        ent.label_ == "ORG"
        and any(t.lower_ == "of" for t in doc[ent.start : end])
        and end + 1 < len(doc)
        and doc[end].lower_ == "of"
        and doc[end + 1].ent_type_ == "GPE"
        and _alone_in_its_entity(doc, end + 1)
        and gazetteer().country(doc[end + 1].text)
    ):
        return end + 2  # "the National Conference of Bishops | of Brazil": a body's name ends in its country
    if (
        ent.label_ == "GPE"
        and end + 1 < len(doc)
        and doc[end].text == ","
        and doc[end + 1].text in DISTRICT_SUFFIXES
    ):
        return end + 2  # "Washington, D.C.": the district is written as part of the city's name
    if ent.label_ in ("GPE", "LOC") and end + 1 < len(doc) and doc[end].lower_ in DUTCH_PLACE_LINKS:
        # "Capelle | aan den | IJssel", "Bergen op Zoom": a Dutch town named by the river or the sea it
        # stands on, whatever the model made of the words after the link
        stop = end + 1
        if doc[stop].lower_ in ("den", "de", "het") and stop + 1 < len(doc):
            stop += 1
        if (
            doc[stop].text[:1].isupper()
            and doc[stop].is_alpha
            and all(t.whitespace_ for t in doc[end - 1 : stop])
        ):
            return stop + 1
    if (
        end + 1 < len(doc)
        and doc[end].tag_ == "POS"
        and doc[end + 1].is_title
        and doc[end + 1].ent_type_ in ("", ent.label_)
        and _possessive_in_name(doc, end, end + 2)
    ):
        return end + 2  # "Fishmongers | ' Hall": the model left the head word out
    if (
        ent.label_ == "ORG"  # (not a place's: "La Fortaleza's Hall of Mirrors")
        and end < len(doc)
        and end - ent.start > 1
        and doc[end - 1].tag_ == "POS"
        and doc[end].is_title
        # (the model may tag the head alone as a name of its own: "Court")
        and (doc[end].ent_type_ == "" or (doc[end].ent_type_ == "ORG" and _alone_in_its_entity(doc, end)))
        and _possessive_in_name(doc, end - 1, end + 1)
    ):
        return end + 1  # "the Chipata Magistrate's | Court": the model took the possessive, not the head
    if (
        ent.label_ in ("GPE", "LOC")
        and end < len(doc)
        and doc[end].is_title
        and doc[end].pos_ == "PROPN"
        and doc[end].lower_ in NEWSPAPER_HEADS
        and doc[end].ent_type_ in ("", ent.label_)
    ):
        return end + 1  # "Samoa | Observer editor Keni Lesa": a paper named after its place
    saint = doc[ent.start].text in SAINT_WORDS and doc[end - 1].tag_ == "POS"
    if saint and end < len(doc) and doc[end].is_title and doc[end].ent_type_ in ("", "ORG", "FAC", "PERSON"):
        # "St Brigid's | University Hospital", "St. Paul's | Cathedral": a saint's possessive opens a
        # church's or a hospital's name; the name goes on through the capitalised words after it
        stop = end
        while stop < len(doc) and (doc[stop].is_title or doc[stop].tag_ == "POS") and not doc[stop].is_punct:
            stop += 1
        return stop
    if (
        end - ent.start > 1
        and end + 1 < len(doc)
        and doc[end - 1].is_lower
        and doc[end - 1].lower_ in PLACE_PARTICLES
    ):
        # "San Gabriel de | las Flores": no name ends in its particle; it goes on through the
        # particles and capitalised words after it
        stop = end
        while (
            stop < len(doc)
            and (doc[stop].lower_ in PLACE_PARTICLES or doc[stop].is_title)
            and not doc[stop].is_punct
        ):
            stop += 1
        if stop > end and doc[stop - 1].is_title:
            return stop
    if (
        (
            ent.label_ in ("GPE", "LOC", "FAC")
            or _body_of_a_place(doc, ent.start, end)
            # "Lagoa | do Norte": the model's two names are one
            # (not a person's: "Haddad do PT" is Haddad of the PT)
            or (ent.label_ == "ORG" and end < len(doc) and doc[end].lower_ in JOINING_PARTICLES)
        )
        and end + 1 < len(doc)
        and doc[end].is_lower
        and doc[end].lower_ in PLACE_PARTICLES
        and doc[end + 1].is_title
        and doc[end + 1].pos_ == "PROPN"
    ):
        # "Viña | del Mar", "São Bento | do Tacuaré": a place's name goes on after its particle (also
        # inside a body's name: "the Diocese of Rio Claro | do Oeste")
        stop = end + 1
        while stop < len(doc) and doc[stop].is_title and doc[stop].pos_ == "PROPN":
            stop += 1
        return stop
    if (
        doc[ent.start].lower_ in FOREIGN_ORG_HEADS
        and end < len(doc)
        and (
            (
                (end - ent.start == 1 or doc[end - 1].lower_ in FOREIGN_NAME_LINKS)
                and doc[end].is_title
                and doc[end].pos_ == "PROPN"
            )
            or (
                end + 1 < len(doc)
                and doc[end].lower_ in FOREIGN_NAME_LINKS
                and doc[end].is_lower
                and doc[end + 1].is_title
                and doc[end + 1].pos_ in ("PROPN", "NOUN")
            )
            or (
                # "Asociación Minga | por la Vida": two linking words
                end + 2 < len(doc)
                and all(t.is_lower and t.lower_ in FOREIGN_NAME_LINKS for t in doc[end : end + 2])
                and doc[end + 2].is_title
                and doc[end + 2].pos_ in ("PROPN", "NOUN")
            )
        )
    ):
        # "Fundación | Puentes Abiertos", "Museu da | Guitarra Portuguesa", "Ordem | dos
        # Enfermeiros": a head-first organisation's name the model cut after its head, a linking
        # word or a word before one
        stop = end
        while stop < len(doc) and (
            doc[stop].is_title or (doc[stop].is_lower and doc[stop].lower_ in FOREIGN_NAME_LINKS)
        ):
            stop += 1
        while doc[stop - 1].is_lower:
            stop -= 1
        return stop
    if ent.label_ not in ("ORG", "FAC", "EVENT") or end + 1 >= len(doc):
        return end
    edition = _national_edition_end(doc, ent)
    if edition is not None:
        return edition
    last = doc[end - 1]
    preposition = last.tag_ == "IN" and last.is_title and end - 1 > ent.start
    if preposition and doc[last.i - 1].is_title:
        # "Iraq Veterans Against | the War", "Doctors Without | Borders": no name ends in a preposition
        stop = end + 1 if doc[end].lower_ == "the" else end
        words = stop
        while stop < len(doc) and doc[stop].is_title and not doc[stop].is_punct:
            stop += 1
        if stop > words:
            return stop
    if doc[end - 1].lower_ in ("and", "&") and doc[end].is_title and not doc[end].is_punct:
        # "Operation Fast and | Furious": no name ends in "and"; it goes on through the capitalised
        # words after it, unless they are a name of their own ("University of Kelso and | Coral Bay
        # Expeditions")
        if _own_name_after_and(doc, end):
            return end - 1
        stop = end
        while stop < len(doc) and doc[stop].is_title and not doc[stop].is_punct:
            stop += 1
        return stop
    after_link = end + 1
    if after_link + 1 < len(doc) and doc[after_link].lower_ == "the" and doc[after_link].ent_iob_ != "B":
        after_link += 1  # "the" outside the second name
    if (
        ent.label_ == "ORG"
        and doc[end - 1].lower_ in ORG_HEADS  # a body's head word ("League"), not "Tsvangirai of the MDC"
        and not (doc[end - 1].lower_ in CHAMBER_WORDS and doc[end].lower_ == "for")
        and doc[end].lower_ in ("for", "of")
        and after_link < len(doc)
        and doc[after_link].ent_iob_ == "B"
        and doc[after_link].ent_type_ == "ORG"
    ):
        # "Tunisian League | for the | Defence of Human Rights": the model cut one body's name
        # into two at its "for"
        stop = _entity_end(doc, after_link)
        # and on through a further "of Human Rights" the model labelled apart
        while stop + 1 < len(doc) and doc[stop].lower_ in ("of", "for") and doc[stop + 1].is_title:
            stop += 1
            while stop < len(doc) and doc[stop].is_title and not doc[stop].is_punct:
                stop += 1
        return stop
    of = end - 1 if doc[end - 1].lower_ == "of" else end  # the model may keep the "of"
    if (
        ent.label_ == "ORG"
        and of - 1 > ent.start
        and doc[of - 1].lower_ in ORG_HEADS
        and doc[of].lower_ == "of"
        and (
            (doc[of + 1].ent_iob_ == "B" and doc[of + 1].ent_type_ == "GPE")
            or (doc[of + 1].ent_type_ == "" and doc[of + 1].is_title)  # the model left the state unlabelled
        )
    ):
        # "Public Health Agency of | Canada": a national body's name ends in its state
        stop = of + 2
        unlabelled = doc[of + 1].ent_type_ == ""
        while stop < len(doc) and (
            doc[stop].ent_iob_ == "I" if not unlabelled else doc[stop].is_title and doc[stop].ent_type_ == ""
        ):
            stop += 1
        if gazetteer().country(doc[of + 1 : stop].text) is not None:
            return stop
    portfolios = _portfolio_list_end(doc, ent.start, end)
    if portfolios is not None:
        return portfolios
    campus = _campus_end(doc, ent)
    if campus is not None:
        return campus
    joiner = doc[end]
    of_name = any(t.lower_ in ("of", "for") for t in ent) and joiner.lower_ in ("and", "&")
    dashed = joiner.text in ("-", "\u2013") and not doc[end - 1].whitespace_ and not joiner.whitespace_
    if not (of_name or dashed):
        return end
    if of_name and _own_name_after_and(doc, end + 1):
        return end
    stop = end + 1
    while (
        stop < len(doc)
        and not doc[stop].is_punct
        and (
            doc[stop].is_title
            or (
                doc[stop].lower_ in ("of", "for", "and", "the")
                and stop + 1 < len(doc)
                and doc[stop + 1].is_title
            )
        )
    ):
        stop += 1
    return stop if stop > end + 1 else end


def _entity_end(doc: Doc, start: int) -> int:
    """Where the model's entity opening at token ``start`` ends (the first token after it)."""
    stop = start + 1
    while stop < len(doc) and doc[stop].ent_iob_ == "I":
        stop += 1
    return stop


def _elided_word_end(doc: Doc, end: int) -> int | None:
    """ "Maria Grazia | Dall'Ara", "Banca | d'Italia": a name goes on through a word opened by an
    elided particle ("d'", "dall'"), which the model leaves out."""
    if end < len(doc) and _ELIDED_SURNAME.match(doc[end].text) and doc[end - 1].whitespace_:
        return end + 1
    return None


def _of_place_end(doc: Doc, ent) -> int | None:
    """ "the Union of Education Workers | of Santa Fe", "the Regional Administrative Tribunal | of
    Lazio", "the Confederation of Education Workers | of the Argentine Republic": a body's name
    goes on through the state or the state's division it is "of", whatever the model made of the
    place (the gold's form for every such name)."""
    if ent.label_ != "ORG":
        return None
    of = ent.end - 1 if doc[ent.end - 1].lower_ == "of" else ent.end
    if of >= len(doc) - 1 or doc[of].lower_ != "of" or not doc[of - 1].is_title:
        return None
    words = [t for t in doc[ent.start : of] if t.lower_ != "the"]
    if len(words) < 2 and doc[of - 1].lower_ not in ORG_HEADS:
        return None
    first = of + 2 if doc[of + 1].lower_ == "the" else of + 1
    last = first
    while last < len(doc) and doc[last].is_title and doc[last].is_alpha and last - first < 4:
        last += 1
    # the whole capitalised run, not the first word of a longer name ("of the Western Sicilian Sea")
    place = doc[first:last].text
    if last > first and (gazetteer().country(place) or gazetteer().subdivision(place)):
        return last
    return None


def _of_body_end(doc: Doc, ent) -> int | None:
    """ "the Supreme Court | of Justice", "the Gauteng Division | of the High Court": a public body's
    name goes on through "of" and the capitalised words the model left untagged after it, or the
    body it is part of, which the model names apart."""
    end = ent.end
    if ent.label_ != "ORG" or doc[end - 1].lower_ not in OF_NAMED_BODY_HEADS or end + 1 >= len(doc):
        return None
    if doc[end].lower_ != "of":
        return None
    first = end + 2 if doc[end + 1].lower_ == "the" and end + 2 < len(doc) else end + 1
    opening = next(
        (i for i in (end + 1, first) if doc[i].ent_iob_ == "B" and doc[i].ent_type_ == "ORG"), None
    )
    if opening is not None:
        stop = _entity_end(doc, opening)
        return stop if doc[stop - 1].lower_ in OF_NAMED_BODY_HEADS | ORG_HEADS else None
    stop = first
    while stop < len(doc) and stop - first < 3 and doc[stop].is_title and doc[stop].is_alpha:
        if doc[stop].ent_type_ != "" or is_given_name(doc[stop].text):
            return None
        stop += 1
    if first > end + 1 or stop == first or (stop < len(doc) and doc[stop].is_title):
        return None  # ("of the Western ...": a longer name of its own; "of the" untagged: no name)
    return stop


def _inquiry_into_end(doc: Doc, ent) -> int | None:
    """ "the Royal Commission | into the Building Industry", "the Independent Inquiry | into Child
    Sexual Abuse": an inquiry is named by what it looks into, through the capitalised words after
    "into" (and "the" before them), which the model leaves out or names apart."""
    end = ent.end
    if ent.label_ != "ORG" or doc[end - 1].lower_ not in INQUIRY_HEADS or end + 1 >= len(doc):
        return None
    # (an inquiry set up as one: not "drew the European Commission into Greece's crisis")
    if doc[end].lower_ != "into" or end - 2 < ent.start or doc[end - 2].lower_ not in INQUIRY_QUALIFIERS:
        return None
    first = end + 2 if doc[end + 1].lower_ == "the" and end + 2 < len(doc) else end + 1
    stop = first
    while stop < len(doc):
        capitalised = (doc[stop].is_title or doc[stop].is_upper) and doc[stop].is_alpha
        joining = doc[stop].lower_ in ("and", "of") and stop + 1 < len(doc) and doc[stop + 1].is_title
        if not (capitalised or joining):
            break
        stop += 1
    return stop if stop > first else None


def _of_part_spelled_end(doc: Doc, ent) -> int | None:
    """ "the Clinical Research Unit | of Sabou (CRUS)": a body's name goes on through an "of" part
    when the short form in brackets after it spells the whole, "of" aside."""
    end = ent.end
    if ent.label_ != "ORG" or end + 4 >= len(doc) or doc[end].lower_ != "of":
        return None
    last = end + 1
    while last < len(doc) and doc[last].is_title and doc[last].is_alpha:
        last += 1
    if last == end + 1 or last + 2 >= len(doc) or doc[last].text != "(" or doc[last + 2].text != ")":
        return None
    words = [t.text for t in doc[ent.start : last] if t.is_title and t.is_alpha]
    initials = "".join(w[0] for w in words).upper()
    return last if doc[last + 1].text == initials else None


def _mission_place_end(doc: Doc, ent) -> int | None:
    """ "the United Nations Support Mission | in Libya", "the United States Mission | to the United
    Nations": a mission's name goes on through where it is sent, which the model leaves out."""
    end = ent.end
    if ent.label_ != "ORG" or end - ent.start < 2 or doc[end - 1].text != "Mission" or end + 1 >= len(doc):
        return None
    if doc[end].lower_ not in ("in", "to", "for"):
        return None
    first = end + 2 if doc[end + 1].lower_ == "the" else end + 1
    places = (e for e in doc.ents if e.start in (end + 1, first) and e.label_ in ("GPE", "LOC", "ORG"))
    place = next(places, None)
    return place.end if place is not None else None


def _national_edition_end(doc: Doc, ent) -> int | None:
    """Where an organisation's national branch or edition ends: "told CNN Philippines", "according
    to CNN Philippines": a sovereign state's name right after an organisation's, which the parse
    makes the head of the organisation's name (the pair is one name) and which modifies no noun
    after it ("the UN Syria envoy" is the envoy's). None for other names."""
    if ent.label_ != "ORG" or doc[ent.end].ent_iob_ != "B" or doc[ent.end].ent_type_ != "GPE":
        return None
    stop = _entity_end(doc, ent.end)
    country = doc[ent.end : stop]
    if not gazetteer().country(country.text) or not doc[ent.end - 1].whitespace_:
        return None
    head = country[-1]
    if doc[ent.end - 1].head.i != head.i or head.dep_ in ("compound", "nmod", "amod"):
        return None
    return country.end


def _own_name_after_and(doc: Doc, i: int) -> bool:
    """The words after "and" at ``i`` are a second name the model read apart: a person ("University
    of Miami and | Chris Fallows of ...") or a body with a head word of its own ("University of Washington
    and | Center for Ecosystem Sentinels", "University of Oxford and | Imperial College London"), a
    well-known one ("Ministry of Defence and | Airbus", "... and | Lockheed Martin") or one after "the"
    ("Ministry of Health and | the Red Cross"), not the rest of one name ("Institute of Allergy and |
    Infectious Diseases", "Ministry for Economic Affairs and | Energy")."""
    if i + 1 < len(doc) and doc[i].lower_ == "the" and doc[i + 1].is_title:
        # after "and the", a name of two words or more, or a well-known body's, is a name of its own;
        # one word is the name's last portfolio ("Islamic State of Iraq and the | Levant", "Ministry
        # of Science and the | Arts")
        run = i + 1
        while run < len(doc) and doc[run].is_title:
            run += 1
        # ("and the Office | of the Comptroller General": a name of its own going on with "of")
        named_on = run < len(doc) and doc[run].lower_ == "of"
        return run - i > 2 or named_on or doc[i + 1 : run].text in known_organizations()
    if (
        i + 1 < len(doc)
        and doc[i].is_title
        and doc[i].lower_ in PERSON_TITLES
        and doc[i + 1].ent_iob_ == "B"
        and doc[i + 1].ent_type_ == "PERSON"
    ):
        return True  # "the Bishops' Conference of the Philippines and | Senator Ana Cruz": a titled person
    if i >= len(doc) or doc[i].ent_iob_ != "B":
        return False
    stop = _entity_end(doc, i)
    if doc[i].ent_type_ == "GPE" and stop < len(doc) and doc[stop].tag_ == "POS":
        return True  # "the University of Tasmania and | Chile's Instituto Antártico": a place's own body
    # a person is one when an affiliation or an apposition follows ("Chris Fallows of ...", "Nick
    # Hawco, ..."): the model also reads "Marine and | Atmospheric Science at" as a person
    person = doc[i].ent_type_ == "PERSON" and stop < len(doc) and doc[stop].text in ("of", ",")
    run = stop
    while (
        run < len(doc) and doc[run].is_title and doc[run].ent_iob_ == "B" and doc[run].ent_type_ == "PERSON"
    ):
        run += 1  # "Lockheed | Martin": the model may read a company's second word as a person
    known = any(doc[i:k].text in known_organizations() for k in range(i + 1, run + 1))
    institution = any(t.lower_ in INSTITUTION_HEADS for t in doc[i:stop])
    # (a company may be read as a facility: "Apex Shark Expeditions" FAC; a head word alone is a
    # portfolio, not a body: "... Affairs and | Energy")
    headed = stop - i > 1 and (_org_head(doc[i:stop].text) or institution)
    if headed and not _name_complete_before_and(doc, i - 1) and not _starts_with_head(doc[i:stop]):
        # "Centers for Medicare and | Medicaid Services": the words after "and" end in the whole
        # name's head word, and the "for"-name before it ends in no place that would close it
        headed = False
    return person or known or (doc[i].ent_type_ in ("ORG", "FAC") and headed)


def _name_complete_before_and(doc: Doc, conjunction: int) -> bool:
    """The "of"-name before "and" at ``conjunction`` ends in a place ("University of Oxford and") or
    is a university's or a college's, named by where it is ("University of Kelso and"): a name that
    closes there, so the words after "and" are another name."""
    before = doc[conjunction - 1]
    opening = conjunction - 1
    while opening > 0 and (doc[opening - 1].is_title or doc[opening - 1].lower_ in ("of", "for")):
        opening -= 1
    schooled = _linked_head(doc[opening:conjunction].text) in ("university", "college", "school")
    return schooled or before.ent_type_ in ("GPE", "LOC") or gazetteer().country(before.text) is not None


def _starts_with_head(words) -> bool:
    """The words open with a body's head word ("Center for Ecosystem Sentinels", "Institute ..."):
    a name of their own, not the end of a longer one."""
    first = words[0].lower_
    return first in INSTITUTION_HEADS or _linked_head(words.text) == first


def _hyphen_place_link(doc: Doc, i: int, word: int) -> bool:
    """Tokens ``i`` to ``i + 2`` are a town name's link ("-sur-", "-sous-") written without spaces
    onto the words either side, and ``word`` (the token after the link or before it) is capitalised."""
    if i < 1 or i + 3 > len(doc) or not 0 <= word < len(doc):
        return False
    dash, link, dash2 = doc[i : i + 3]
    unspaced = not any(t.whitespace_ for t in doc[i - 1 : i + 3])  # "Boulogne-sur-Mer" is one word
    return (
        unspaced
        and dash.text == dash2.text == "-"
        and link.lower_ in HYPHEN_PLACE_LINKS
        and link.is_lower
        and doc[word].is_title
        and doc[word].is_alpha
    )


def _hyphen_linked_place_end(doc: Doc, end: int) -> int | None:
    """Where a town's name the model ended before "-sur-Mer" ends: past the link word and the
    capitalised word after it. None when no such link follows."""
    return end + 4 if _hyphen_place_link(doc, end, end + 3) else None


def _hyphen_linked_place_start(doc: Doc, start: int) -> int | None:
    """Where a town's name the model began after "Villiers-sous-" starts: at the capitalised word
    before the link word. None when no such link comes before."""
    return start - 4 if start >= 4 and _hyphen_place_link(doc, start - 3, start - 4) else None


def _root_of_name(span) -> int:
    """The token a name hangs on the sentence by: spaCy's root, but in a name with a Portuguese or
    Spanish particle inside, which the parser reads as the verb "do" and splits the name at ("the
    mayor of Lagoa | do Norte"), the first word that hangs outside it (where "of" or a verb takes
    the name)."""
    inner = [t for t in span[1:-1] if t.lower_ in JOINING_PARTICLES and t.is_lower]
    if not inner:
        return span.root.i
    outside = [t for t in span if not (span.start <= t.head.i < span.end) or t.head.i == t.i]
    return outside[0].i if outside else span.root.i


def _body_of_a_place(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` is a body named "<body> of <place>" ("Diocese of Rio Claro"): an
    organisation's head word, then "of" and capitalised words that are no body's."""
    words = [t.lower_ for t in doc[start:end]]
    if "of" not in words[1:-1]:
        return False
    of = words.index("of")
    return words[of - 1] in ORG_HEADS | BODIES_OF_PLACES and all(
        t.is_title and t.lower_ not in ORG_HEADS for t in doc[start + of + 1 : end]
    )


def _named_after_kind_noun_end(doc: Doc, start: int, end: int) -> int | None:
    """Where a name written right after what it is ends: "the village of Pampa | Tambo", "the town of
    San Isidro | del Mar", "the newspaper Página | Siete". The model often cuts such a name in two;
    it runs on through the capitalised words (and a place's particles) that follow, up to a title,
    a role word or a given name that opens a person's name. None when no such noun stands before."""
    if start < 2:
        return None
    before, two_before = doc[start - 1], doc[start - 2]
    after_place = before.lower_ == "of" and two_before.lower_ in PLACE_NOUNS and two_before.is_lower
    after_paper = before.is_lower and before.lower_ in MEDIA_NOUNS and before.pos_ == "NOUN"
    if not (after_place or after_paper):
        return None
    stop = end
    while stop < len(doc):
        token = doc[stop]
        particle = after_place and token.lower_ in PLACE_PARTICLES
        particle = particle and stop + 1 < len(doc) and doc[stop + 1].is_title
        word = token.is_title and token.pos_ == "PROPN" and token.is_alpha
        stops = token.lower_ in ROLE_WORDS | PERSON_TITLES | EXTRA_TITLES or (
            token.ent_iob_ == "B" and token.ent_type_ == "PERSON" and is_given_name(token.text)
        )
        if not (particle or word) or stops:
            break
        stop += 1
    return stop if stop > end else None


def _portfolio_word(token) -> bool:
    """A capitalised word a ministry's list of portfolios may hold ("Fisheries", "Arts", "Lands"):
    not an acronym, a day or a word the model gave any label but an organisation's or, when it
    names no place, a place's."""
    misread_as_place = token.ent_type_ in ("GPE", "LOC") and not _names_a_place(token.text)
    return (
        token.is_title
        and token.is_alpha
        and (token.ent_type_ in ("", "ORG") or (misread_as_place and token.text not in cities()))
        and token.lower_ not in ENGLISH_FUNCTION_WORDS
    )


def _portfolio_list_end(doc: Doc, start: int, end: int) -> int | None:
    """Where a body's "of"-name listing its portfolios ends: "the Ministry of Blue Economy | , Marine
    Resources, Fisheries and Shipping", "the Department of Sports | , Arts and Culture". The list runs
    over commas to the words after its "and"; None unless the name is "<head> of ..." and the words
    after the comma are such a list (a list of other bodies or places is not one name)."""
    of = next((t for t in doc[start:end] if t.lower_ == "of"), None)
    if of is None or of.i == start or doc[of.i - 1].lower_ not in ORG_HEADS | {"ministry", "department"}:
        return None
    stop = end - 1 if doc[end - 1].text == "," else end  # (the model may end the name on the comma)
    while stop + 1 < len(doc) and doc[stop].text == ",":
        words = stop + 1
        while words < len(doc) and _portfolio_word(doc[words]) and words - stop <= 3:
            words += 1
        if words == stop + 1 or _own_name_in_list(doc, stop + 1):
            return None  # no list, or a body of its own ("the Ministry of Health, Red Cross and ...")
        stop = words
        if words < len(doc) and doc[words].lower_ == "and":
            last = words + 1
            while last < len(doc) and _portfolio_word(doc[last]) and last - words <= 3:
                last += 1
            return last if last > words + 1 else None
    return None


def _own_name_in_list(doc: Doc, i: int) -> bool:
    """The name the model found at ``i``, after a comma in a ministry's list, is a name of its own: a
    person's, a place's or a well-known body's ("the Ministry of Health, | Red Cross and ..."), not
    a portfolio the model took for a body ("the Ministry of Environment, | Solid Waste Management
    and Climate Change")."""
    if doc[i].ent_iob_ != "B":
        return False
    stop = _entity_end(doc, i)
    name = doc[i:stop].text
    if doc[i].ent_type_ in ("GPE", "LOC", "FAC"):
        # a place's name, not a portfolio the model took for one ("Planning, | Lands and Heritage")
        return _names_a_place(name) or name in cities()
    return doc[i].ent_type_ != "ORG" or name in known_actors()


def _label_of_joined_start(doc: Doc, start: int, ent) -> str:
    """The label of a name whose start :func:`_joined_start` moved back: a public body's before its
    place ("Transport Scotland"); past a particle, a body's ("the Diocese of Rio Claro do Oeste"), a
    place's after "the village of" or "the mayor of" ("Azinhal do Campo"), a person's after a given
    name ("Manuel do Nascimento"); else the model's."""
    if start == ent.start - 1 and doc[start].text in PUBLIC_DOMAIN_WORDS:
        return "ORG"
    if doc[ent.start - 1].lower_ not in JOINING_PARTICLES:
        return ent.label_
    if doc[start].lower_ in BODIES_OF_PLACES:
        return "ORG"
    kind_noun = doc[start - 2] if start >= 2 and doc[start - 1].lower_ == "of" else None
    if (
        kind_noun is not None
        and kind_noun.is_lower
        and (_singular(kind_noun.lower_) in PLACE_NOUNS or kind_noun.lower_ in TERRITORY_OFFICES)
    ):
        return "GPE"  # "the village of", "the mayor of Azinhal do Campo"
    if start == ent.start - 2 and is_given_name(doc[start].text) and not _org_head(ent.text):
        return "PERSON"  # "Manuel do Nascimento"
    return ent.label_


def _alone_in_its_entity(doc: Doc, i: int) -> bool:
    """Whether the model's entity at ``doc[i]`` is that one token."""
    return doc[i].ent_iob_ == "B" and (i + 1 == len(doc) or doc[i + 1].ent_iob_ != "I")


def _untagged_capitalised(token) -> bool:
    """A capitalised word inside a sentence that the model gave to no name (it may tag an unknown
    name's word as a common noun: "Azinhal")."""
    return (
        token.is_title
        and token.is_alpha
        and token.pos_ in ("PROPN", "NOUN")
        and token.ent_type_ == ""
        and (not token.is_sent_start or is_given_name(token.text))  # "Manuel | do Nascimento"
        and token.lower_ not in ROLE_WORDS | PERSON_TITLES
    )


def _body_of_start(doc: Doc, ent) -> int | None:
    """Where a body's name starts that the model gave only its "of" part: "the Provincial
    Municipality | of Cotabambas", "the Presidency | of the Council of Ministers": capitalised words
    it left untagged before "of", ending in a head word of :data:`BODY_OF_HEADS`."""
    if ent.label_ not in ("ORG", "GPE"):
        return None
    of = ent.start - 1
    if of < 1 or doc[of].lower_ != "of" or doc[of - 1].lower_ not in BODY_OF_HEADS:
        return None
    first = of - 1
    if not doc[first].is_title or doc[first].ent_type_ != "":
        return None
    while first > 0 and of - first < 3 and doc[first - 1].is_title and doc[first - 1].ent_type_ == "":
        if doc[first - 1].is_sent_start:
            break
        first -= 1
    return first


def _road_name_opening(doc: Doc, span) -> bool:
    """Whether the place ``span`` opens a road's name joined to it by a dash: "Nairobi" in "the
    Nairobi–Nakuru Highway", the road named by the two places it joins."""
    end = span.end
    if end + 1 >= len(doc) or doc[end - 1].ent_type_ not in ("GPE", "LOC"):
        return False
    if doc[end].text not in ("-", "–", "—") or doc[end - 1].whitespace_ or doc[end].whitespace_:
        return False
    if doc[end + 1].ent_iob_ != "B":
        return False
    last = _entity_end(doc, end + 1) - 1
    return doc[last].lower_ in ROAD_NAME_HEADS


def _joined_start(doc: Doc, ent) -> int:
    """Where a body's name the model cut after "and" really starts: "the House Oversight and |
    Reform Committee": the capitalised words before "and" that the parse hangs on the name's head
    and the model gave to no other name.

    >>> from graph.extract.language import load_nlp
    >>> doc = load_nlp()("In April, the House Oversight and Reform Committee authorized subpoenas.")
    >>> ent = doc.char_span(34, 50, label="ORG")
    >>> doc.ents = [ent]  # the cut the packaged model makes
    >>> doc[_joined_start(doc, ent) : ent.end].text
    'House Oversight and Reform Committee'
    """
    start = ent.start
    club = start
    while (
        club > 0
        and doc[club - 1].text in CLUB_PREFIXES | CLUB_WORDS
        and doc[club - 1].ent_type_ in ("", "ORG")
    ):
        club -= 1  # "CD | Tarifa Atlántico", "Real Club | Deportivo Almenara": the club's opening words
    if club < start:
        return club
    head_of = _body_of_start(doc, ent)
    if head_of is not None:
        return head_of
    if start >= 2 and _road_name_opening(doc, doc[start - 2 : start - 1]):
        # "the Nairobi–Nakuru Highway": a road named by the two places it joins
        first = start - 2
        while first > 0 and doc[first].ent_iob_ == "I":
            first -= 1
        return first
    if (
        ent.label_ == "GPE"
        and start >= 2
        and doc[start - 1].lower_ == "of"
        and doc[start - 2].text in STATE_FORM_WORDS
        and not doc[start - 2].ent_type_
    ):
        return start - 2  # "the Republic of | China": a state's formal name is one name
    if ent.label_ == "ORG" and doc[ent.end - 1].lower_ in ORG_HEADS:
        # "the Meteorology, | Climatology and Geophysical Agency": portfolios listed before the head
        first = start
        while first >= 2 and doc[first - 1].text == "," and _portfolio_word(doc[first - 2]):
            first -= 2
        listed = any(t.lower_ == "and" for t in doc[start : ent.end])
        if first < start and doc[start].lower_ != "the" and listed:
            return first
    if ent.label_ == "ORG" and doc[start].lower_ == "office" and start >= 2 and doc[start - 1].tag_ == "POS":
        # "the U.S. Attorney's | Office for ...", "the District Attorney's | Office": an office named by
        # the one who holds it, the state or the district before the title
        first = start - 1
        while first > 0 and start - first < 4 and doc[first - 1].is_title and doc[first - 1].pos_ == "PROPN":
            first -= 1
        if first < start - 1 and doc[start - 2].lower_ in PERSON_ROLES | PERSON_TITLES:
            return first
    if (
        ent.label_ == "ORG"
        and doc[start].lower_ in ORG_HEADS
        and start > 0
        and doc[start - 1].is_title
        and doc[start - 1].lower_ in NAME_OPENING_ADJECTIVES
        and doc[start - 1].ent_type_ == ""
    ):
        return start - 1  # "the Chief | Inspectorate of Environmental Protection": its first word
    number = doc[start - 1] if start >= 1 else None
    if (
        ent.label_ in ("ORG", "FAC", "PRODUCT")
        and number is not None
        and number.is_title
        and number.is_alpha
        and number.ent_type_ == "CARDINAL"
        and not number.is_sent_start
        and number.i + 1 == start
        and doc[start].is_title
    ):
        # "led by London-based Seven | Birches Capital": a number written out with a capital inside a
        # sentence opens the name after it (a count is written in lower case: "seven Nordvik studios")
        return start - 1
    if (
        ent.label_ in ("EVENT", "ORG")
        and number is not None
        and number.ent_type_ == "ORDINAL"
        and _ORDINAL_NUMBER.match(number.text)
        and doc[start].is_title
    ):
        return start - 1  # "the 79th | Venice International Film Festival": its edition is in its name
    owners = doc[start - 2] if start >= 2 and doc[start - 1].text in ("'", "’") else None
    if (
        ent.label_ == "ORG"
        and owners is not None
        and owners.is_title
        and owners.lower_.endswith("s")
        and not owners.whitespace_
        and owners.ent_type_ in ("", "ORG")
    ):
        return start - 2  # "the Workers' | Party", "the Farmers' | Union": a plural possessive opens it
    of_head = doc[start - 2] if start >= 2 and doc[start - 1].lower_ == "of" else None
    if (
        of_head is not None
        and of_head.lower_ in BODIES_OF_PLACES
        and of_head.is_title
        and of_head.ent_type_ in ("", "NORP")  # the model may take "Archdiocese" for a nationality
    ):
        return start - 2  # "the Diocese of | Marbel", "the Ministry of | Tamburu": the body, not the place
    domain = doc[start - 1] if start >= 1 else None
    if (
        ent.label_ in ("GPE", "LOC")
        and domain is not None
        and domain.text in PUBLIC_DOMAIN_WORDS
        and domain.ent_type_ in ("", "ORG")
        and domain.whitespace_ != ""
    ):
        return start - 1  # "Transport | Scotland", "Statistics | Portugal": a public body, not the place
    particle = doc[start - 1] if start >= 2 else None
    if (
        ent.label_ in ("GPE", "LOC", "FAC", "ORG", "PERSON")
        and particle is not None
        and _particle_in_place_name(doc, start - 1)
        and _untagged_capitalised(doc[start - 2])
    ):
        # "the village of Azinhal | do Campo", "José Eduardo dos | Santos": the model names only the
        # part after the particle; the capitalised words before it that no name holds open the name
        # (and a body's head before "of" opens a body's: "the Diocese of Rio Claro do | Oeste")
        first = start - 2
        while first > 0 and _untagged_capitalised(doc[first - 1]):
            first -= 1
        body = doc[first - 2] if first >= 2 and doc[first - 1].lower_ == "of" else None
        if body is not None and body.lower_ in BODIES_OF_PLACES and body.is_title:
            return first - 2
        return first
    hyphen = doc[start - 2] if start >= 3 else None
    if (
        ent.label_ == "ORG"
        and hyphen is not None
        and hyphen.text == "-"
        and not doc[start - 3].whitespace_
        and not hyphen.whitespace_
        and doc[start - 3].is_title
        and doc[start - 1].is_alpha
        and doc[start - 1].whitespace_
        and doc[start - 1].tag_ not in ("VBN", "VBD", "VBG")
        and not doc[start - 1].lower_.endswith(("ed", "run"))  # "Kremlin-backed | United Russia"
        and doc[start - 3].ent_type_ == ""
        and doc[start - 3].head.i >= start
    ):
        return start - 3  # "the Co-operative | Commonwealth Federation": a hyphenated first word
    for_head = doc[start - 2] if start >= 2 and doc[start - 1].lower_ == "for" else None
    if (
        ent.label_ == "ORG"
        and for_head is not None
        and for_head.lower_ in ORG_HEADS
        and for_head.lower_ not in CHAMBER_WORDS  # "member of Parliament for | the X Party"
        and for_head.is_title
        and for_head.ent_type_ == ""
    ):
        # "Center for | Biological Diversity scientist Tierra Curry": without "the" before it the
        # model tags only what follows "for"; the head word and "for" are the body's name too
        return _capitalised_run_start(
            doc, start - 2, set(), lambda t: t.pos_ == "PROPN" and t.ent_type_ == "" and t.lower_ != "the"
        )
    if ent.label_ == "ORG":
        # "Nordlys | Media is a unit of ...": a capitalised word the parse makes part of the name and
        # the model gave to no name (it often drops a sentence's first word); an office named after
        # its holder keeps the holder's title ("the Tamaulipas State Attorney | General's Office")
        holders_office = any(t.tag_ == "POS" for t in ent) and doc[ent.end - 1].lower_ in ORG_HEADS

        def in_the_name(t) -> bool:
            return (
                t.pos_ == "PROPN"
                and t.ent_type_ == ""
                and t.dep_ == "compound"
                and ent.start <= t.head.i < ent.end
                and (holders_office or t.lower_ not in ROLE_WORDS | PERSON_TITLES | EXTRA_TITLES)
                and not gazetteer().demonym(t.text)
                and not t.lower_.endswith("ing")  # "Proroguing | Parliament is ...": a verb
            )

        first = _capitalised_run_start(doc, start, set(), in_the_name)
        if first < start and not (first > 0 and doc[first - 1].ent_type_ and doc[first - 1].is_title):
            return first  # not the rest of a name the model ended early ("116th United | States Congress")
    if ent.label_ not in ("ORG", "FAC", "EVENT") or start < 2 or doc[start - 1].lower_ not in ("and", "&"):
        return start

    def on_the_name(t) -> bool:
        return (
            t.is_title
            and t.pos_ == "PROPN"
            and t.ent_type_ == ""
            and t.dep_ in ("compound", "nmod")
            and start <= t.head.i < ent.end
        )

    if not on_the_name(doc[start - 2]):
        return start
    first = start - 2
    while first > 0 and on_the_name(doc[first - 1]):
        first -= 1
    return first


def _start_spelled_by_short_form(doc: Doc, ent) -> int | None:
    """Where a name the model cut short really starts, by the bracketed short form after it: "the
    Higher Education Loans and | Scholarships Board (HELSB)" begins where the capitalised words
    before it spell the whole of "HELSB" ("and", "of", "for" and "&" spell nothing)."""
    end = ent.end
    # (the model may take the cut name for a person's: "West African | Large Telescope (WALT)")
    if (
        ent.label_ not in ("ORG", "PERSON")
        or end + 2 >= len(doc)
        or doc[end].text != "("
        or doc[end + 2].text != ")"
    ):
        return None
    short = doc[end + 1].text
    if not (short.isalpha() and short.isupper() and 3 <= len(short) <= 8):
        return None
    letters = "".join(t.text[0] for t in ent if t.is_title)
    if letters == short or not short.endswith(letters) or not letters:
        return None
    start = ent.start
    while start > 0 and len(letters) < len(short):
        before = doc[start - 1]
        if before.is_title and before.is_alpha and before.lower_ != "the":
            letters = before.text[0] + letters
        elif before.lower_ not in ("and", "of", "for", "&"):
            break
        start -= 1
    if letters != short or not doc[start].is_title:
        return None
    # not from inside another name ("The United Nations | Office for the | Coordination of
    # Humanitarian Affairs (OCHA)": the short form leaves out the first name's opening words)
    for other in doc.ents:
        opening = other.start + (1 if other[0].lower_ == "the" else 0)
        if other.start <= start < other.end and start != opening:
            return None
    return start


def _campus_end(doc: Doc, ent) -> int | None:
    """Where a campus's name ends: "University of Texas, Austin" and "University of Colorado at
    Boulder" are one university each, named by its state's system and its city after a comma or
    "at" (the model stops before them)."""
    words = [t.text for t in ent if t.lower_ != "the"]
    system = len(words) >= 3 and words[0] == "University" and words[1] == "of"
    if not system or " ".join(words[2:]) not in US_STATES or doc[ent.end].text not in (",", "at"):
        return None
    city = doc[ent.end + 1]
    named = city.ent_type_ == "GPE" and city.ent_iob_ == "B"
    if doc[ent.end].text == "at":
        named = city.is_title and city.pos_ == "PROPN"  # "at Boulder": the model may call it anything
    if not named or gazetteer().country(city.text):
        return None
    return _entity_end(doc, ent.end + 1)


def _linked_name_end(doc: Doc, start: int, end: int, label: str) -> tuple[int, str]:
    """Where an organisation's "N for M", "N on M" or "N of M" name ends when the model stopped at its
    head word ("Center | for Biological Diversity", "Puerto Rico Center | for Investigative
    Journalism", "Select Committee | on Benghazi"): through the capitalised words after "for" or "of"
    (and "of", "for", "the" between them), up to a title ("... of England | Governor"). Returns the
    end and the label, an organisation's when the name went on.

    >>> from graph.extract.language import load_nlp
    >>> doc = load_nlp()("Quoth Center for Food Safety scientist Ann Lee.")
    >>> _linked_name_end(doc, 1, 2, "PERSON")
    (5, 'ORG')
    """
    if end + 1 >= len(doc) or doc[end - 1].lower_ not in ORG_HEADS:
        return end, label
    # "Supreme Court of | the Philippines": the article may open the name after "of", too.
    after = end + 2 if doc[end + 1].lower_ == "the" and end + 2 < len(doc) else end + 1
    if doc[end].lower_ not in ("for", "of", "on") or not doc[after].is_title:
        return end, label
    if doc[end].lower_ == "for" and doc[end - 1].lower_ in CHAMBER_WORDS:
        return end, label  # "a member of Parliament | for the X Party": sits for a party or a seat
    if doc[end].lower_ == "of" and end - start > 2:
        return end, label  # a long name before "of" is whole ("... Reform Committee | of Congress")
    stop = end + 1
    while stop < len(doc) and doc[stop].lower_ not in PERSON_TITLES | ROLE_WORDS:
        name_word = doc[stop].is_title and not doc[stop].is_punct and doc[stop].ent_type_ not in _WHEN
        link = doc[stop].lower_ in ("of", "for", "the") and stop + 1 < len(doc) and doc[stop + 1].is_title
        if not (name_word or link):
            break
        stop += 1
    if stop <= after:
        return end, label  # "the Senate on | Sunday": a date, not the rest of the name
    return stop, "ORG"


_WHEN = frozenset(["DATE", "TIME"])


def _completion(doc: Doc, end: int, label: str = "") -> tuple[int, str] | None:
    """The noun after a name that the name modifies belongs to it and says its kind ("Watergate
    scandal", "Kepler space telescope"); a model code after a maker makes a product ("Volvo XC90",
    and after an organisation "Boeing 747"). Returns the new end and label."""
    if end < len(doc) and _is_model(doc[end], maker=label == "ORG"):
        # "Boeing 737 | Max", "Galaxy S10 | Plus": a variant word after the model code is the model's.
        variant = end + 1 < len(doc) and doc[end + 1].is_title and doc[end + 1].lower_ in MODEL_VARIANTS
        return end + 1 + variant, "PRODUCT"
    if end < len(doc) and doc[end].like_num and doc[end - 1].lower_ in ("route", "highway", "interstate"):
        return end + 1, "FAC"  # "U.S. Route 2": the number is the road's name
    # "Eastern Shoshone | Tribe", "Nordic | Council": a capitalised head word the name modifies and the
    # model left off, ending the phrase, is the name's own and says its kind.
    if end < len(doc) and doc[end].is_title and not doc[end].ent_type_ and doc[end - 1].head.i == end:
        kind = _kind_of_word(doc[end].lower_)
        after = doc[end + 1] if end + 1 < len(doc) else None
        if kind in ("Organization", "Place") and (after is None or not after.is_title):
            return end + 1, _KIND_LABELS[kind]
    for width in (1, 2):
        last = end + width - 1
        if last >= len(doc) or not all(t.is_lower and t.is_alpha for t in doc[end : last + 1]):
            return None
        kind = NAME_COMPLETIONS.get(doc[last].lower_)
        station_named_next = (
            width == 1
            and doc[last].lower_ == "station"
            and doc[end - 1].is_upper
            and end + 1 < len(doc)
            and (doc[end + 1].is_upper or doc[end + 1].ent_type_ == "ORG")
        )
        if station_named_next:
            return None  # "CBS station KDKA-TV": a network's station, named next; not a railway station
        if (
            kind == "Event"
            and doc[last].lower_ == "mission"
            and (label == "ORG" or _ends_in_a_state(doc, end))
        ):
            # "the United Nations mission in the country", "the US mission in Afghanistan": a body's or
            # a state's mission, no named event
            return None
        if kind and doc[end - 1].head.i == last:
            return last + 1, _KIND_LABELS[kind]
    return None


def _ends_in_a_state(doc: Doc, end: int) -> bool:
    """Whether the words right before ``end`` name a sovereign state ("US", "United States")."""
    return any(gazetteer().country(doc[max(0, end - width) : end].text) for width in (1, 2, 3))


_LINKS = frozenset(["of", "the", "and", "for"])


#: Titles whose holder's office is a body's name ("the Marshal's Office", "the Mayor's Office").
_OFFICE_HOLDERS = (
    LEAD_ROLES
    | WORK_ROLES
    | frozenset(["marshal", "auditor", "controller", "registrar", "ombudsman", "magistrate", "coroner"])
)


def _names_a_place(text: str) -> bool:
    """Whether ``text`` is a state's, a subdivision's or a listed place's name."""
    gaz = gazetteer()
    listed = known_actors().get(text) in ("Place", "Country")
    return bool(gaz.country(text) or gaz.subdivision(text) or listed)


def _possessive_in_name(doc: Doc, i: int, end: int) -> bool:
    """The possessive at ``i`` is part of one name: the owner is a plural common noun ("People's
    Liberation Army", "Workers' Party"), or only a head word follows and no place or state comes
    before it ("Alachua Sheriff's Office", "Fishmongers' Hall"; not "China's Foreign Ministry")."""
    if i == 0 or (doc[i].tag_ != "POS" and doc[i].text not in ("'s", "'")):
        return False
    owner = doc[i - 1]
    # (up to a bracketed short form the model ran on into: "People's Alliance for Development (PAD")
    brackets = [t.i for t in doc[i + 1 : end] if t.text == "("]
    rest = doc[i + 1 : brackets[0] if brackets else end]
    if i >= 2 and doc[i - 2].text in SAINT_WORDS and len(rest) and rest[-1].is_title:
        return True  # "St Brigid's University Hospital", "St. Paul's Cathedral": a saint's, in the name
    # "People's Liberation Army", "Workers' Party", "People's Republic of China"
    titled = len(rest) > 0 and rest[-1].is_title and all(w.is_title or w.lower_ in _LINKS for w in rest)
    # "Citizens' Action": a capitalised word in "-s'" is a plural too, however it was tagged (not a
    # place's: "Wales' First Minister")
    plural_apostrophe = doc[i].text == "'" and owner.lower_.endswith("s") and not _names_a_place(owner.text)
    # "Fishermen's Welfare Association", "Servicemen's League": a plural in "-men" (not "Yemen's")
    in_men = owner.lower_.endswith("men") and not _names_a_place(owner.text)
    men = owner.lower_ in IRREGULAR_PLURALS or in_men
    if (owner.tag_ in ("NNS", "NNPS") or men or plural_apostrophe) and titled:
        return not gazetteer().demonym(owner.text)
    if owner.is_title and owner.lower_ in _OFFICE_HOLDERS and titled and rest[0].lower_ in ORG_HEADS:
        return True  # "the Marshal's Office of Lesser Poland", "the Mayor's Office": an office's name
    if end != i + 2:
        return False
    head = doc[i + 1].lower_
    place = owner.ent_type_ in ("GPE", "LOC") or gazetteer().country(owner.text) is not None
    # "Jehovah's Witnesses", "God's Warriors": a group of people named by whose they are (not
    # "Boeing's Dreamliners", things an owner makes).
    return (
        not place and owner.is_title and (head in ORG_HEADS or head in PLACE_HEADS or head in FOLLOWER_NOUNS)
    )


def _split_at_in(doc: Doc, start: int, end: int, label: str, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """A name the model ran on over "in" and a place is two names: "Cahors Cathedral in Cahors, France",
    "... Medical Center in College Station, Texas". The place must read as one: a state or region, or
    followed by a comma and one ("in Cahors, France"); "Women in Science" stays whole."""
    if label == "PERSON":
        return [(start, end, label)]
    for i in range(start + 1, end - 1):
        if doc[i].lower_ not in ("in", "on") or not doc[i - 1].is_title:
            continue
        if doc[i - 1].text == "Mission":
            return [(start, end, label)]  # "the United Nations Support Mission in Libya": sent there
        if _short_form_spells(doc, start, end):
            return [(start, end, label)]  # "the Association of Banks in Lebanon (ABL)": the place too
        rest = doc[i + 1 : end]
        if not all(t.is_title or t.lower_ in _LINKS for t in rest) or not rest[0].is_title:
            return [(start, end, label)]
        # "St. Vinzenz Clinic in Innsbruck", "Golden Crust Bakery on Wharf Street": a name that ends in
        # an institution's or a site's word before "in" or "on" is whole there
        headed = doc[i - 1].lower_ in ORG_HEADS | PLACE_HEADS
        if doc[i].lower_ == "on" and not (headed and rest[-1].lower_ in PLACE_HEADS):
            return [(start, end, label)]
        after = doc[end + 1] if end + 1 < len(doc) and doc[end].text == "," else None
        # ("Benighat in Dhading District": a place named as a state's part is one)
        divided = len(rest) > 1 and rest[-1].lower_ in PART_NOUNS | DIVISION_NOUNS
        placed = gaz.country(rest.text) or gaz.subdivision(rest.text) or headed or divided
        if placed or (after is not None and (gaz.country(after.text) or gaz.subdivision(after.text))):
            return [(start, i, label), (i + 1, end, "FAC" if rest[-1].lower_ in PLACE_HEADS else "GPE")]
    return [(start, end, label)]


def _short_form_spells(doc: Doc, start: int, end: int) -> bool:
    """The name at ``start``-``end`` is followed by a short form in brackets whose letters are the
    initials of all its capitalised words ("Union of Students in Ireland (USI)")."""
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return False
    initials = "".join(t.text[0] for t in doc[start:end] if t.is_title or t.is_upper)
    return len(initials) > 2 and doc[end + 1].text == initials


def _split_at_comma(doc: Doc, start: int, end: int, label: str, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """A place the model ran on over a comma into its state or country is two places: "Shelby, North
    Carolina", "Tandag, Philippines". Only when what follows the comma is a state, a country's
    subdivision or a country: "University of California, Los Angeles" and "Washington, D.C." stay
    whole. An organisation run on into a person's name after a comma is the two, and so is an
    opening phrase's name run on into the clause's subject."""
    if label in ("ORG", "PERSON"):
        for i in range(start + 1, end - 1):
            if doc[i].text == "," and _subject_after_opening_phrase(doc, start, i, end):
                # "According to the newspaper Kommersant, Tikhomirov has been ...": the source, then
                # the subject, a person when the article names one so
                rest = doc[i + 1 : end]
                person = any(
                    e.label_ == "PERSON" and e.start != start and e[-1].text == rest[-1].text
                    for e in doc.ents
                )
                source = "ORG" if doc[start - 1].lower_ in ORG_NOUNS else label
                return [(start, i, source), (i + 1, end, "PERSON" if person else label)]
    if label == "ORG":
        # "a spokeswoman for Brabant Financial, Marloes de Vries,": a body run on into the person
        # after the comma, whose name opens with a given name
        for i in range(start + 1, end - 2):
            if doc[i].text != ",":
                continue
            rest = doc[i + 1 : end]
            named = is_given_name(rest[0].text) or any(
                t.is_lower and t.lower_ in NAME_PARTICLES for t in rest
            )
            # (not a body's own list: "the Rail, Tram and Bus Union" ends in its head word)
            named = named and rest[-1].lower_ not in ORG_HEADS
            if named and rest[-1].is_title and rest[0].is_title and len(rest) <= 4:
                return [(start, i, label), (i + 1, end, "PERSON")]
            place = doc[start:i]
            after_in = start > 0 and doc[start - 1].lower_ == "in"
            if after_in and _names_a_place(place.text) and rest[0].is_title:
                return [(start, i, "GPE"), (i + 1, end, label)]  # "Based in Texas, Halvorsen Group ..."
        return [(start, end, label)]
    if label not in ("GPE", "LOC"):
        return [(start, end, label)]
    for i in range(start + 1, end - 1):
        if doc[i].text != ",":
            continue
        rest = doc[i + 1 : end]
        if rest.text in DISTRICT_SUFFIXES or not (gaz.country(rest.text) or gaz.subdivision(rest.text)):
            return [(start, end, label)]
        return [(start, i, label), (i + 1, end, "GPE")]
    return [(start, end, label)]


def _subject_after_opening_phrase(doc: Doc, start: int, comma: int, end: int) -> bool:
    """The comma at ``comma`` closes an opening phrase and the words after it, up to ``end``, are
    the subject of the clause's verb: the parse hangs both the comma and the subject outside the
    name ("According to Kommersant | , Tikhomirov has been ...")."""
    rest = doc[comma + 1 : end]
    inside = range(start, end)
    subject = rest.root
    # (an opening phrase opens with a preposition before the name: not "The Department for Levelling
    # Up, Housing and Communities said", a body's own list of portfolios as the sentence's subject)
    opening = doc[doc[start].sent.start : start]
    if not any(t.pos_ in ("ADP", "VERB") or t.lower_ == "according" for t in opening):
        return False
    # (not a place after the comma: "a PhD from University of California, Los Angeles, Munk was")
    return (
        rest[0].is_title
        and rest[0].text not in NAME_SUFFIXES
        and not _names_a_place(rest.text)
        and rest.text not in cities()
        and subject.dep_ in ("nsubj", "nsubjpass")
        and subject.head.i not in inside
        and doc[comma].head.i not in inside
    )


def _split_at_and(doc: Doc, start: int, end: int, label: str) -> list[tuple[int, int, str]]:
    """Two known places the model ran together over "and" are two: "to Thunder Bay and Winnipeg";
    not a state's one name ("Trinidad and Tobago"); so are two one-word names listed after a noun for
    places ("suburbs such as Ellenbrook and Baldivis")."""
    if label in ("ORG", "FAC"):
        return _split_bodies_at_and(doc, start, end, label)
    listed = label != "PERSON" and _after_places_noun(doc, start)
    if (label not in ("GPE", "LOC") and not listed) or _names_a_place(doc[start:end].text):
        return [(start, end, label)]
    for i in range(start + 1, end - 1):
        if doc[i].lower_ != "and":
            continue
        sides = (doc[start:i].text, doc[i + 1 : end].text)
        if label in ("GPE", "LOC") and all(_names_a_place(side) or side in cities() for side in sides):
            return [(start, i, label), (i + 1, end, label)]
        if listed and all(len(side.split()) == 1 for side in sides):
            # "outer suburbs such as Ellenbrook and Baldivis": two places, whatever the model said
            return [(start, i, "GPE"), (i + 1, end, "GPE")]
    return [(start, end, label)]


def _split_bodies_at_and(doc: Doc, start: int, end: int, label: str) -> list[tuple[int, int, str]]:
    """Two bodies the model read as one name over "and" are two: "the Ministry of Health and the Red
    Cross", "Hartwell Hospital and Saint Agnes Hospital", "University of Oregon and Center for
    Coastal Sentinels", "Ministry of Defence and Lockheed Martin". Not one body's portfolios
    ("Ministry of Health and Social Affairs", "Institute of Allergy and Infectious Diseases",
    "Department of Health and Human Services"): the words after "and" must be a name of their own,
    one after "the" of two words or more, a well-known body, one whose head word is an
    institution's after a body's whole name, or a company's after an institution's."""
    known = known_organizations()
    if doc[start:end].text in known:
        return [(start, end, label)]
    # ("the U.S. Securities and Exchange Commission": a well-known body's name runs over the "and",
    # whatever is written before it, so no cut after where it starts)
    known_from = next((j for j in range(start + 1, end) if doc[j:end].text in known), end)
    for i in range(start + 1, end - 1):
        left, right = doc[start:i].text, doc[i + 1 : end]
        if known_from < i:
            return [(start, end, label)]
        if doc[i].lower_ in ("and", "to") and _two_companies(doc[start:i], right):
            return [(start, i, label), (i + 1, end, label)]
        if doc[i].lower_ != "and":
            continue
        if right[0].lower_ == "the":
            own = len(right) > 2 and all(
                t.is_title or t.is_lower and t.lower_ in ("of", "for") for t in right[1:]
            )
            own = own or right[1:].text in known_organizations()
        else:
            heads = {right[0].lower_, right[-1].lower_, _linked_head(right.text)}
            # ("the Ministry of Employment and Labor": a portfolio's word, though a party's name too)
            portfolio = len(right) == 1 and right[0].lower_ in PORTFOLIOS and " of " in left
            own = (right.text in known_organizations() and not portfolio) or (
                len(right) > 1
                and bool(heads & RESEARCH_HEADS)
                and (_org_head(left) or _linked_head(left) != "")
            )
            # "University of Kelso and | Coral Bay Expeditions": a company's whole name after an
            # institution's named by its place (not "Institute of Environment and | Renewable Natural
            # Resources", the institute's portfolios)
            left_heads = {left.split()[-1].lower(), _linked_head(left)}
            own = own or (
                len(right) > 1
                and _org_head(right.text)
                and bool(left_heads & INSTITUTION_HEADS)
                and _name_complete_before_and(doc, i)
            )
        # "the Labour Party and | People Before Profit": a party's whole name closes at its head word
        own = own or (
            left.split()[-1] in ("Party", "Parties")
            and bool(right)
            and right[0].is_title
            and all(t.is_title or t.lower_ in ("of", "for", "the") for t in right)
        )
        if own:
            return [(start, i, label), (i + 1, end, label)]
    return [(start, end, label)]


def _two_companies(left, right) -> bool:
    """Two spans either side of "and" or "to" are two companies' whole names, each of two words or
    more ending in a company's head word: "Nordlys Media and | Skyfall Records", "sold Nordlys Media
    to | Skyfall Capital" (not "Department of Health and | Human Services", whose first part ends in
    no head word)."""
    if _linked_head(left.text):
        return False  # "Office for Coastal Shipping and | Harbour Pilotage Services": its portfolios
    if right[-1].lower_ in STATE_BODY_HEADS:
        return False  # "Australian Securities and | Investments Commission": one body's portfolios
    if any(t.text == "," for t in left):
        return False  # "the Construction, Forestry, Mining | and Energy Union": a list of its trades
    return all(
        len(side) > 1 and side[-1].is_title and side[-1].lower_ in ORG_HEADS and side[0].is_title
        for side in (left, right)
    )


def _after_places_noun(doc: Doc, start: int) -> bool:
    """The name at ``start`` comes after a plural noun for places, which it lists: "outer suburbs such
    as | Ellenbrook and Baldivis", "the towns of | Sylhet and Sunamganj"."""
    i = start - 1
    while i >= 0 and start - i <= 3 and doc[i].lower_ in ("such", "as", "like", "of", "including", "the"):
        i -= 1
    return i >= 0 and i < start - 1 and doc[i].tag_ == "NNS" and _singular(doc[i].lower_) in PLACE_NOUNS


def _split_after_the_told(
    doc: Doc, text: str, start: int, end: int, label: str
) -> list[tuple[int, int, str]]:
    """A well-known medium told something, run on into the person the telling is about: "X told NPR
    Hamza bin Laden had appeared in videos" is NPR and Hamza bin Laden, the subject of what was told."""
    if start == 0 or doc[start - 1].lower_ not in TELLING_VERBS or label == "PERSON":
        return [(start, end, label)]
    for span, _name, kind in _known_names_at(doc, text, doc[start]):
        rest = doc[span.end : end]
        if kind != "Person" and len(rest) and rest[0].is_title and rest.root.dep_ in SUBJECT_DEPS:
            return [(start, span.end, KNOWN_KIND_LABELS[kind]), (span.end, end, "PERSON")]
    return [(start, end, label)]


def _split_possessive(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """A possessive inside a name separates two names ("China's ByteDance" -> China, ByteDance), and
    so do brackets ("World Health Organization (WHO" -> the name and its acronym)."""
    pieces, piece_start = [], start
    for i in range(start, end):
        if _possessive_in_name(doc, i, end):
            continue
        if doc[i].tag_ == "POS" or doc[i].text in ("'s", "'", "(", ")", "[", "]"):
            pieces.append((piece_start, i))
            piece_start = i + 1
    pieces.append((piece_start, end))
    return [p for p in pieces if p[1] > p[0]]


def states_in_heading(span) -> list[str]:
    """The sovereign states a headline or heading names, as written: title case fools the model about
    most names there, but a state's name is in the gazetteer ("Bus crashes in Cuba, killing seven",
    "U.S.-China Tensions"). An ambiguous one ("Turkey") only where the model took it for a state.

    >>> from graph.extract.language import load_nlp
    >>> states_in_heading(load_nlp()("Bus Crashes in Cuba as U.S.-China Talks Stall")[:])
    ['Cuba', 'U.S.', 'China']
    """
    gaz, found = gazetteer(), []
    sent_of = [0] * len(span.doc)
    i = span.start
    while i < span.end:
        token = span.doc[i]
        ent = next((e for e in span.doc.ents if e.start == i and e.end <= span.end), None)
        if ent is not None and ent.label_ == "GPE" and len(ent) > 1 and gaz.country(ent.text):
            found.append(ent.text)
            i = ent.end
            continue
        # (not inside another name the model found there: "Fan Expo Canada 2019", "Mister America")
        if token.text[:1].isupper() and token.ent_type_ in ("", "GPE", "NORP"):
            single_ok = token.text not in AMBIGUOUS_STATES or token.ent_type_ == "GPE"
            found.extend(m.text for m in _country_parts(token, sent_of, gaz, single_ok=single_ok))
        i += 1
    return found


def _country_parts(token, sent_of, gaz: Gazetteer, single_ok: bool = True) -> list[Mention]:
    text = token.text
    if "-" in text and not text.endswith("-"):
        parts, pos, found = text.split("-"), token.idx, []
        for part in parts:
            name = gaz.country(part) if part[:1].isupper() else None
            if name:
                found.append(
                    Mention(pos, pos + len(part), token.i, part, "GPE", "Country", sent_of[token.i], name)
                )
            pos += len(part) + 1
        return found if len(found) == len(parts) else []
    name = gaz.country(text) if single_ok and len(text) > 1 else None
    if name and token.pos_ != "VERB":
        return [
            Mention(token.idx, token.idx + len(text), token.i, text, "GPE", "Country", sent_of[token.i], name)
        ]
    return []


def _binomial(span) -> bool:
    """A species' Latin name ("Acropora millepora", "A. millepora", "Caudipteryx zoui"): a capitalised
    genus, or its initial, and a lower-case word that is no particle of a person's name. Not an actor.

    >>> from graph.extract.language import load_nlp
    >>> doc = load_nlp()("Corals such as Porites cylindrica bleach; Ana de Souza said so.")
    >>> _binomial(doc[3:5]), _binomial(doc[8:11])
    (True, False)
    """
    if len(span) != 2 or not span[0].text[:1].isupper() or not span[0].is_alpha and span[0].text[-1] != ".":
        return False
    word = span[1]
    plain = word.lower_ not in NAME_PARTICLES and word.lower_ not in NAME_COMPLETIONS
    return word.is_lower and word.is_alpha and len(word) > 3 and plain


#: A nickname in quotation marks between a person's names ('Pasquale "Pat" Di Cicco', "Jack 'Ace'
#: Smith"): not part of the name. A quote mark inside a word (O'Brien, D'Souza) has no space before it.
_NICKNAME = re.compile(r"\s+[\"\u201c\u2018'][^\"\u201d\u2019']{1,30}[\"\u201d\u2019']\s+")


def _county_office_split(span):
    """ "Polk County Sheriff Grady Judd", "Polk County Sheriff": a county's or a city's name, its
    office and (when a name follows) the holder, that the model ran into one name. The county and the
    holder, or None when the span has no such office after "County" or "City" ("the Galvez County
    Sheriff's Office" is a body's name and stays whole)."""
    for k in range(2, len(span)):
        office = span[k]
        if (
            office.lower_ not in COUNTY_OFFICES
            or not office.is_title
            or span[k - 1].lower_ not in COUNTY_WORDS
        ):
            continue
        holder = span[k + 1 :]
        if len(holder) == 0:
            return span[:k], None
        if _holder_name(holder):
            return span[:k], holder
        return None
    return None


def _holder_name(holder) -> bool:
    """The words after an office in a run-on name are its holder's: a given name and one or two more
    capitalised words ("Renata Tolliver", "Richard B. Myers")."""
    words = holder.text.split()
    return 2 <= len(words) <= 3 and is_given_name(words[0]) and all(w[:1].isupper() for w in words)


def _place_title_holder_split(span, gaz: Gazetteer):
    """ "Idaho Attorney General Renata Tolliver", "Kenya Health Minister Anna Mwangi": a state's or a
    region's name, a title, and its holder's name (a given name and one or two more capitalised
    words) that the model ran into one organisation's name. The place and the holder, or None."""
    for p in (1, 2):
        place = span[:p]
        if not (gaz.country(place.text) or gaz.subdivision(place.text)):
            continue
        for j in range(p + 1, len(span) - 1):
            holder = span[j:]
            if _holder_name(holder) and _is_title_only(span[p:j].text):
                return place, holder
    return None


def _body_title_holder_split(span):
    """ "Joint Chiefs General Richard Myers": a body's name, a title or rank, and its holder's name (a
    given name and one or two more capitalised words) that the model ran into one organisation's
    name. The body and the holder, or None."""
    for j in range(1, len(span) - 2):
        body, title, holder = span[:j], span[j], span[j + 1 :]
        if (
            title.is_title
            and _is_title_only(title.text)
            and not any(t.lower_.rstrip(".") in PERSON_TITLES | RANK_TITLES | DEPUTY_QUALIFIERS for t in body)
            and all(t.is_title for t in body)
            and _holder_name(holder)
            and not _org_head(holder.text)  # "Tarvik Saint Mary Hospital" is one name
        ):
            return body, holder
    return None


def _person_of_body_split(span):
    """A person's name run on into the body they are of ("Kwabena Asare-Bediako of the People's
    Convention Alliance" read as one organisation): the name (a given name and one or two more
    capitalised words) and the body after "of (the)"; else None."""
    words = [t.text for t in span]
    if "of" not in words[2:5] or not is_given_name(words[0]):
        return None
    k = words.index("of", 2)
    name, rest = span[:k], span[k + 1 :]
    if len(rest) and rest[0].lower_ == "the":
        rest = rest[1:]
    hyphens = sum(t.text == "-" for t in name)
    if not 2 <= len(name) - 2 * hyphens <= 3 or not all(t.is_title or t.text == "-" for t in name):
        return None
    if any(t.lower_ in ORG_HEADS for t in name) or len(rest) < 2 or not rest[-1].is_title:
        return None
    return name, rest


def _after_indefinite_article(span) -> bool:
    """ "a | Commissioner of Police", "A retired | Director of Public Health": "a" or "an" comes
    before the span, with at most two adjectives or participles between."""
    i = span.start - 1
    while i >= 0 and span.start - i <= 3 and span.doc[i].tag_ in ("JJ", "VBN", "VBD"):
        i -= 1
    return i >= 0 and span.doc[i].lower_ in ("a", "an")


def _mentions_of_span(span, label: str, sent_of, gaz: Gazetteer) -> list[Mention]:
    before = span.doc[span.start - 1] if span.start > 0 else None
    if (
        before is not None
        and before.is_title
        and before.lower_ in HONORIFICS
        and span[-1].lower_ in SETTLEMENT_HEADS
        and label != "PERSON"
    ):
        span = span.doc[span.start - 1 : span.end]  # "General | Santos City": the city's own name
    named = _person_of_body_split(span) if label == "ORG" else None
    if named is not None:
        # "Kwabena Asare-Bediako of the People's Convention Alliance": a person and the body
        person, body = named
        return _mentions_of_span(person, "PERSON", sent_of, gaz) + _mentions_of_span(
            body, "ORG", sent_of, gaz
        )
    split = _county_office_split(span) or (_place_title_holder_split(span, gaz) if label == "ORG" else None)
    if split is not None:
        place, holder = split
        pieces = _mentions_of_span(place, "GPE", sent_of, gaz)
        return pieces + (_mentions_of_span(holder, "PERSON", sent_of, gaz) if holder is not None else [])
    held = _body_title_holder_split(span) if label == "ORG" else None
    if held is not None:
        body, holder = held
        return _mentions_of_span(body, "ORG", sent_of, gaz) + _mentions_of_span(
            holder, "PERSON", sent_of, gaz
        )
    text = span.text.replace("\n", " ").strip()
    root = _root_of_name(span)
    sent = sent_of[span.start]
    if len(span) == 1 and "-" in text:
        parts = _country_parts(span[0], sent_of, gaz)
        if parts:
            return parts
    if not _good_name(text) or gaz.demonym(text) or text.lower() in NOT_NAMES:
        return []
    if text in PROGRAMME_NAMES:
        return []  # "Medicare": a programme, not an actor
    if label in ("PERSON", "GPE", "LOC") and _binomial(span):
        return []
    if label == "ORG" and _is_title_only(text) and known_actors().get(text) != "Organization":
        return []  # (a party a title is also named by is a name: "Labour group", "the Greens")
    if len(span) > 1 and _is_qualified_title(text):
        return []  # "A Republican Assemblywoman, Jill Tolles": the title, not a name
    if label == "PERSON" and len(span) == 1 and _is_title_only(text) and text.lower() not in ROYAL_TITLES:
        return []  # "Cde | Mugabe": a title the model labelled apart is no one's name
    if label == "ORG" and len(span) > 1 and span[-1].lower_ in TITLE_LAST_WORDS and _linked_head(text) == "":
        return []  # "National Security Advisor": a job title, not a body
    if label == "ORG" and _linked_head(text) in ROLE_WORDS and _after_indefinite_article(span):
        return []  # "a retired Commissioner of Police": one holder of an office, not a body
    title_and_name = len(span) >= 3 and _is_title_only(span[0].text) and span[1:].text.istitle()
    title_and_name = title_and_name and span[1].text != "&"  # "Student & Starter" is one name
    if label == "ORG" and title_and_name and not _org_head(span[1:].text):
        # "Assemblywoman Selena Torres": a title and a person's name, not an organisation (but
        # "Saint Agnes Hospital" is a hospital's name); "Ms Justice Eileen Corcoran": titles.
        while len(span) >= 3 and _is_title_only(span[0].text) and span[1:].text.istitle():
            span = span[1:]
        label, text = "PERSON", span.text
        root = span.root.i
    if len(span) > 1 and span[-1].lower_ in DOCUMENT_HEADS:
        return []
    if _is_award(span):
        return []
    if len(span) > 1 and span[-1].text in HOLIDAY_HEADS and label != "PERSON":
        return []  # "the Bastille Day parade"; "Doris Day" is a person
    if len(span) > 2 and span[-1].text in HOLIDAY_HEADS and span[-2].text in NAME_SUFFIXES:
        return []  # "Martin Luther King Jr. Day": a day named after a person, not the person
    if len(span) > 1 and span[0].lower_ in MEASURE_WORDS and span[1].like_num:
        return []  # "Magnitude 6.3", "Category 5": a measure, not a name
    after = span.doc[span.end : span.end + 2]
    if len(after) == 2 and after[0].lower_ == "et" and after[1].lower_ in ("al", "al."):
        label = "PERSON"  # "Stamenković et al": a paper's first author
    # "President Trump", "Mr Li": a title before the name makes it a person, whatever the label.
    before = span.doc[span.start - 1] if span.start > 0 else None
    titled = before is not None and before.text[:1].isupper() and before.lower_.rstrip(".") in HONORIFICS
    if titled and label != "PERSON" and not gaz.country(text):
        label = "PERSON"
    # A state's whole name is the state whatever the model labelled it ("Sri Lanka's" as a person),
    # but for the states that are also given names ("Chad", "Jordan").
    name = gaz.country(text)
    if name and label == "PERSON" and text in AMBIGUOUS_STATES:
        name = None
    if name:
        return [Mention(span.start_char, span.end_char, root, text, label, "Country", sent, name)]
    if label == "ORG" and len(span) >= 2 and _is_model(span[-1], maker=True) and span[:-1].text.istitle():
        label = "PRODUCT"  # "Airbus A300s": a maker and a model code are the model
    end_char = span.end_char
    if label == "PRODUCT" and len(span) >= 2 and _is_model(span[-1], maker=True) and text.endswith("s"):
        text, end_char = text[:-1], end_char - 1  # "Boeing 747s" are Boeing 747s: the model's name
    if label == "PERSON":
        text = _NICKNAME.sub(" ", text)  # 'Pasquale "Pat" Di Cicco' is Pasquale Di Cicco
    kind = _kind_from_head(text, label)
    if label in ("ORG", "GPE", "LOC", "FAC", "PRODUCT") and _reads_as_persons_name(text, gaz):
        label, kind = "PERSON", "Person"
    if kind == "Person" and len(span) > 2 and span[-1].text.rstrip(".") in POSTNOMINAL_LETTERS:
        # "Durham Hall QC said": the letters are no part of the name, but the mention keeps their
        # token, which the parser often makes the name's head (the subject of "said")
        text = span[:-1].text
    if label == "ORG" and len(span) >= 4:
        # "United States National Institute of Allergy ...": the state, and the institution named
        # without it (the written form stays an alias).
        for cut in (3, 2, 1):
            state = gaz.country(span[:cut].text)
            if state and (span[:cut].text in AMBIGUOUS_STATES or span[cut].lower_ in INSTITUTION_HEADS):
                # "Georgia Institute of Technology", "Korea University of Technology": a school takes
                # its place's name as the start of its own; an institution of the state takes none.
                state = None
            if any(t.tag_ == "IN" and t.is_title for t in span[cut:]):
                state = None  # "Iraq Veterans Against the War": a name with its own words, not a state's body
            if cut + 1 < len(span) and span[cut + 1].tag_ == "POS":
                state = None  # "U.S. Attorney's Office": an office named by its holder, state and all
            if state and len(span) - cut >= 3 and span[cut].is_title:
                rest = span[cut:]
                if _is_title_only(rest[0].text) and rest[1:].text.istitle() and not _org_head(rest[1:].text):
                    # "United States Representative Elijah Cummings": the state, a title and a
                    # person's name, as in "Assemblywoman Selena Torres" above
                    rest, label, kind = rest[1:], "PERSON", "Person"
                return [
                    Mention(
                        span.start_char,
                        span[cut - 1].idx + len(span[cut - 1].text),
                        span[cut - 1].i,
                        span[:cut].text,
                        "GPE",
                        "Country",
                        sent,
                        state,
                    ),
                    Mention(
                        rest.start_char,
                        rest.end_char,
                        rest.root.i,
                        rest.text,
                        label,
                        kind,
                        sent,
                        full_form=None if label == "PERSON" else text,
                    ),
                ]
    return [Mention(span.start_char, end_char, root, text, label, kind, sent)]
