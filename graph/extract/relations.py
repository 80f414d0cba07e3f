"""Stage 7, relations: typed links between actors read from the dependency parse, each with its sentence.

The dependency shapes are data: ``graph/data/relation_patterns.json`` holds spaCy
``DependencyMatcher`` patterns, each naming its relation type (or the role word that decides it),
which matched token is the source and which the target, how a token becomes actors and which kinds
are allowed (see the file's ``about``). This module matches them, then keeps what the article's
context allows (:data:`FILTERS`, the guards in :meth:`_Finder.add`) and emits. Adding a relation form
means adding a pattern (and its test in ``tests/test_extract_relations.py``).

Rules that read more than one dependency shape stay here: roles before a name ("Wells Fargo banker
X") take the role word nearest the name; "the towns of A, B and C in Y"; "the Florida company X";
"Chicago, Illinois" (a surface rule); lists paired in order ("the foreign ministers of A and B, X and
Y", "X and Y of A and B, respectively"); CO_MENTIONED, every pair of actors in one sentence.

Guards (each a general construction, not one sentence): both ends are named in the evidence
sentence; a possessive inside a name is no ownership ("the Workers' Party"); only heads of state or
government lead a country (a Speaker does not); a plural title before names ("US presidents A and
B") gives no role; a person's seat in a state is no membership; a role not yet held ("future
guitarist X") gives none; a place before a private job ("a Toronto lawyer") is no employer; a meeting
planned, arranged or cancelled is no conversation; a long road ("Route 2") is located in no place.

>>> from graph.model import Article
>>> from graph.extract.pipeline import extract
>>> ext = extract(Article.from_fields("T", "Wells Fargo banker Chenyue Mao left China."))
>>> [(r.source, r.type, r.target) for r in ext.relations if r.type != "CO_MENTIONED"]
[('person:chenyue-mao', 'WORKS_FOR', 'organization:wells-fargo')]
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from graph.errors import InputError
from graph.extract import constants
from graph.extract.actors import cities, gazetteer
from graph.extract.constants import (
    ACADEMIC_HEADS,
    ACADEMIC_TITLES,
    AFFIL_ROLES,
    AFFILIATING_PREPOSITIONS,
    ASSISTANT_PRELATE_WORDS,
    BOARD_MEMBERS,
    BRANCH_NOUNS,
    BRANCHABLE_LEAD_ROLES,
    CANDIDATE_ROLES,
    CHAMBER_GROUP_WORDS,
    CHAMBER_WORDS,
    CHURCH_DISTRICT_NOUNS,
    CLUB_PREFIXES,
    CLUB_SUFFIXES,
    CLUB_WORDS,
    COLLECTIVE_POSSESSORS,
    COMMISSIONER_RANKS,
    COMPANION_ROLES,
    COUNTRY_LEADER_ROLES,
    CREW_EMPLOYER_WORDS,
    DEMOTING,
    DEPUTY_QUALIFIERS,
    DISTRICT_PRELATES,
    EMPLOYER_HEADS,
    ENVOY_ROLES,
    EVENT_NAME_HEADS,
    EXECUTIVE_HEADS,
    FOUNDER_ROLES,
    FUNCTION_DEPS,
    FUTURE_AUXILIARIES,
    FUTURE_QUALIFIERS,
    GATHERING_NOUNS,
    GENERAL_OFFICES,
    INTENT_HEADS,
    LEAD_PAIRS,
    LEAD_ROLES,
    LEGISLATOR_CHAMBERS,
    LISTED_COMPANY_ROLES,
    LONG_ROAD_WORDS,
    MARKET_ROLES,
    MEMBER_ROLES,
    MEMBERSHIP_BODY_HEADS,
    MUTUAL_TALK_WORDS,
    NAME_MODIFIER_DEPS,
    NAMING_DEPS,
    NATIONAL_SIDE_ROLES,
    NEWS_MEDIA_NAMES,
    NEWS_MEDIA_WORDS,
    NOT_COMPANY_WORDS,
    NOT_YET_AUXILIARIES,
    OFFICER_RANKS,
    OTHER_CHAMBER_QUALIFIERS,
    OWNED_NOUNS,
    OWNER_NOUNS,
    PART_NOUNS,
    PARTY_SHORT_NAMES,
    PEOPLE_GROUP_QUALIFIERS,
    PERSON_TITLES,
    PERSONAL_STAFF_ROLES,
    PLACE_LIST_GOES_ON,
    PLACE_NOUNS,
    PLANNING_WORDS,
    PORTFOLIOS,
    POSSESSED_NAME_HEADS,
    PRIVATE_WORK_ROLES,
    PRONOUN_GENDER,
    RANK_TITLES,
    REGION_BEARINGS,
    REGION_NOUNS,
    RESEARCH_HEADS,
    ROLE_RANKS,
    ROLE_SINGULARS,
    ROLE_WORDS,
    SCHOLARLY_JOBS,
    SEA_NAMES,
    SERVICE_HEADS,
    SHORE_NOUNS,
    SHORT_NAMED_TAILS,
    SIDE_NOUNS,
    SITED_HEADS,
    SOCIAL_NETWORKS,
    SPAN_PREPOSITIONS,
    SPEECH_VERBS,
    SPOKES_PAIRS,
    SPOKES_ROLES,
    STILL_HELD_VERBS,
    SUBJECT_DEPS,
    TALKING_APART_VERBS,
    TEAM_CAPTAIN_ROLES,
    TENURE_QUALIFIERS,
    THINK_TANK_HEADS,
    TO_ROLES,
    TOPIC_NOUNS,
    UNIVERSITY_PART_HEADS,
    VOLUNTEER_MEDIA,
    WATER_WORDS,
    WHOLE_SCOPE_WORDS,
    WORK_ROLES,
)
from graph.extract.depmatch import DepMatcher
from graph.extract.parsed import Parsed
from graph.extract.speakers import is_speech_verb, person_profiles, quoted
from graph.model import Relation

_PARTY_KINDS = ("Person", "Organization", "Country")
_MAX_COMENTIONED = 12  # sentences naming more actors than this are lists; pairs would be noise
_RELATIVE_PRONOUNS = frozenset(["who", "that", "which"])


def _said_of_many(verb) -> bool:
    """The clause at ``verb`` is about more than one: "who both worked", "who all serve", "who are",
    "who have"."""
    return verb.tag_ == "VBP" or any(
        c.lower_ in ("both", "all") or (c.dep_ in ("aux", "auxpass") and c.lower_ in ("are", "were", "have"))
        for c in verb.children
    )


#: Where the relation patterns live, as named in error messages.
PATTERNS_FILE = "graph/data/relation_patterns.json"


@lru_cache(maxsize=1)
def relation_patterns() -> list[dict]:
    """The patterns of ``graph/data/relation_patterns.json``, with every ``@NAME`` vocabulary
    replaced by the sorted words of :mod:`graph.extract.constants`.

    >>> {p["id"] for p in relation_patterns()} >= {"leads-verb", "owner-hyphen-owned"}
    True
    """
    text = resources.files("graph.data").joinpath("relation_patterns.json").read_text(encoding="utf-8")
    return parse_relation_patterns(text)


def parse_relation_patterns(text: str) -> list[dict]:
    """Relation patterns from the text of a patterns file, each checked by spaCy's matcher and by
    this one; a pattern that cannot be used is one :class:`~graph.errors.InputError` naming it."""

    def expand(value):
        if isinstance(value, str) and value.startswith("@"):
            words = set()
            for name in value[1:].split("|"):
                vocab = getattr(constants, name)
                words |= set(vocab)
            return sorted(words)
        if isinstance(value, dict):
            return {k: expand(v) for k, v in value.items()}
        if isinstance(value, list):
            return [expand(v) for v in value]
        return value

    patterns = [expand(p) for p in json.loads(text)["patterns"]]
    from spacy.matcher import DependencyMatcher
    from spacy.vocab import Vocab

    spacy_matcher = DependencyMatcher(Vocab())  # spaCy's own check of each pattern's shape
    for p in patterns:
        # and this matcher's, so that an edited pattern fails here, once, naming itself, rather than
        # on every article
        try:
            spacy_matcher.add(p["id"], [p["pattern"]])
            DepMatcher([(p["id"], p["pattern"])])
        except ValueError as err:
            raise InputError(PATTERNS_FILE, f"relation pattern {p['id']!r}: {err}") from None
        for name in p.get("filters", []):
            if name not in FILTERS:
                raise InputError(PATTERNS_FILE, f"relation pattern {p['id']!r}: no filter named {name!r}")
    return patterns


@lru_cache(maxsize=1)
def _matcher() -> DepMatcher:
    return DepMatcher((p["id"], p["pattern"]) for p in relation_patterns())


def find_relations(parsed: Parsed, trace: list | None = None) -> list[Relation]:
    """Every typed relation and CO_MENTIONED pair of the article. ``trace``, when given, receives
    ``(pattern id, relation)`` for each relation a pattern emitted (for tests and for debugging)."""
    finder = _Finder(parsed, trace)
    by_id = {p["id"]: p for p in relation_patterns()}
    by_sentence: dict[int, list] = {}
    for key, token_ids in _matcher()(parsed.doc):
        pattern = by_id[key]
        first = token_ids[0]
        by_sentence.setdefault(parsed.sent_of[first], []).append((pattern, token_ids))
    if parsed.cache.get("headline_read", False):
        # A headline is read for its possessives only ("Japan's Hoshizora Foods", "Turkey's President
        # Erdogan"), the forms its terse grammar keeps whole; its other shapes are often clipped.
        possessive = _possessive_pattern_ids()
        for pattern, token_ids in by_sentence.get(0, []):
            if pattern["id"] in possessive:
                finder.emit(pattern, token_ids, 0)
    for sent_i, (t0, t1) in enumerate(parsed.sent_tokens):
        if parsed.is_heading(sent_i):
            continue
        for pattern, token_ids in by_sentence.get(sent_i, []):
            finder.emit(pattern, token_ids, sent_i)
        finder.sentence(sent_i, t0, t1)
    return finder.relations


@lru_cache(maxsize=1)
def _possessive_pattern_ids() -> frozenset[str]:
    """The patterns whose shape holds a possessive node ("X's Y"), the ones a headline is read with."""
    return frozenset(
        p["id"]
        for p in relation_patterns()
        if any(node.get("RIGHT_ATTRS", {}).get("DEP") == "poss" for node in p["pattern"])
    )


def headline_places(parsed: Parsed, entities: list) -> list[Relation]:
    """ "Plane crashes in Connecticut, US", "Olympiad in Tyumen, Russia": a headline writes a place of
    the article with its state or country after a comma, which only the gazetteer can read there (title
    case fools the model). The place must be one of the article's actors; what follows the comma a
    sovereign state or a state or province the article also names.

    >>> from graph.model import Article
    >>> from graph.extract.pipeline import extract
    >>> ex = extract(Article.from_fields("Plane crashes in Tarvik, Norway", "A plane crashed in Tarvik."))
    >>> [(r.source, r.type, r.target) for r in ex.relations if r.type == "LOCATED_IN"]
    [('place:tarvik', 'LOCATED_IN', 'country:norway')]
    """
    gaz = gazetteer()
    places = {f: e for e in entities if e.type == "Place" for f in (e.name, *e.aliases) if len(f) > 2}
    states = {gaz.country(f): e for e in entities if e.type == "Country" for f in (e.name, *e.aliases)}
    found = []
    for start, end in parsed.clean.headings:
        heading = parsed.clean.text[start:end]
        for form, place in places.items():
            after = r"(?<![\w.])" + re.escape(form) + r", ((?:[A-Z][\w.'-]*)(?: [A-Z][\w.'-]*){0,2})"
            for hit in re.finditer(after, heading):
                words = hit.group(1).split()
                for n in range(len(words), 0, -1):
                    name = " ".join(words[:n]).rstrip(".,")
                    state = gaz.country(name)
                    whole = states.get(state) if state else places.get(name)
                    if whole is not None and whole.id != place.id:
                        sent = parsed.sentence_at(start + hit.start())
                        where = parsed.sentences[sent]
                        evidence = parsed.sentence_text(sent)
                        found.append(Relation(place.id, "LOCATED_IN", whole.id, sent, evidence, *where))
                        break
    return found


#: Last words of a region whose officials work for it ("Kisumu County", "Edo State").
_REGION_WORDS = REGION_NOUNS | {"state"}


class _Finder:
    def __init__(self, parsed: Parsed, trace: list | None = None):
        self.p = parsed
        self.trace = trace
        self.pattern_id: str | None = None
        self.doc = parsed.doc
        self.relations: list[Relation] = []
        self._seen: set[tuple[str, str, str, int]] = set()
        # chambers named in lower case ("a member of parliament"): cluster -> character offsets
        self._written_small: dict[int, set[int]] = {}
        self._roots: dict[int, list[int]] = {}
        self._starts: dict[int, int] = {}  # mention root token -> first token of the mention
        for m in parsed.mentions:
            # A name the parser broke up ("Choi Min-seok": "Min", "-" and "seok" each hang on the
            # verb) has more than one head: each stands for the name.
            indices = m.token_indices(self.doc)
            heads = [i for i in indices if self.doc[i].head.i not in indices] if len(indices) > 2 else []
            for root in dict.fromkeys([m.root, *heads]):
                self._roots.setdefault(root, [])
                if m.cluster not in self._roots[root]:
                    self._roots[root].append(m.cluster)
            self._starts.setdefault(m.root, m.start_token(self.doc))

    # -- emitting a match -------------------------------------------------------------------------

    def emit(self, pattern: dict, token_ids: list[int], sent: int) -> None:
        nodes = {spec["RIGHT_ID"]: self.doc[i] for spec, i in zip(pattern["pattern"], token_ids, strict=True)}
        if not all(FILTERS[name](self, nodes) for name in pattern.get("filters", [])):
            return
        verb = nodes.get("verb")
        if verb is not None and any(c.dep_ == "neg" for c in verb.children):
            return  # "X did not meet Y", "Ukraine is not a member of NATO": a denial states no relation
        if verb is not None and any(
            c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in verb.children
        ):
            return  # "X will meet Y next week": a planned meeting or post is not held yet
        if (
            verb is not None
            and verb.dep_ == "xcomp"
            and verb.head.lower_ in INTENT_HEADS
            and verb.lower_ not in STILL_HELD_VERBS
        ):
            # "X plans to meet Y", "is expected to visit Y", "agreed to buy Y": not done yet (but one
            # "expected to leave the party" is in it still)
            return
        if (
            verb is not None
            and pattern["relation"] == "SPOKE_WITH"
            and any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children)
        ):
            return  # "she said she would meet Y": a meeting still to come, in reported speech
        self.pattern_id = pattern["id"]
        kinds = (pattern["source"].get("kinds"), pattern["target"].get("kinds"))
        for rule in [pattern, *pattern.get("also", [])]:
            source, target = rule["source"], rule["target"]
            sources = self.via(nodes[source["node"]], source["via"], source.get("kinds", kinds[0]))
            if (source["node"], source["via"]) == (target["node"], target["via"]):
                for i, a in enumerate(sources):  # every pair of one group ("A and B met")
                    for b in sources[i + 1 :]:
                        self.add_typed(rule["relation"], nodes, a, b, sent)
                continue
            targets = self.via(nodes[target["node"]], target["via"], target.get("kinds", kinds[1]))
            if len(sources) > 1 and len(targets) == 1 and self.says_respectively(sent):
                # "A and B, who serve as chairmen of X and Y, respectively": the pattern's one target
                # is the first of a list the other side pairs with; never each of A and B with X
                node, target_kinds = nodes[target["node"]], target.get("kinds", kinds[1])
                if target["via"] == "role_target":  # "chairmen of X and Y": the role's own list
                    listed = self.role_targets(node, target_kinds, every=True)
                else:
                    listed = self.via(node, "conjuncts", target_kinds)
                if len(listed) != len(sources):
                    continue
                targets = listed
            if len(sources) == len(targets) > 1 and self.says_respectively(sent):
                # "Norway and Sweden, led by A and B respectively": the lists pair in order
                for a, b in zip(sources, targets, strict=True):
                    self.add_typed(rule["relation"], nodes, a, b, sent)
                continue
            for a in sources:
                for b in targets:
                    self.add_typed(self.rule_relation(rule, nodes, b), nodes, a, b, sent)
        self.pattern_id = None

    def prelate_of_district(self, nodes: dict, target: int) -> bool:
        """Whether the relation's title is a prelate's who heads a church district and its target is
        such a district ("Bishop X of the Diocese of Y", "the bishop of its Nakuru diocese"); not an
        auxiliary or a retired bishop's."""
        name = set(self.p.clusters[target].name.lower().split())
        if not CHURCH_DISTRICT_NOUNS & name:
            return False
        person = nodes.get("person")
        titles = [nodes["role"]] if "role" in nodes else (self.window(person) if person is not None else [])
        words = {t.lower_ for t in titles}
        return bool(words & DISTRICT_PRELATES) and not words & ASSISTANT_PRELATE_WORDS

    def rule_relation(self, rule: dict, nodes: dict, target: int) -> str:
        """The rule's relation, or its ``in_a_membership_body`` one when the target is a body people
        belong to ("the Brexit Party's Darren Kettle" is a member, "Reuters' Anna Berg" on its staff),
        or its ``of_a_player`` one when the person plays for it ("rider X of Team Astrana")."""
        if "in_a_membership_body" in rule and self.membership_body(target):
            return rule["in_a_membership_body"]
        if "in_a_party" in rule and self.party(target):
            return rule["in_a_party"]
        if "in_a_medium" in rule and self.news_medium(target):
            return rule["in_a_medium"]
        if "of_a_player" in rule and "person" in nodes and self.plays_for(nodes["person"], target):
            return rule["of_a_player"]
        return rule["relation"]

    def plays_for(self, person, target: int) -> bool:
        """Whether the person at token ``person`` is introduced as a player ("Colombian rider X",
        "striker X") or ``target`` is written as a team ("of the Nordvik-Heliaq team"): players are
        members of their teams (docs/annotation.md)."""
        if any(t.lower_ in NATIONAL_SIDE_ROLES for t in self.window(person)):
            return True
        ends = (m.end_token(self.doc) for m in self.p.mentions if m.cluster == target)
        return any(end < len(self.doc) and self.doc[end].lower_ in SIDE_NOUNS for end in ends)

    def add_typed(self, relation: str, nodes: dict, source, target, sent: int) -> None:
        if relation == "AFFILIATED_WITH" and self.prelate_of_district(nodes, target):
            relation = "LEADS"  # "Bishop X of the Diocese of Y": a bishop runs a diocese
        led = nodes.get("led")
        if relation == "LEADS" and led is not None and led.pos_ == "NOUN" and led.lower_ in BRANCH_NOUNS:
            relation = self.branch_head(target)  # "heads the Oxfam office in Beirut"
        if relation.startswith("ROLE:"):
            role = nodes[relation[5:]]
            relation = self.role_type(role, self.role_context(role, nodes))
            if relation is None:
                return
            if (
                relation == "LEADS"
                and self.p.kind(target) == "Organization"
                and (self.posted_in_a_place(role) or self.of_a_part(role))
            ):
                relation = self.branch_head(target)  # "the PDP's chairman in Taraba"
            if relation == "MEMBER_OF" and self.executive_body(target):
                relation = "WORKS_FOR"  # "the health councillor of the Government of Aragon": in office
            country = relation == "LEADS" and self.p.kind(target) == "Country"
            deputy = country and (
                role.lower_.startswith("vice-") or self.word_before_role(role) in DEPUTY_QUALIFIERS
            )
            if deputy:
                relation = "WORKS_FOR"  # "Vice-Chancellor X of Germany": a deputy of the state's head
            elif country and not self.leads_country(role):
                return  # "Speaker X of Y", "the country's mayor": not the head of the state
            if role.lower_ in CANDIDATE_ROLES and (
                self.p.kind(target) != "Organization" or any(c.lower_ == "for" for c in role.children)
            ):
                return  # "a candidate for the Senate", "Brazil's presidential candidate": not a party
            if (
                relation == "AFFILIATED_WITH"
                and role.lower_ in MARKET_ROLES
                and self.p.kind(target) == "Organization"
                and not RESEARCH_HEADS & set(self.p.clusters[target].name.lower().split())
            ):
                # "an analyst at the Zurich bank Kessler & Rauch", "at DNB Markets": on its staff; at
                # "the Central Asia Policy Institute" a scholar's affiliation
                relation = "WORKS_FOR"
            if relation == "MEMBER_OF" and _board_member(role):
                relation = "AFFILIATED_WITH"  # "a member of the board of Y", "Y board member X": a director
            # "founder of the exchange Baltcoin" is affiliated with it; of a band or a party, a member
            if relation == "MEMBER_OF" and role.lower_ in FOUNDER_ROLES and not self.membership_body(target):
                relation = "AFFILIATED_WITH"
            if (
                relation == "MEMBER_OF"
                and role.lower_ == "representative"
                and self.p.kind(target) == "Organization"
                and self.p.clusters[target].name.lower().split()[-1] not in MEMBERSHIP_BODY_HEADS | {"house"}
            ):
                relation = "WORKS_FOR"  # "UNICEF's representative in Colombia": its envoy, on its staff
            if (
                relation == "WORKS_FOR"
                and role.lower_ in SCHOLARLY_JOBS
                and (ACADEMIC_HEADS | THINK_TANK_HEADS) & set(self.p.clusters[target].name.lower().split())
            ):
                # "an economist at the University of Zambia", "at the Institute for Fiscal Studies": a
                # scholar
                relation = "AFFILIATED_WITH"
            captain = self.captain_of_side(role, target)
            if self.national_side(role, target, sent) or (captain and self.p.kind(target) != "Country"):
                self.add(source, "MEMBER_OF", target, sent, side=True)
                return
            if captain:
                return  # "captain of South Africa's Test team": the side is named apart from the country
            if relation == "WORKS_FOR" and _office_of_role(role.lower_, self.p.clusters[target].name):
                relation = "LEADS"  # "Sheriff X of the Josephine County Sheriff's Office": its holder
            if relation == "WORKS_FOR" and self.commissioner_of_service(role, target):
                relation = "LEADS"  # "AFP Commissioner Mick Keelty": the police's head
            staff = relation == "WORKS_FOR" and _personal_staff(role)
            if self.p.kind(target) == "Person" and relation != "SPOKESPERSON_FOR" and not staff:
                # a person's spokesperson speaks for them, their aide or employee works for them;
                # other roles are held in organisations
                return
            if (
                relation == "WORKS_FOR"
                and role.lower_ in PRIVATE_WORK_ROLES
                and self.p.kind(target) in ("Country", "Place")
                and self.named_before(target, role, sent)
            ):
                return  # "a Toronto lawyer", "a Russian pilot": where one works, not for whom
        if relation in ("LEADS", "AFFILIATED_WITH") and self.officer_of(nodes, target, relation):
            relation = "WORKS_FOR"  # "Commander X of the Navy": a rank, not the force's head
        if relation == "SPOKE_WITH":
            self.add_symmetric(source, target, sent)
        else:
            self.add(source, relation, target, sent)

    def officer_of(self, nodes: dict, target: int, relation: str) -> bool:
        """Whether the person carries an officer's rank as the title right before the name
        ("Lieutenant Colonel X", "Commander X") and ``target`` is an organisation: the rank is held in
        the force, whose officer the person is. A lead comes from the rank itself only ("Commander X
        of the Navy"); another role read elsewhere ("NATO Secretary General X") stands."""
        person = nodes.get("person")
        if person is None or self.p.kind(target) != "Organization":
            return False
        start = self._starts.get(person.i, person.i)
        title = self.doc[start - 1] if start > 0 else None
        if title is None or not title.is_title or title.lower_ not in OFFICER_RANKS:
            return False
        before = self.word_before_role(title)  # past a hyphen: "Secretary-General"
        if (before, title.lower_) in LEAD_PAIRS or before in GENERAL_OFFICES:
            return False  # "Secretary General X", "Attorney General X": an office, not a rank
        role = nodes.get("role")
        return relation == "AFFILIATED_WITH" or (role is not None and role.i == title.i)

    def commissioner_of_service(self, role, target: int) -> bool:
        """ "AFP Commissioner X", "Commissioner X of the Department of Emergency Services": the
        commissioner of a police force or a public service heads it. Not a deputy's or a senior rank
        ("Deputy Commissioner", "Senior Commissioner"), a commission's members ("ECZ commissioner"),
        nor one posted "for" a region ("the Police Service commissioner for the Copperbelt")."""
        if role.lower_ != "commissioner" or self.p.kind(target) != "Organization":
            return False
        if self.word_before_role(role) in DEMOTING | OFFICER_RANKS | COMMISSIONER_RANKS:
            return False
        if any(c.dep_ == "prep" and c.lower_ == "for" for c in role.children):
            return False
        words = set(self.p.clusters[target].name.lower().split())
        return bool(words & SERVICE_HEADS) and not any(w.startswith("commission") for w in words)

    def captain_of_side(self, role, target: int) -> bool:
        """ "Bangladesh captain X", "club captain X": a side's captain plays in it (MEMBER_OF); an
        airline's, a ship's or a navy's captain works there."""
        if role.text not in TEAM_CAPTAIN_ROLES:
            return False
        name = self.p.clusters[target].name
        return self.p.kind(target) == "Country" or (
            not _is_company(name) and not {w.lower() for w in name.split()} & CREW_EMPLOYER_WORDS
        )

    def national_side(self, role, target: int, sent: int) -> bool:
        """ "Romania captain X", "former Uruguay striker X", "Bangladesh fast bowler X": a country
        named right before a player's role (and the words that qualify it) names its national side."""
        if role.lower_ not in NATIONAL_SIDE_ROLES or self.p.kind(target) != "Country":
            return False
        _, ends = self.mention_bounds(sent)
        before = role.i
        while (
            before > 0
            and role.i - before < 4
            and (self.doc[before - 1].is_lower or self.doc[before - 1].text == "-")
        ):
            before -= 1  # "fast bowler", "left-arm spinner"
        return ends.get(before, (None, 0))[0] == target

    def says_respectively(self, sent: int) -> bool:
        t0, t1 = self.p.sent_tokens[sent]
        return any(t.lower_ == "respectively" for t in self.doc[t0:t1])

    def named_before(self, cluster: int, token, sent: int) -> bool:
        """Whether the sentence names ``cluster`` before ``token`` (or the token's country demonym
        stands before it: "a Russian pilot")."""
        if any(m.cluster == cluster and m.end <= token.idx for m in self.p.mentions_in(sent)):
            return True
        start = self.p.sentences[sent][0]
        before = self.p.clean.text[start : token.idx].split()
        return any(gazetteer().demonym(w) == self.p.clusters[cluster].name for w in before)

    def role_context(self, role, nodes: dict) -> list:
        """The words around a role that qualify it: before a name, the name's own pre-modifiers; else
        the role's dependents."""
        person = nodes.get("person")
        if person is not None and role.i < person.i and role.head.i == person.i:
            return self.window(person)
        return list(role.children)

    def leads_country(self, role) -> bool:
        before = self.doc[role.i - 1].lower_ if role.i > 0 else ""
        return role.lower_ in COUNTRY_LEADER_ROLES or (before, role.lower_) in (
            ("prime", "minister"),
            ("prime", "ministers"),
        )

    def via(self, token, how: str, kinds) -> list:
        kinds = tuple(kinds) if kinds else None
        if how in ("name", "head", "phrase", "phrase_or_its"):
            token = _antecedent(token)  # "Y, which is owned by X": "which" stands for Y
        if how == "root":
            found = [c for c in self._roots.get(token.i, []) if kinds is None or self.p.kind(c) in kinds]
        elif how == "name":
            found = self.actors_at(token, kinds)
        elif how == "names":  # "of Almaco Foods and Sunfield Bank": the name and those joined to it
            found = self.actors_at(token, kinds)
            for conj in self._chain(token)[1:] if found else []:
                found += [c for c in self.actors_at(conj, kinds) if self.p.kind(c) == self.p.kind(found[0])]
        elif how == "head":
            found = self.actors_at(token, kinds) or self.actors_at(_name_head(token), kinds)
            if not found and _singular(token.lower_) in PLACE_NOUNS:  # "Afghanistan's Helmand province"
                found = [c for m in token.children if m.dep_ == "compound" for c in self.actors_at(m, kinds)]
            if not found and _names_its_kind_noun(token):
                # "New York City's Cipriani Dolci restaurant", "Chile's El Mercurio newspaper": the name
                # right before the noun of its kind is what the noun stands for
                found = self.actors_at(self.doc[token.i - 1], kinds)
            if not found:  # "the town of Pandeglang"
                found = [self.place_named_after(token, kinds)]
        elif how == "phrase":
            # "in Banten", "in the province of Banten": a place noun with no name stands for its "of"
            found = [self.phrase_actor(token, kinds)]
            if found[0] is None:
                found = [self.place_named_after(token, kinds)]
        elif how == "coast_owner":
            # "the Algarve coast": the region it names; "Tasmania's east coast", "Brazil's Atlantic
            # coast", "the west coast of Finland": whose coast it is, not the sea it faces
            named = [c for c in token.children if c.dep_ == "compound" and c.lower_ not in SEA_NAMES]
            owners = [c for c in token.children if c.dep_ == "poss"]
            owners += [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
            owners = [o for o in owners if o.dep_ in ("poss", "pobj")]
            found = [a for t in named + owners for a in self.actors_at(t, kinds)][:1]
            if not found:
                found = [self.owner_in(owners, kinds)]
        elif how == "phrases":  # "in Sweden, Norway and Finland": each place of the list
            found = [self.phrase_actor(t, kinds) for t in _listed(token)]
            if found[0] is None:
                found = [self.place_named_after(token, kinds)]
        elif how == "listed_before":
            # "A and B, both in X": the names listed right before the comma before the node
            found = []
            if token.i > 1 and self.doc[token.i - 1].text == ",":
                before = self.doc[token.i - 2]
                here = self.p.mentions_in(self.p.sent_of[before.i])
                fits = [m for m in here if kinds is None or self.p.kind(m.cluster) in kinds]
                mention = next((m for m in fits if m.start <= before.idx < m.end), None)
                top = self.doc[mention.root] if mention is not None else None
                while top is not None and top.dep_ == "conj" and top.head.i != top.i:
                    top = top.head
                found = self.conjoined_actors([top], kinds) if top is not None else []
                found = [f for f in found if kinds is None or self.p.kind(f) in kinds]
        elif how == "sentence_country":
            # "Police in Zambia fired tear gas ... in the capital, Lusaka": the one state the sentence names
            here = self.p.mentions_in(self.p.sent_of[token.i])
            states = {m.cluster for m in here if self.p.kind(m.cluster) == "Country"}
            found = list(states) if len(states) == 1 else []
        elif how == "people_before":
            # "A and B from Y": each person of the list the preposition ends, wherever the parser hung
            # it; not one named after it ("A of X and B") nor one with a preposition of their own
            found = []
            # (not where it ends a name of another kind: "A and B, Brazil's Ministry of ...")
            end = token.head
            if token.head.pos_ in ("VERB", "AUX") and token.i > 0:
                # "went to A and B from Y": hung on the verb, the list ends right before it
                end = self.doc[token.i - 1]
            chain = _listed(_list_top(end)) if self.actors_at(end, kinds) else []
            for listed in [t for t in chain if t.i < token.i]:
                own = any(c.dep_ == "prep" and c.lower_ in AFFILIATING_PREPOSITIONS for c in listed.children)
                if listed.i == end.i or not own:
                    found += [c for c in self.actors_at(listed, kinds) if c not in found]
        elif how == "phrase_or_its":
            found = [self.phrase_actor(token, kinds)]
            if found[0] is None:
                found = [self.pronoun_owner(token)]
        elif how in ("conjuncts", "listed_names"):
            heads = [token]
            if how == "listed_names":
                # "NATO members France, Turkey, Italy and Spain": the parser may hang the second name of
                # a long list on the first as an apposition and the rest on it
                heads += [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
            found = [
                c for c in self.conjoined_actors(heads, kinds) if kinds is None or self.p.kind(c) in kinds
            ]
        elif how == "subject":
            found = [
                c
                for c in self.conjoined_actors(self.subjects_of(token), kinds)
                if kinds is None or self.p.kind(c) in kinds
            ]
        elif how == "role_target":
            found = self.role_targets(token, kinds)
        elif how == "every_role_target":  # "both members of the EU and NATO": of each, plural or not
            found = self.role_targets(token, kinds, every=True)
        elif how == "group_target":
            group = [token, *[c for c in token.children if c.dep_ == "conj" and c.tag_ == "NN"]]
            # "former Foreign Secretary, mayor of Oslo, and member of Parliament": a comma list of
            # roles, each with its own organisation, shares none (each is read on its own).
            if any(c.dep_ == "appos" and c.lower_ in ROLE_WORDS for c in token.children):
                group = [token]
            found = [
                next(
                    (t for r in group if (t := self.role_target(r, list(r.children), kinds)) is not None),
                    None,
                )
            ]
        elif how == "its_subject":
            found = [self.its_subject(token, kinds)]
        elif how == "named_head":
            # "its Falcon Heavy rocket": the name right before the head noun, not any modifier
            # ("its Boeing 737 jets" names the jets, not Boeing).
            found = self.actors_at(token, kinds)
            if not found and token.i > 0 and self.doc[token.i - 1].dep_ in ("compound", "amod", "nmod"):
                # Only a product is named by a modifier of what is owned: "its Facebook page" is a
                # page on Facebook, and the company owns the page, not Facebook.
                found = [
                    c for c in self.actors_at(self.doc[token.i - 1], kinds) if self.p.kind(c) == "Product"
                ]
        elif how == "window_owner":
            person = token.head
            # The name nearest the role is whose role it is ("US Central Intelligence Agency agent").
            tokens = [t for t in self.window(person) if t.i != token.i and t.lower_ not in DEMOTING]
            # A name that runs on into the role word is no owner ("Coast Guard Commandant" as one name).
            inside = set(self.actors_at(token))
            found = [self.owner_in(tokens[::-1], kinds)]
            body = self.body_posting_there(tokens, found[0])
            found = [found[0] if body is None else body]
            found = [f for f in found if f not in inside]
            # An institution's name right before the role is the employer even when no actor was
            # found for it ("United States Central Intelligence Agency agent"): not a name further off.
            nearest = next((t for t in tokens[::-1] if t.dep_ not in FUNCTION_DEPS), None)
            if (
                nearest is not None
                and nearest.is_title
                and nearest.lower_ in EMPLOYER_HEADS
                and not self.actors_at(nearest)
            ):
                found = []
        else:
            raise ValueError(f"relation patterns: no way {how!r} from a token to actors")
        return [f for f in found if f is not None]

    # -- guards -----------------------------------------------------------------------------------

    def add(self, source: int, rel_type: str, target: int, sent: int, side: bool = False) -> None:
        """Record a relation found in sentence ``sent``; ``side`` when a country stands for its
        national side, which a player is a member of."""
        # A person's seat in a state or region is a constituency, not a membership ("Texas Senator").
        if (
            rel_type == "MEMBER_OF"
            and self.p.kind(source) == "Person"
            and self.p.kind(target) != "Organization"
            and not (side and self.p.kind(target) == "Country")
        ):
            return
        # A long road runs through places; "on Route 2 in Randolph" places what happened on it.
        if rel_type == "LOCATED_IN" and LONG_ROAD_WORDS & set(self.p.clusters[source].name.lower().split()):
            return
        # An event is not located (docs/annotation.md), even when its name was typed as a place.
        if rel_type == "LOCATED_IN" and self.p.clusters[source].name.lower().split()[-1] in EVENT_NAME_HEADS:
            return
        # A state or province is in no city: "the match against Western Australia in Perth" names a
        # side where it played (a name both a region's and a city's, Washington, could be either).
        if rel_type == "LOCATED_IN" and self._region_in_a_city(source, target):
            return
        # A volunteer-written medium's reporters are its contributors, not its staff ("Wikinews' X").
        if rel_type == "WORKS_FOR" and self.p.clusters[target].name in VOLUNTEER_MEDIA:
            rel_type = "AFFILIATED_WITH"
        # An affiliation is with an organisation; "Canadian-US scientist X", "X of Norway" are
        # nationality or constituency (docs/annotation.md).
        if rel_type == "AFFILIATED_WITH" and self.p.kind(target) != "Organization":
            return
        # Both ends are named in the evidence sentence (not a pronoun's or demonym's far antecedent).
        named = {m.cluster for m in self.p.mentions_in(sent)}
        if self._written_small:  # a chamber named in lower case counts as named there
            start, end = self.p.sentences[sent]
            named |= {c for c, at in self._written_small.items() if any(start <= i < end for i in at)}
        if source not in named or target not in named:
            return
        src, tgt = self.p.cluster_ids[source], self.p.cluster_ids[target]
        if src == tgt or (src, rel_type, tgt, sent) in self._seen:
            return
        self._seen.add((src, rel_type, tgt, sent))
        start, end = self.p.sentences[sent]
        self.relations.append(Relation(src, rel_type, tgt, sent, self.p.sentence_text(sent), start, end))
        if self.trace is not None and self.pattern_id is not None:
            self.trace.append((self.pattern_id, self.relations[-1]))

    def _region_in_a_city(self, source: int, target: int) -> bool:
        """Whether ``source`` is a state or province directly under its country (and no city) and
        ``target`` a city (and no region): the first cannot be in the second."""
        region, city = self.p.clusters[source].name, self.p.clusters[target].name
        gaz = gazetteer()
        return (
            gaz.top_subdivision(region)
            and region not in cities()
            and city in cities()
            and not gaz.subdivision(city)
        )

    def add_symmetric(self, a: int, b: int, sent: int) -> None:
        ia, ib = self.p.cluster_ids[a], self.p.cluster_ids[b]
        if ia == ib or (ib, "SPOKE_WITH", ia, sent) in self._seen:
            return
        self.add(a, "SPOKE_WITH", b, sent)

    # -- from tokens to actors --------------------------------------------------------------------

    def actors_at(self, token, kinds=None) -> list[int]:
        found = self.p.clusters_of(token.i)
        return [c for c in found if kinds is None or self.p.kind(c) in kinds]

    def window(self, person) -> list:
        """The tokens of a name's noun phrase before the name itself ("Wells Fargo banker" of
        "Wells Fargo banker Chenyue Mao")."""
        start = self._starts.get(person.i, person.i)
        return [t for t in self.doc[person.left_edge.i : start] if not t.is_space]

    def phrase_actor(self, head, kinds=None) -> int | None:
        """The actor a noun phrase names: its head or a compound, else its possessive or demonym. A
        common noun in apposition to a name renames it ("Sointu Records, the Helsinki label that was
        bought by X": the label is Sointu Records, not Helsinki)."""
        if head.pos_ == "NOUN" and head.dep_ == "appos" and not self.actors_at(head):
            renamed = self.actors_at(head.head, kinds)
            if renamed:
                return renamed[0]
        for token in [head, *[c for c in head.children if c.dep_ in NAME_MODIFIER_DEPS]]:
            found = self.actors_at(token, kinds)
            if found:
                return found[0]
        # a name in apposition renames the head before any modifier says whose it is ("the Irish
        # regional airline Aer Corrib" is Aer Corrib, not Ireland)
        for token in [c for c in head.children if c.dep_ == "appos"]:
            found = self.actors_at(token, kinds)
            if found:
                return found[0]
        # not a name joined to the head ("an antibody ...; and QR-7"): another phrase, not a modifier
        return self.owner_in([c for c in head.children if c.dep_ != "conj"], kinds)

    def body_posting_there(self, tokens, place: int | None) -> int | None:
        """ "United Nations Middle East envoy X", "UNICEF Yemen director X": a place between a body's
        name and the role is where the post is; the body right before it is whose post it is."""
        if place is None or self.p.kind(place) not in ("Place", "Country"):
            return None
        at_place = [self._starts.get(t.i, t.i) for t in tokens if place in self.actors_at(t)]
        if not at_place or min(at_place) == 0:
            return None
        before = self.doc[min(at_place) - 1]
        if before.i not in {t.i for t in tokens}:
            return None
        bodies = [c for c in self.actors_at(before) if self.p.kind(c) == "Organization"]
        return bodies[0] if bodies else None

    def owner_in(self, tokens, kinds=None) -> int | None:
        """An actor among modifier tokens: a name, a possessive name, a demonym's country, or the
        state "the country's" points back to in the same sentence."""
        for token in tokens:
            if token.dep_ in FUNCTION_DEPS:
                continue
            found = self.actors_at(token, kinds)
            if found:
                return found[0]
            if (
                token.dep_ == "poss"
                and token.lower_ in ("country", "nation")
                and (not kinds or "Country" in kinds)
            ):
                country = self.country_before(token)
                if country is not None:
                    return country
            country = gazetteer().demonym(token.text) if token.dep_ in ("amod", "compound", "nmod") else None
            if country and (kinds is None or "Country" in kinds):
                found = self.country_ref(country)
                if found is not None:
                    return found
        return None

    def country_before(self, token) -> int | None:
        """ "the country's president": the last state named before ``token`` in its sentence."""
        best = None
        for m in self.p.mentions_in(self.p.sent_of[token.i]):
            if m.start < token.idx and self.p.kind(m.cluster) == "Country":
                best = m.cluster
        return best

    def country_ref(self, name: str) -> int | None:
        """The cluster of the country ``name`` when the article names it (the evidence guard then
        keeps it only when this sentence names it too)."""
        for i, cluster in enumerate(self.p.clusters):
            if cluster.kind == "Country" and cluster.name == name:
                return i
        return None

    def word_before_role(self, role_token) -> str:
        """The word right before a role, past a hyphen ("Director-General", "then-President")."""
        before = self.doc[role_token.i - 1].lower_ if role_token.i > 0 else ""
        if before == "-" and role_token.i > 1:
            before = self.doc[role_token.i - 2].lower_
        return before

    def word_after_role(self, role_token) -> str:
        """The word right after a role, past a hyphen ("Secretary-General")."""
        doc, i = self.doc, role_token.i
        if i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_:
            return doc[i + 2].lower_
        return doc[i + 1].lower_ if i + 1 < len(doc) else ""

    def role_type(self, role_token, modifiers) -> str | None:
        """The relation a role word gives, read with the words that qualify it: a past role gives
        none, a deputy's or acting one's lead role is a job ("deputy director": WORKS_FOR)."""
        word = ROLE_SINGULARS.get(role_token.lower_, role_token.lower_)  # "one of the directors"
        before = self.word_before_role(role_token)
        qualifiers = {m.lower_ for m in modifiers} | {before}
        if qualifiers & FUTURE_QUALIFIERS:
            return None  # "future guitarist X", "incoming chair X": a role not yet held
        demoted = bool(qualifiers & DEPUTY_QUALIFIERS)
        if (before, word) in SPOKES_PAIRS:
            return "SPOKESPERSON_FOR"
        after = self.word_after_role(role_token)
        if "".join(t.text for t in self.doc[role_token.i + 1 : role_token.i + 5]).lower() == "-in-chief":
            return "WORKS_FOR" if demoted else "LEADS"  # "editor-in-chief", "commander-in-chief"
        if (word, after) in LEAD_PAIRS and not demoted:
            return "LEADS"  # "the secretary-general of X": the parser may make "secretary" the role
        if (
            word == "officer"
            and self.doc[max(0, role_token.i - 2) : role_token.i].text.lower() == "chief executive"
        ):
            return "WORKS_FOR" if demoted else "LEADS"  # "chief executive officer": the chief executive
        if (before, word) in LEAD_PAIRS:
            # the pair's own first word ("vice-chancellor") demotes nothing; "deputy prime minister" does
            first = self.doc[role_token.i - (2 if self.doc[role_token.i - 1].text == "-" else 1)]
            ahead = self.word_before_role(first)  # "deputy vice chancellor", "deputy chief executive"
            demoted = bool((qualifiers - {before} | {ahead}) & DEPUTY_QUALIFIERS)
            return "WORKS_FOR" if demoted else "LEADS"
        if word in ("leader", "leaders", "whip", "whips") and before in CHAMBER_GROUP_WORDS:
            # "majority leader", "CDU council group leader": leads a party's group in the chamber, so
            # sits in it; does not lead it
            return "MEMBER_OF"
        if word in LEAD_ROLES:
            if demoted or word in BRANCHABLE_LEAD_ROLES and self.branch_role(role_token):
                return "WORKS_FOR"
            return "LEADS"
        if word in SPOKES_ROLES:
            return "SPOKESPERSON_FOR"
        if word in WORK_ROLES:
            return "WORKS_FOR"
        if word in AFFIL_ROLES:
            return "AFFILIATED_WITH"
        if word in MEMBER_ROLES:
            return "MEMBER_OF"
        return None

    def branch_head(self, target: int) -> str:
        """What the head of a branch is to the whole (docs/annotation.md: the head of a branch leads
        the branch, not the whole): a member of a party, a union or a club, else on its staff."""
        return "MEMBER_OF" if self.membership_body(target) else "WORKS_FOR"

    def of_a_part(self, role) -> bool:
        """Whether the role is "of" an unnamed part of the organisation ("the president of Daesan's
        African operations", "head of the bank's Asia division"): its holder leads only the part."""
        return any(
            o.dep_ == "pobj" and o.lower_ in BRANCH_NOUNS and not self.actors_at(o)
            for p in role.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
        )

    def posted_in_a_place(self, role) -> bool:
        """Whether an organisation's role named by a possessive or a modifier is held "in" a place
        ("the PDP's chairman in Taraba"), not "of" an organisation ("the chairman of X in Y")."""
        preps = [c for c in role.children if c.dep_ == "prep"]
        if any(p.lower_ in ("of", "for", "at") for p in preps):
            return False
        return any(
            self.p.kind(a) in ("Place", "Country")
            for p in preps
            if p.lower_ == "in"
            for o in p.children
            if o.dep_ == "pobj"
            for a in self.actors_at(o)
        )

    def executive_body(self, target: int) -> bool:
        """Whether the organisation ``target`` is a government or one of its ministries by its name's
        head word ("Government of Aragon", "Ministry of Health"): one holds office in it, not a seat."""
        words = self.p.clusters[target].name.lower().split(" of ")[0].split()
        return self.p.kind(target) == "Organization" and bool(words) and words[-1] in EXECUTIVE_HEADS

    def membership_body(self, target: int) -> bool:
        """Whether the organisation ``target`` is one people belong to (a band, a party, a club: its
        name's head word, or the kind noun the article writes right before its name), not a company."""
        words = set(self.p.clusters[target].name.lower().split())
        if self.p.clusters[target].name.lower() in PARTY_SHORT_NAMES:
            return True  # "Labour's Ffion Pugh": a party known by its short name
        before = set()
        for m in self.p.mentions:
            if m.cluster != target:
                continue
            i = m.start_token(self.doc) - 1
            if i >= 0:
                if self.doc[i].lower_ in ("the", "a", "an", ",") and i > 0:
                    i -= 1  # "the band the Marabi Five", "a parents' group, Families First"
                if self.doc[i].lower_ == "group" and i > 0 and self._people_group(self.doc[i - 1]):
                    return True
                before.add(self.doc[i].lower_)
        return bool((words | before) & MEMBERSHIP_BODY_HEADS)

    def party(self, target: int) -> bool:
        """Whether the organisation ``target`` is a political party: "party" in its name ("the Brexit
        Party") or a party's short name ("Labour")."""
        name = self.p.clusters[target].name.lower()
        short = any(name == n or name.endswith(" " + n) for n in PARTY_SHORT_NAMES)  # "Scottish Labour"
        return short or bool({"party", "parties"} & set(name.split()))

    def news_medium(self, target: int) -> bool:
        """Whether the organisation ``target`` is a news medium: a known one ("BBC", "Wikinews") or
        one a word of its name says is ("ABC Radio", "Jakarta Post")."""
        name = self.p.clusters[target].name.lower().replace("al jazeera", "al-jazeera")
        return name in NEWS_MEDIA_NAMES or bool(set(name.split()) & NEWS_MEDIA_WORDS)

    @staticmethod
    def _people_group(word) -> bool:
        """A "group" of people by who or what for ("a parents' group", "the campaign group"), which
        one joins; not an investment or a hotel group, which one works for."""
        plural_owner = word.tag_ == "POS" and word.i > 0 and word.doc[word.i - 1].tag_ == "NNS"
        return plural_owner or word.lower_ in PEOPLE_GROUP_QUALIFIERS

    def branch_role(self, role_token) -> bool:
        """A director or head of a branch or a function, not of the whole: "Hong Kong director",
        "communications director", "director of research", "Y's head of security" (not "the former
        director of Y": a word of tenure says when, not which part)."""
        for c in role_token.children:
            if c.dep_ == "det" and c.lower_ in ("a", "an"):  # "a director of Y": one of the board
                return True
            if c.dep_ in ("compound", "amod", "nmod") and c.lower_ not in TENURE_QUALIFIERS:
                if c.text[:1].isupper() and gazetteer().demonym(c.text) and not self.actors_at(c):
                    continue  # "the Dutch managing director": a nationality narrows no post
                kinds = {self.p.kind(k) for k in self.actors_at(c)}
                top = c.lower_ in WHOLE_SCOPE_WORDS
                if kinds & {"Place", "Country"} or (not kinds and c.pos_ in ("NOUN", "ADJ") and not top):
                    return True
            if c.dep_ == "prep" and c.lower_ == "for":
                remits = [self.phrase_actor(o) for o in c.children if o.dep_ == "pobj"]
                if any(t is not None and self.regional_post(role_token, t) for t in remits):
                    return True  # "Oxfam's director for East Africa": one region's, not the whole's
            if c.dep_ == "prep" and c.lower_ in ("of", "for"):
                objs = [o for o in c.children if o.dep_ == "pobj"]
                named = [o for o in objs if self.actors_at(o) or self.phrase_actor(o) is not None]
                boards = [o for o in objs if self.board_of(o, ("Organization",)) is not None]
                if objs and not named and not boards:
                    return True
        return False

    def role_target(self, role, mods, kinds=None) -> int | None:
        """Whose role: "of/for/at Y", "Y's role", "Y role" or a demonym."""
        kinds = kinds or ("Organization", "Country", "Place")
        # "secretary-general of NATO": the parser may hang "of" on the title's second half
        hyphened = [c for c in role.children if c.i == role.i + 2 and role.doc[role.i + 1].text == "-"]
        mods = list(mods) + [g for c in hyphened for g in c.children]
        # "adviser to the board", "chief of staff to the governor": roles held for whom they are "to"
        to = role.lower_ in TO_ROLES or _personal_staff(role)
        preps = ("of", "for", "at", "with", "to") if to else ("of", "for", "at", "with")
        if role.lower_ in ENVOY_ROLES:
            preps = ("of", "at", "with")  # "the UN envoy for Syria": sent to Syria, not working for it
        if role.lower_ in COMPANION_ROLES:
            preps = ("of", "at", "with")  # "a negotiating partner for Israel": its counterpart
        came_from = None
        for prep in mods:
            if prep.dep_ != "prep" or prep.lower_ not in (*preps, "from", "in"):
                continue
            # "a lawmaker from the Labour Party", "a soldier in the British Army": "from" or "in" an
            # organisation only ("a lawyer from Toronto", "a lawyer in Toronto" say where one is)
            if prep.lower_ in ("from", "in") and "Organization" not in kinds:
                continue
            if prep.lower_ == "in" and self.held_for_an_owner(mods):
                continue  # "the party's leader in the Senate": the post's remit, the party's post
            wanted = ("Organization",) if prep.lower_ in ("from", "in") else kinds
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    target = None
                    if obj.lower_ in BRANCH_NOUNS:
                        # "head of Nordbank's Asia division": the part is the bank's, not Asia's
                        target = self.owner_in(
                            [c for c in obj.children if c.dep_ == "poss"], ("Organization",)
                        )
                    if target is None:
                        target = self.phrase_actor(obj, wanted)
                    if target is None:
                        for find in (self.place_named_after, self.board_of, self.chamber_written_small):
                            target = find(obj, wanted)
                            if target is not None:  # (a cluster may be 0)
                                break
                    if target is not None and prep.lower_ == "from":
                        came_from = target  # after whose role it is by its own words (below)
                        break
                    if target is not None and prep.lower_ == "for" and self.regional_post(role, target):
                        break  # "Unite's regional officer for the North West": Unite's, for a region
                    if target is not None:
                        return target
        owner = self.owner_in([m for m in mods if m.dep_ in ("poss", "compound", "amod", "nmod")], kinds)
        # "an Inkatha Freedom Party councillor from Mabhokweni": the party's, wherever one is from
        return owner if owner is not None else came_from

    def held_for_an_owner(self, mods) -> bool:
        """Whether a role's modifiers say whose post it is: a possessive ("its", "the party's") or a
        name before it ("Labour leader")."""
        if any(m.dep_ == "poss" for m in mods):
            return True
        return self.owner_in([m for m in mods if m.dep_ == "compound"]) is not None

    def regional_post(self, role, target: int) -> bool:
        """A post "for" a place held in an organisation named as its owner ("Unite's regional officer
        for the North West", "Oxfam's director for East Africa"): the place is its remit."""
        if self.p.kind(target) not in ("Place", "Country"):
            return False
        owners = [m for m in role.children if m.dep_ == "poss"]
        return any(self.p.kind(c) == "Organization" for o in owners for c in self.actors_at(o))

    def place_named_after(self, noun, kinds) -> int | None:
        """The place a place noun with no name of its own is "of": "the mayor of the capital city of
        San Juan", "governor of the island of Bali"."""
        if noun.lower_ not in PLACE_NOUNS or self.actors_at(noun):
            return None
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        return self.phrase_actor(obj, kinds)
        return None

    def chamber_written_small(self, noun, kinds) -> int | None:
        """The chamber "parliament" written in lower case stands for, where the article names just one
        body with that word as its head ("a member of parliament" after "the Halden Parliament"): the
        gold counts the lower-case form as the chamber's alias (docs/annotation.md)."""
        if not noun.is_lower or noun.lower_ not in CHAMBER_WORDS or noun.lower_ == "house":
            return None
        if kinds is not None and "Organization" not in kinds:
            return None
        if any(c.dep_ in ("poss", "compound", "amod") for c in noun.children):
            return None  # "a state parliament", "Kenya's parliament": whose, the words around say
        chambers = {
            c
            for c, cluster in enumerate(self.p.clusters)
            if cluster.kind == "Organization" and cluster.name.lower().split()[-1:] == [noun.lower_]
        }
        if len(chambers) != 1:
            return None
        chamber = next(iter(chambers))
        self._written_small.setdefault(chamber, set()).add(noun.idx)
        return chamber

    def board_of(self, noun, kinds) -> int | None:
        """The organisation whose board ``noun`` is: "the chair of the board of (directors of) Y" chairs
        Y, as the board governs the whole."""
        if noun.lower_ != "board" or self.actors_at(noun):
            return None
        owner = self.owner_in([c for c in noun.children if c.dep_ == "poss"], kinds)
        if owner is not None:
            return owner  # "the chair of Y's board"
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.lower_ in BOARD_MEMBERS:
                        return self.board_of_members(obj, kinds)
                    if obj.dep_ == "pobj":
                        return self.phrase_actor(obj, kinds)
        return None

    def board_of_members(self, members, kinds) -> int | None:
        """Y of "directors of Y" or "trustees at Y", after "the board of"."""
        for prep in members.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "at"):
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        return self.phrase_actor(obj, kinds)
        return None

    def role_targets(self, role, kinds=None, every: bool = False) -> list[int | None]:
        """Whose role, and every organisation or state joined to it in the role's own "of" phrase ("the
        chief executive of X and Y" heads both); a plural role's list is paired in order instead, so
        only its first is given unless ``every`` (for the pairing)."""
        first = self.role_target(role, list(role.children), kinds)
        if first is None or (role.tag_ in ("NNS", "NNPS") and not every):
            return [first]
        found = [first]
        if role.lower_ == "member":
            # "a Left Party member of the Riksdag": a member of the party named before, and of the chamber
            party = self.owner_in([m for m in role.children if m.dep_ == "compound"], ("Organization",))
            if party is not None and party != first:
                found.append(party)
        for prep in role.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "for", "at"):
                for obj in prep.children:
                    if obj.dep_ != "pobj":
                        continue
                    for conj in self._chain(obj)[1:]:
                        other = self.phrase_actor(conj, kinds)
                        # Only the same kind as the first ("of Almaco and Sunfield Bank"), not a place
                        # or person joined on ("of the bank and its Oslo branch").
                        if (
                            other is not None
                            and other not in found
                            and self.p.kind(other) == self.p.kind(first)
                        ):
                            found.append(other)
        return found

    def subjects_of(self, verb) -> list:
        """The verb's subjects, or those of the verb it is conjoined to ("Raab urged ... and spoke")."""
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        # "X urged the police to act and spoke with Y": a finite verb the parser joins to an infinitive
        # is the infinitive's governing verb's second predicate, with that verb's subject.
        if (
            not subjects
            and verb.dep_ == "conj"
            and verb.tag_ in ("VBD", "VBZ", "VBP")
            and verb.head.dep_ == "xcomp"
            and verb.head.tag_ == "VB"
        ):
            subjects = [c for c in verb.head.head.children if c.dep_ in SUBJECT_DEPS]
        if not subjects and verb.dep_ in ("conj", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
            subjects = [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS]
            subjects = subjects or self.stranded_subject(verb.head)
        stretch = _stretch_governor(verb)
        if not subjects and stretch is not None:
            # "After ten years working for X, Hagan ran", "After two decades working for X, Dahl joined":
            # the working is the clause subject's, and so is it when that clause is a participle's
            # too ("Speaking to reporters after meeting with X, Y said")
            subjects = self.subjects_of(stretch)
        if not subjects and verb.dep_ == "acl" and verb.tag_ == "VBG":  # "X, speaking to Y, said"
            subjects = [verb.head]
        if (
            not subjects
            and verb.dep_ == "xcomp"
            and verb.head.pos_ in ("VERB", "AUX")
            # (a time spent is no one to act: "X spent ten years working for Y")
            and not any(c.dep_ in ("dobj", "dative") and c.ent_type_ != "DATE" for c in verb.head.children)
        ):
            # "X was expected to leave the party", "X decided to quit": the governing verb's subject
            # (not "they asked X to leave", where the object is the one who leaves)
            subjects = [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS]
        if subjects and not self.conjoined_actors(subjects):
            # "The former inspector for the UN in Iraq, Richard Butler, told X": the parser hung the
            # name on the last noun of the role's phrase; the name right before the verb is the role's
            stranded = self.stranded_subject(verb)
            if stranded and any(stranded[0] in s.subtree for s in subjects):
                return stranded
        return subjects or self.stranded_subject(verb)

    def stranded_subject(self, verb) -> list:
        """The subject the parser left off a finite verb: "Speaking to Reuters, the head of X, Karl
        Jensen, said" hangs the names on the participle's object, in apposition, and gives "said" no
        subject; the name in apposition that ends right before the verb (and its comma) is it."""
        if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 2:
            return []
        before = self.doc[verb.i - 2] if self.doc[verb.i - 1].text == "," else self.doc[verb.i - 1]
        if before.dep_ == "appos" and before.pos_ == "PROPN" and before.head.i < before.i:
            return [before]
        return []

    def speaker_meant(self, token) -> int | None:
        """The person a "he" or "she" opening what they say stands for: "Rosselló announced he would
        resign the leadership of the party", "X said she had met Y". Only the named subject of the verb
        of saying, and only when nothing shows that person is of the pronoun's other gender."""
        gender = PRONOUN_GENDER.get(token.lower_)
        clause = token.head
        if gender is None or token.dep_ not in SUBJECT_DEPS or clause.dep_ != "ccomp":
            return None
        if not is_speech_verb(clause.head):
            return None
        profiles = person_profiles(self.p)
        for subject in clause.head.children:
            if subject.dep_ not in SUBJECT_DEPS:
                continue
            for c in self.actors_at(subject, ("Person",)):
                genders = profiles.get(c, (set(), set()))[1]
                if not genders or gender in genders:
                    return c
        return None

    def conjoined_actors(self, heads, kinds=None) -> list[int]:
        """Person, organisation or country actors named by noun phrases and their conjuncts
        ("Presidents Donald Trump and Xi Jinping": the title's apposition and its conjunct); a
        relative "who"/"which" stands for the noun its clause hangs on ("X, who heads Y")."""
        found: list[int] = []
        queue, seen = list(heads), set()
        alone: set[int] = set()  # antecedents of a relative: the clause is theirs, not their conjuncts'
        while queue:
            token = queue.pop(0)
            if token.i in seen:
                continue
            seen.add(token.i)
            if token.lower_ in _RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
                # "X, who heads Y, and Z, who chairs W": "who" is X alone
                noun = token.head.head
                if _said_of_many(token.head):
                    # "A and B, who both worked for Y", "A, B and C, who are members of Y": the clause
                    # the parser hangs on one of a list is the whole list's when it says so
                    while noun.dep_ == "conj" and noun.head.i != noun.i:
                        noun = noun.head
                else:
                    alone.add(noun.i)
                if noun.dep_ == "appos" and noun.pos_ == "NOUN" and not self.actors_at(noun):
                    # "Yoon Hye-jin, a lawmaker who sits on ...": the clause is the named one's
                    noun = noun.head
                    alone.add(noun.i)
                queue.append(noun)
                continue
            speaker = self.speaker_meant(token)
            if speaker is not None:
                if speaker not in found:
                    found.append(speaker)
                continue
            here = self.actors_at(token, tuple(dict.fromkeys([*_PARTY_KINDS, *(kinds or ())])))
            for c in here:
                if c not in found:
                    found.append(c)
            if not here:
                # "Microsoft engineers A and B met": a role's compound is whose role it is, not a party
                role = token.lower_ in ROLE_WORDS or _singular(token.lower_) in ROLE_WORDS
                queue += [
                    c for c in token.children if c.dep_ == "appos" or (c.dep_ == "compound" and not role)
                ]
            else:
                # "President A and Prime Minister B met": the parser hangs the first title, with its
                # name in apposition, as a compound of the second name; the first name is listed too.
                titles = [c for c in token.children if c.dep_ == "compound" and c.lower_ in ROLE_WORDS]
                queue += [a for t in titles for a in t.children if a.dep_ == "appos"]
            if token.i not in alone:
                queue += [c for c in token.children if c.dep_ == "conj"]
        return found

    def its_subject(self, its, kinds=None) -> int | None:
        """What "its" (or "his", "her") stands for: the actor the clause is about, its subject ("X
        tested its Y rocket"; "X is collaborating with Z and its Y craft is scheduled", the subject of
        the clause the "its" clause is joined to; "X said his party would win"). None when another
        actor of the kind is named between them in the clause ("A sued B over its patents": its may
        be B's)."""
        noun = its.head
        verb = noun
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        clause = verb
        if any(s.left_edge.i <= noun.i <= s.right_edge.i for s in subjects):
            # The "its" phrase is the subject itself: the clause it is joined to gives the owner.
            reported = [c for c in verb.children if c.dep_ == "ccomp" and c.i < noun.i]
            if reported and verb.lower_ in SPEECH_VERBS:
                # "X has opened an inquiry, its spokesman said": the reported clause's subject
                subjects = [c for c in reported[0].children if c.dep_ in SUBJECT_DEPS]
                clause = reported[0]
            elif verb.dep_ not in ("conj", "ccomp") or verb.head.i == verb.i:
                return None
            else:
                subjects = self.subjects_of(verb.head)
                if verb.dep_ == "ccomp":
                    clause = verb.head  # "A told B his party would lose": B, told, may be the one meant
        elif not subjects:
            subjects = self.subjects_of(verb)
        owners = [c for c in self.conjoined_actors(subjects, kinds) if not kinds or self.p.kind(c) in kinds]
        if len(owners) != 1:
            return None
        start = min(s.left_edge.i for s in subjects)
        between = {
            c
            for t in clause.subtree
            if start <= t.i < its.i and not any(s.left_edge.i <= t.i <= s.right_edge.i for s in subjects)
            for c in self.actors_at(t, tuple(kinds or ("Organization",)))
        }
        return owners[0] if not between - set(owners) else None

    def pronoun_owner(self, token) -> int | None:
        """ "its U.S. assets": "its" stands for the last organisation or product named before it."""
        poss = [c for c in token.children if c.dep_ == "poss" and c.lower_ == "its"]
        if not poss:
            return None
        best = None
        for m in self.p.mentions:
            if m.start >= poss[0].idx:
                break
            if self.p.kind(m.cluster) in ("Organization", "Product"):
                best = m.cluster
        return best

    # -- rules that read more than one shape ------------------------------------------------------

    def sentence(self, sent: int, t0: int, t1: int) -> None:
        roots = {}
        for m in self.p.mentions_in(sent):
            roots.setdefault(m.cluster, m)
        for cluster, mention in roots.items():
            head = self.doc[mention.root]
            if self.p.kind(cluster) == "Organization":
                self.organisation_place(cluster, mention, head, sent)
            if self.p.kind(cluster) == "Place":
                self.place_noun_of(cluster, head, sent)
        self.comma_places(sent)
        self.places_listed_in(t0, t1, sent)
        self.role_between_names(sent, t0, t1)
        self.league_clubs(sent)
        self.legislators_in_chambers(sent)
        self.paired_lists(sent, t0, t1)
        self.co_mentioned(sent, roots)

    def role_between_names(self, sent: int, t0: int, t1: int) -> None:
        """ "Sky News Arabia producer Jamal al-Harbi", "World Health Organization (WHO) chief Tedros
        Adhanom": an organisation's or a state's name written right before a lower-case role word and a
        person's name gives the role's relation, where the parser hung the three apart. Nothing when
        the sentence already relates the two."""
        starts, ends = self.mention_bounds(sent)
        for role in self.doc[t0:t1]:
            if not role.is_lower or role.tag_ != "NN" or role.lower_ not in ROLE_WORDS:
                continue
            person = starts.get(role.i + 1)
            title = self.doc[role.i + 1] if role.i + 2 < t1 else None
            if (
                person is None
                and title is not None
                and (
                    title.lower_ in ACADEMIC_TITLES
                    or (title.is_title and title.lower_ in PERSON_TITLES | RANK_TITLES)
                )
            ):
                # "KWS veterinarian Dr Wanjiru Kamau", "Navy spokesperson Commander Liza Dima"
                person = starts.get(role.i + 2)
            before = role.i
            if before > t0 + 1 and (self.doc[before - 1].lower_, role.lower_) in LEAD_PAIRS:
                before -= 1  # "Kobowise chief executive X": the pair's first word is the role's
            while (
                before > t0 + 1
                and self.doc[before - 1].is_lower
                and self.doc[before - 1].lower_ in PORTFOLIOS | ROLE_RANKS | DEMOTING
            ):
                before -= 1  # "Kisumu County transport executive X", "KWS senior veterinarian X"
            if role.i >= 3 and self.doc[role.i - 1].text == ")" and self.doc[role.i - 3].text == "(":
                before = role.i - 3  # "World Health Organization (WHO) chief": past the short form
            held, first = ends.get(before, (None, 0))
            if held is None and before > t0 and self.doc[before - 1].lower_ == "its":
                # "Nordvik Rail said its spokesman Karl Jensen would answer": the body "its" stands for
                held, first = self.its_subject(self.doc[before - 1], ("Organization",)), before - 1
            if person is None or held is None or self.p.kind(person) != "Person":
                continue
            # a county's or a province's officials work for it (docs/annotation.md), a town's not here
            region = self.p.clusters[held].name.split()[-1].lower() in _REGION_WORDS
            if self.p.kind(held) not in ("Organization", "Country") and not (
                region and self.p.kind(held) == "Place" and role.lower_ in WORK_ROLES
            ):
                continue
            if self.p.kind(held) == "Organization":
                for words, next_person in self.roles_listed_after(role, sent, t1, starts):
                    listed = self.role_type(words[-1], [*words[-1].children, *words[:-1]])
                    if listed is not None:
                        self.add(next_person, listed, held, sent)
            src, tgt = self.p.cluster_ids[person], self.p.cluster_ids[held]
            if any(s == src and t == tgt and n == sent for s, _, t, n in self._seen):
                continue
            # the words before the organisation's name qualify the role ("future Grateful Dead guitarist")
            qualifiers = [*role.children, *self.doc[before : role.i], *self.doc[max(t0, first - 2) : first]]
            relation = self.role_type(role, qualifiers)
            if relation is None or (
                relation == "LEADS" and self.p.kind(held) == "Country" and not self.leads_country(role)
            ):
                continue
            side = self.captain_of_side(role, held) or self.national_side(role, held, sent)
            self.add(person, "MEMBER_OF" if side else relation, held, sent, side=side)

    def roles_listed_after(self, role, sent: int, t1: int, starts: dict) -> list:
        """ "Adventure World president A, vice-president B and director C": the roles and the people
        listed after the first (the role's words, the person), each a lower-case company role right
        before a name, joined by commas and "and"; the list ends at anything else. ``starts``: the
        sentence's mentions by first token (:meth:`mention_bounds`)."""
        doc = self.doc
        ends = {m.start_token(doc): m.end_token(doc) for m in self.p.mentions_in(sent)}
        found, i = [], role.i + 1
        while i in ends and self.p.kind(starts[i]) == "Person":
            j = ends[i]
            while j < t1 and doc[j].lower_ in (",", "and"):
                j += 1
            k = j
            while k < t1 and (doc[k].is_lower or doc[k].text == "-") and doc[k].lower_ != "and":
                k += 1
            if j == ends[i] or k == j or k not in starts or doc[k - 1].lower_ not in LISTED_COMPANY_ROLES:
                break
            found.append((doc[j:k], starts[k]))
            i = k
        return found

    def mention_bounds(self, sent: int) -> tuple[dict, dict]:
        """Sentence ``sent``'s mentions by where they start (token -> cluster) and by the token after
        their end (token -> (cluster, start token)), the first mention at each."""
        starts, ends = {}, {}
        for m in self.p.mentions_in(sent):
            starts.setdefault(m.start_token(self.doc), m.cluster)
            ends.setdefault(m.end_token(self.doc), (m.cluster, m.start_token(self.doc)))
        return starts, ends

    def league_clubs(self, sent: int) -> None:
        """ "Premier League club RK Sava Zagreb", "League of Ireland club Liffey Wanderers FC": a
        league's name right before "club" or "side" and a club's name, however the parser hung the
        three, makes the club a member of the league."""
        starts, ends = self.mention_bounds(sent)
        for word, (league, _) in ends.items():
            club = starts.get(word + 1)
            if word >= len(self.doc) or self.doc[word].lower_ not in ("club", "side") or club is None:
                continue
            if self.p.kind(league) != "Organization" or self.p.kind(club) != "Organization":
                continue
            if self.p.clusters[league].name in cities():
                continue  # "Split club RK Marjan Stobreč": a town the model took for a body
            self.add(club, "MEMBER_OF", league, sent)

    def organisation_place(self, cluster: int, mention, head, sent: int) -> None:
        """ "the United States National Institute ...", "the Florida company Ridgeback": a named place
        (not a demonym) modifying the name, or the noun before it; not a state the name itself starts
        with ("the United States Department of State")."""
        if mention.full_form is not None:
            return
        first = mention.start_token(self.doc)
        for mod in [c for c in head.children if c.dep_ in NAME_MODIFIER_DEPS and c.i < first]:
            if self.actors_at(mod, ("Organization",)):
                continue
            inner = [c for c in mod.children if c.dep_ in NAME_MODIFIER_DEPS] if mod.pos_ == "NOUN" else []
            for token in [mod, *inner]:
                if gazetteer().demonym(token.text):
                    continue
                for target in self.actors_at(token, ("Country", "Place")):
                    self.add(cluster, "LOCATED_IN", target, sent)

    def place_noun_of(self, cluster: int, head, sent: int) -> None:
        """ "the United States city of Chicago": the place noun's named state or region; "the towns of
        A, B and C in Y": every place of the list is in Y."""
        kinds = ("Country", "Place")
        base = head
        while base.dep_ == "conj" and base.head.i != base.i:
            base = base.head
        if (
            base.dep_ != "pobj"
            or base.head.lower_ != "of"
            or _singular(base.head.head.lower_) not in PLACE_NOUNS
        ):
            return
        noun = base.head.head
        if self.actors_at(noun):  # "the Western District of Texas": the noun is a name, not a kind of place
            return
        holders = [noun]
        if noun.tag_ == "NNS":  # a list: "in Y" may hang on its last member
            queue = [base]
            while queue:
                token = queue.pop()
                holders.append(token)
                queue += [c for c in token.children if c.dep_ == "conj"]
        # "the US state of X", "the Texas city of X"; not "the San Francisco area of California", where
        # the name before a part's noun is the part's own and "of" names the whole.
        part = _singular(noun.lower_) in PART_NOUNS
        for mod in noun.children if not part else []:
            if mod.dep_ in ("compound", "nmod", "poss") and not gazetteer().demonym(mod.text):
                for target in self.actors_at(mod, kinds):
                    # "the Red Sea port town of Mokha": a town is on a sea, not in it.
                    if self.p.clusters[target].name.split()[-1].lower() not in WATER_WORDS:
                        self.add(cluster, "LOCATED_IN", target, sent)
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ == "prep" and prep.lower_ == "in":
                    for obj in prep.children:
                        target = self.phrase_actor(obj, kinds) if obj.dep_ == "pobj" else None
                        if target is not None:
                            self.add(cluster, "LOCATED_IN", target, sent)

    def legislators_in_chambers(self, sent: int) -> None:
        """ "Senator X ... the Senate", "Representative Y ... in the House": a legislator's title before
        the name and the one chamber of that kind the sentence names (docs/annotation.md: "a Senator X
        in a sentence that names the Senate is a MEMBER_OF it"). Not a plural title (a class), nor a
        seat in another chamber ("state senator"), nor one not yet held; two chambers of the kind
        named leave it open."""
        chambers: dict[str, set[int]] = {}
        mask = quoted(self.p)
        for m in self.p.mentions_in(sent):
            if self.p.kind(m.cluster) != "Organization" or mask.inside(m.start):
                # (a chamber named inside a quote is the speaker's subject, not where the title sits:
                # 'MP X said, "... if Parliament were prevented ..."')
                continue
            for name in (self.p.clusters[m.cluster].name, self.p.clean.text[m.start : m.end]):
                words = name.lower().split()
                # "House" alone is the chamber; "White House", "Government House" are not.
                if words and (words[-1] != "house" or len(words) == 1):
                    chambers.setdefault(words[-1], set()).add(m.cluster)
        if not chambers:
            return
        for m in self.p.mentions_in(sent):
            if self.p.kind(m.cluster) != "Person":
                continue
            window = self.window(self.doc[m.root])
            titles = [t for t in window if t.lower_ in LEGISLATOR_CHAMBERS]
            if not titles or titles[-1].tag_ in ("NNS", "NNPS"):
                continue
            title = titles[-1]
            before = {t.lower_ for t in window if t.i < title.i}
            if before & (OTHER_CHAMBER_QUALIFIERS | FUTURE_QUALIFIERS):
                continue
            found = {c for word in LEGISLATOR_CHAMBERS[title.lower_] for c in chambers.get(word, ())}
            if len(found) == 1:
                self.add(m.cluster, "MEMBER_OF", found.pop(), sent)

    def comma_places(self, sent: int) -> None:
        """ "Chicago, Illinois", "Vienna, Austria": a place written with its region or state after a
        comma is in it (not when the names are a list: "Beni, Butembo and Katwa")."""
        text = self.p.clean.text
        ms = self.p.mentions_in(sent)
        for i in range(len(ms) - 1):
            a, b = ms[i], ms[i + 1]
            # "Christchurch District Court, New Zealand": an institution is written with its address too
            sited = (
                self.p.kind(a.cluster) == "Organization"
                and self.p.clusters[a.cluster].name.split()[-1].lower() in SITED_HEADS
            )
            placed = self.p.kind(a.cluster) == "Place" or sited
            if not placed or self.p.kind(b.cluster) not in ("Place", "Country"):
                continue
            between = text[a.end : b.start]
            # "New South Wales (NSW), Australia": the bracketed short form stands for the name before it.
            bracketed = between == "), " and text[max(0, a.start - 2) : a.start] == " ("
            # "Jalalabad, eastern Afghanistan": a bearing before the state names its part the town is in
            bearing = between[:2] == ", " and between[2:-1].lower() in REGION_BEARINGS and between[-1:] == " "
            if (between != ", " and not bracketed and not bearing) or a.cluster == b.cluster:
                continue
            before = text[max(0, a.start - 2) : a.start]
            following = ms[i + 2] if i + 2 < len(ms) else None
            next_place = (
                following is not None
                and self.p.kind(following.cluster) in ("Place", "Country")
                # "the Illawarra, Sydney, the Hunter Valley and ...": a list goes on past "the"
                and re.fullmatch(r",\s*(?:and\s+|or\s+)?(?:the\s+)?", text[b.end : following.start])
                is not None
            )
            # "Chicago, Illinois and studied law": a lower-case word after "and" ends no list of names,
            # but "Washington, New York and around the world" goes on with places of no name, and
            # "Asia, Europe and the Middle East" with a name after "the" ("and the son of" does not).
            joined = re.match(r",?\s+(?:and|or)\s+(?:the\s+)?(\S\w*)", text[b.end : b.end + 28])
            listed = (
                joined is not None
                and (not joined.group(1)[0].islower() or joined.group(1) in PLACE_LIST_GOES_ON)
            ) or next_place
            # "his ARC Studio, Lagos, Nigeria": an address after an organisation's name, not a list.
            prev = ms[i - 1] if i > 0 else None
            address = (
                before == ", "
                and prev is not None
                and prev.end == a.start - 2
                and self.p.kind(prev.cluster) == "Organization"
            )
            if listed and (bearing or self._place_chain(ms, i)):
                # "Tyler, Texas, United States": each in the next, not a list; nor is "Kandahar,
                # southern Afghanistan and Quetta" (a list names no part of its places)
                listed = False
            if before == ", " and not address and self._place_chain(ms, i - 1):
                before = ""  # the middle of such a chain
            if listed or (before == ", " and not address):
                continue
            self.add(a.cluster, "LOCATED_IN", b.cluster, sent)
            if address:
                self.add(prev.cluster, "LOCATED_IN", a.cluster, sent)

    def places_listed_in(self, t0: int, t1: int, sent: int) -> None:
        """ "Dunmere, Ashcombe and Kelso in Kent", "those in Riverton, Elmwood and Mount Ash in
        Tasmania": "in" right after a list of places places each of them, wherever the
        parser hung it (on the first name or the last). Only a list of places and nothing else (a
        country, a person or a body listed with them leaves it to the patterns: "Putin, Erdogan and
        Rouhani in Sochi" met there, they are not in it)."""
        for prep in self.doc[t0:t1]:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            targets = {
                c for o in prep.children if o.dep_ == "pobj" for c in self.actors_at(o, ("Place", "Country"))
            }
            head = prep.head
            while head.dep_ == "conj":
                head = head.head
            listed = [t for t in self._chain(head) if t.i < prep.i and t.dep_ != "appos"]
            if len(targets) != 1 or len(listed) < 2 or prep.i != listed[-1].i + 1:
                continue
            # the names must follow each other with only commas and "and"/"or" between
            gaps = [
                self.doc[a.i + 1 : self._starts.get(b.i, b.i)]
                for a, b in zip(listed, listed[1:], strict=False)
            ]
            if any(t.text not in (",", "and", "or") for gap in gaps for t in gap):
                continue
            kinds = [{self.p.kind(c) for c in self.p.clusters_of(t.i)} for t in listed]
            if any(k - {"Place"} for k in kinds) or sum(1 for k in kinds if k) < 2:
                continue
            (target,) = targets
            for t in listed:
                for c in self.actors_at(t, ("Place",)):
                    if c != target:
                        self.add(c, "LOCATED_IN", target, sent)

    def _place_chain(self, ms: list, i: int) -> bool:
        """Whether mentions ``ms[i]``, ``ms[i+1]``, ``ms[i+2]`` are a place, its region and its state,
        written with commas and nothing else ("Tyler, Texas, United States", the house style of
        datelines): the last a state, the first two places, no name before the first or after the
        last joined by a comma or "and" (a list: "Lyon, Nice, France and Spain")."""
        if i < 0 or i + 2 >= len(ms):
            return False
        text, trio = self.p.clean.text, ms[i : i + 3]
        kinds = [self.p.kind(m.cluster) for m in trio]
        if kinds != ["Place", "Place", "Country"] or len({m.cluster for m in trio}) < 3:
            return False
        if any(text[x.end : y.start] != ", " for x, y in zip(trio, trio[1:], strict=False)):
            return False
        before = text[max(0, trio[0].start - 2) : trio[0].start]
        after = text[trio[2].end : trio[2].end + 6]
        # "Osaka, Nagoya, Singapore, Taipei and Fukuoka": a fourth place goes on the list
        fourth = ms[i + 3] if i + 3 < len(ms) else None
        listed_on = (
            fourth is not None
            and self.p.kind(fourth.cluster) in ("Place", "Country")
            and re.fullmatch(r",\s*(?:and\s+|or\s+)?", text[trio[2].end : fourth.start]) is not None
        )
        return before != ", " and re.match(r",? (?:and|or) ", after) is None and not listed_on

    def paired_lists(self, sent: int, t0: int, t1: int) -> None:
        """Office-holders listed with their states or organisations, paired in order: "the foreign
        ministers of A, B and C, X, Y and Z"; "ministers X and Y of A and B, respectively". Only when
        the two lists are as long as each other and the role is plural."""
        for role in self.doc[t0:t1]:
            plural = role.tag_ in ("NNS", "NNPS") or role.lower_.endswith(("s", "men", "people"))
            if not plural or (role.lower_ not in ROLE_WORDS and role.lower_ not in ROLE_SINGULARS):
                continue
            of = [c for c in role.children if c.dep_ == "prep" and c.lower_ == "of"]
            people_heads = [c for c in role.children if c.dep_ in ("appos", "compound") and c.i > role.i]
            holders = []
            if of:
                objs = [o for o in of[0].children if o.dep_ == "pobj"]
                chain = self._chain(objs[0]) if objs else []
                holders = [c for t in chain for c in self._roots.get(t.i, []) if self.p.kind(c) != "Person"]
                people = [c for t in chain for c in self._roots.get(t.i, []) if self.p.kind(c) == "Person"]
                people += [c for h in people_heads for t in self._chain(h) for c in self._roots.get(t.i, [])]
                if role.dep_ == "appos":  # "A and B, the presidents of X and Y": the names the title follows
                    first = role.head
                    while first.dep_ == "conj" and first.head.i < first.i:  # the title hangs on the last name
                        first = first.head
                    people += [
                        c for t in self._chain(first) if t.i < role.i for c in self._roots.get(t.i, [])
                    ]
            else:  # "Ministers X and Y of A and B, respectively": the title is the names' compound
                if role.dep_ != "compound" or not any(t.lower_ == "respectively" for t in self.doc[t0:t1]):
                    continue
                chain = self._chain(role.head)
                people = [c for t in chain for c in self._roots.get(t.i, []) if self.p.kind(c) == "Person"]
                for t in chain:
                    for prep in t.children:
                        if prep.dep_ == "prep" and prep.lower_ == "of":
                            objs = [o for o in prep.children if o.dep_ == "pobj"]
                            holders += [
                                c
                                for o in objs
                                for x in self._chain(o)
                                for c in self._roots.get(x.i, [])
                                if self.p.kind(c) != "Person"
                            ]
            people = list(dict.fromkeys(p for p in people if self.p.kind(p) == "Person"))
            holders = list(dict.fromkeys(holders))
            if len(people) < 2 or len(people) != len(holders):
                continue
            for person, holder in zip(people, holders, strict=True):
                modifiers = [c for c in role.children if c.dep_ in ("amod", "compound")]
                rel_type = self.role_type(role, modifiers)
                if rel_type == "LEADS" and self.p.kind(holder) == "Country" and not self.leads_country(role):
                    continue
                if rel_type is not None:
                    self.add(person, rel_type, holder, sent)

    def _chain(self, token) -> list:
        """A token and its conjuncts, in text order."""
        out, queue = [], [token]
        while queue:
            t = queue.pop()
            out.append(t)
            queue += [c for c in t.children if c.dep_ in ("conj", "appos")]
        return sorted(out, key=lambda t: t.i)

    def co_mentioned(self, sent: int, roots) -> None:
        clusters = sorted(roots, key=lambda c: self.p.cluster_ids[c])
        if len(clusters) > _MAX_COMENTIONED:
            return
        for i, a in enumerate(clusters):
            for b in clusters[i + 1 :]:
                self.add(a, "CO_MENTIONED", b, sent)


# -- filters the patterns name: checks that need more than one node's attributes ------------------


def _ministry_is_prime(finder: _Finder, nodes: dict) -> bool:
    """ "the prime ministry of Y" leads Y; any other ministry does not."""
    office = nodes["office"]
    return office.lower_ != "ministry" or office.i > 0 and finder.doc[office.i - 1].lower_ == "prime"


def _noun_has_no_possessive(finder: _Finder, nodes: dict) -> bool:
    """ "X's call with Y": the possessive is the side (another pattern), not the verb's subject; "after
    her meeting with Y, X ...": a pronoun's is the subject's own."""
    return not any(c.dep_ == "poss" and c.pos_ != "PRON" for c in nodes["noun"].children)


def _phrase_words(token) -> str:
    """The words of the name a possessive or compound token ends ("United Kingdom" of "the United
    Kingdom's"), without its article and possessive mark."""
    return " ".join(t.text for t in token.subtree if t.dep_ not in ("case", "det", "punct"))


def _possessive_not_in_name(finder: _Finder, nodes: dict) -> bool:
    """ "the Workers' Party", "People's Daily": a possessive before a name's head word is part of the
    name, not an owner."""
    owned, owner = nodes["owned"], nodes["owner"]
    if _owner_noun_in(owner, owned):
        return False  # "Google's parent company Alphabet": the name after is the owner
    if owned.lower_ in POSSESSED_NAME_HEADS and owned.is_title:
        # ... unless the possessive is a state's: "Thailand's Future Forward Party".
        return gazetteer().country(_phrase_words(owner)) is not None
    # A capitalised plural after the possessive is the name's own word: "Jehovah's Witnesses".
    if owned.tag_ == "NNPS" and owned.is_title and owned.i == owner.i + 2:
        return False
    # A group's possessive starting a capitalised name: "People's Protection Units", "Women's March".
    if owner.lower_ in COLLECTIVE_POSSESSORS and owned.is_title:
        return False
    # A plural's bare apostrophe before a capitalised word: "Fishmongers' Hall", "Farmers' Union".
    plural_mark = any(c.dep_ == "case" and c.text in ("'", "\u2019") for c in owner.children)
    return not ((plural_mark or owner.tag_ in ("NNS", "NNPS")) and owned.is_title and owned.i == owner.i + 2)


def _noun_names_no_actor(finder: _Finder, nodes: dict) -> bool:
    return not finder.actors_at(nodes["noun"])


def _prep_after_name_start(finder: _Finder, nodes: dict) -> bool:
    thing = nodes["thing"]
    return finder._starts.get(thing.i, thing.i) <= thing.i


def _prep_after_name_end(finder: _Finder, nodes: dict) -> bool:
    """ "the Supreme Court (Hoejesteret) of Denmark": "of" after the whole name, not inside it."""
    thing, prep = nodes["thing"], nodes["prep"]
    ends = [m.end for m in finder.p.mentions if m.root == thing.i]
    return bool(ends) and prep.idx >= max(ends)


def _name_right_before_prep(finder: _Finder, nodes: dict) -> bool:
    """ "two towns, including Makilala in the province of North Cotabato": the parse hangs "in" on the
    common noun, but the name written right before it is what is in the place."""
    thing, prep = nodes["thing"], nodes["prep"]
    if thing.dep_ == "pobj" and thing.head.lower_ in ("by", "from"):
        return False  # "losses by Acme in the United States": where the losses were, not Acme
    text = thing.doc.text
    return any(
        m.root == thing.i and m.end <= prep.idx and _nothing_but_a_short_form(text[m.end : prep.idx])
        for m in finder.p.mentions
    )


#: A name's short form or own-language form in brackets ("(HU)", "(CU Boulder)", "(Hoejesteret)"),
#: which the parse hangs the next phrase past: what follows it still follows the name.
_BRACKETED_SHORT_FORM = re.compile(r"\s*(?:\(\s*[^()\s,;][^(),;]{0,40}\)\s*)?")


def _nothing_but_a_short_form(between: str) -> bool:
    """Whether the text between a name and the next word is empty or only a bracketed short form.

    >>> _nothing_but_a_short_form(" (CU Boulder) "), _nothing_but_a_short_form(", its campus ")
    (True, False)
    """
    return _BRACKETED_SHORT_FORM.fullmatch(between) is not None


def _university_part_before(finder: _Finder, nodes: dict) -> bool:
    """ "the Halden School of Marine Science at the University of Bergen": the name that ends right
    before "at" is one of a university's parts by its head word (a school, a faculty, a department),
    whatever the parser hung "at" on."""
    before = nodes["before"]
    return any(
        m.end == before.idx + len(before.text) and UNIVERSITY_PART_HEADS & set(m.text.lower().split())
        for m in finder.p.mentions
    )


def _board_member(role) -> bool:
    """A member of a board ("a member of the board of Y", "a Y board member"), not of the body (nor
    of a body named a board: "a member of the Millbrook Area School Board")."""
    if role.lower_ not in ("member", "members"):
        return False
    of_board = any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.text == "board" for o in p.children)
        for p in role.children
    )
    return of_board or any(c.dep_ == "compound" and c.text == "board" for c in role.children)


def _is_company(name: str) -> bool:
    """A name that reads as a company's, not a university's or an institute's (by its words)."""
    words = {w.lower() for w in name.split()}
    return not words & NOT_COMPANY_WORDS and bool(words & SHORT_NAMED_TAILS)


def _personal_staff(role) -> bool:
    """A role held in someone's service: an aide, an employee, a chief of staff ("Rosselló's chief of
    staff", "an employee of McArthur"), who WORK_FOR the person."""
    if role.lower_ in PERSONAL_STAFF_ROLES:
        return True
    return role.lower_ == "chief" and any(
        p.lower_ == "of" and any(o.lower_ == "staff" for o in p.children) for p in role.children
    )


def _last_role_before_name(finder: _Finder, nodes: dict) -> bool:
    """The role word nearest the name is the role ("chief constable": constable)."""
    role, person = nodes["role"], nodes["person"]
    window = finder.window(person)
    return role in window and not _role_words_after(finder, role, window) and not _rank_after_post(role)


def _role_words_after(finder: _Finder, role, window: list) -> list:
    """The role words of a name's ``window`` after ``role`` that give a relation of their own (a rank
    right after a post is the person's title, not a role: "Navy spokesperson Commander X"; a second
    role joined to it by "and" is the person's too: "FBI agent and terrorism specialist X")."""
    return [
        t
        for t in window
        if t.i > role.i
        and t.lower_ in ROLE_WORDS
        and finder.role_type(t, window)
        and not _rank_after_post(t)
        and not (t.dep_ == "conj" and t.head.i == role.i)
    ]


def _role_after_its_owner(finder: _Finder, nodes: dict) -> bool:
    """ "WHO director-general Agnes Phiri": the parser hangs a hyphened title on the employer's name
    before it; the title is the role when it comes after that name and no other role word comes
    between it and the person's."""
    role, owner, root = nodes["role"], nodes["owner"], nodes["root"]
    window = finder.window(root)
    return owner.i < role.i and role in window and not _role_words_after(finder, role, window)


def _capital_of_no_one(finder: _Finder, nodes: dict) -> bool:
    """ "the capital, Lusaka": a capital not said to be any place's ("of Y", "Y's capital")."""
    return not any(c.dep_ in ("poss", "compound", "prep", "amod") for c in nodes["noun"].children)


def _role_is_not_sent_there(finder: _Finder, nodes: dict) -> bool:
    """ "The UN envoy for Syria, Geir Pedersen", "the humanitarian coordinator for Yemen": an envoy's
    "for" is where they are sent, not whom they work for."""
    return not (nodes["role"].lower_ in ENVOY_ROLES and nodes["of"].lower_ == "for")


def _rank_after_post(token) -> bool:
    """ "Navy spokesperson Commander Liza Dima": a capitalised rank right after a lower-case role word
    is the person's title; the role word before it is the post."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    rank = token.is_title and token.lower_ in PERSON_TITLES | RANK_TITLES
    return rank and before is not None and before.is_lower and before.lower_ in ROLE_WORDS


def _inner_in_the_whole_name(finder: _Finder, nodes: dict) -> bool:
    """ "the president of the Union of Teachers, Anders Holm": the parser hangs the name on the last
    word of an organisation's "X of Y" name; that word must be inside the same actor's name."""
    return bool(set(finder.actors_at(nodes["inner"])) & set(finder.actors_at(nodes["whole"])))


def _role_names_no_owner(finder: _Finder, nodes: dict) -> bool:
    """ "Director X of Y": the title before the name names no organisation of its own."""
    role, person = nodes["role"], nodes["person"]
    others = [t for t in finder.window(person) if t.i != role.i and t.lower_ not in DEMOTING]
    return finder.owner_in(others, ("Organization", "Country", "Place")) is None


def _no_bare_title_before_name(finder: _Finder, nodes: dict) -> bool:
    """ "X of Y" is an affiliation unless a title before the name types it ("Director X of Y")."""
    person = nodes["person"]
    window = finder.window(person)
    roles = [t for t in window if t.lower_ in ROLE_WORDS and finder.role_type(t, window)]
    if not roles:
        return True
    others = [t for t in window if t.i != roles[-1].i and t.lower_ not in DEMOTING]
    return finder.owner_in(others, ("Organization", "Country", "Place")) is not None


def _names_listed_with_and(finder: _Finder, nodes: dict) -> bool:
    """The person is one of a list of names joined by "and" ("A and B of Y")."""
    listed = _listed(_list_top(nodes["person"]))
    names = [t for t in listed[1:] if t.pos_ == "PROPN"]
    return bool(names) and any(c.dep_ == "cc" and c.lower_ == "and" for t in listed for c in t.children)


def _names_not_taken_from(finder: _Finder, nodes: dict) -> bool:
    """ "went to A and B from Y", "these were A and B from Y": where they are from; not the object
    of the verb ("signed A from Y", "freed A from Y"), which is where they were taken from."""
    return _list_top(nodes["person"]).dep_ not in ("dobj", "obj")


def _role_phrase_right_before_name(finder: _Finder, nodes: dict) -> bool:
    """ "A member of the Estonian Parliament, Liis Kask said": the role's phrase ends at the comma
    right before the name (the parser made both the verb's subjects), and the role says whose it is."""
    role, person = nodes["role"], nodes["person"]
    comma = role.right_edge.i + 1
    return (
        role.i < person.i
        and comma < len(finder.doc)
        and finder.doc[comma].text == ","
        and finder._starts.get(person.i, person.i) == comma + 1
        and any(c.dep_ == "prep" and c.lower_ in ("of", "for", "at") for c in role.children)
    )


def _place_noun_picks_one_of_the_whole(finder: _Finder, nodes: dict) -> bool:
    """ "the capital of Kenya, Nairobi", "the largest city of Ohio, Columbus": the noun picks one place
    of the whole; not "the city of Chicago, Illinois", where the "of" name is the city itself."""
    noun = nodes["noun"]
    return noun.lower_ == "capital" or any(
        c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_.endswith(("largest", "biggest", "smallest")))
        for c in noun.children
    )


def _hired_as_no_lead_role(finder: _Finder, nodes: dict) -> bool:
    """ "Microsoft hired X in 2010" gives a job; "hired X as its chief executive" a lead, which the
    role patterns type: not a job as well."""
    for prep in nodes["verb"].children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            for role in prep.children:
                if role.dep_ == "pobj" and finder.role_type(role, list(role.children)) == "LEADS":
                    return False
    return True


def _in_right_after_the_place(finder: _Finder, nodes: dict) -> bool:
    """ "spread to El Paso in western Texas": the parser hangs "in Texas" on the verb, but it follows the
    place's name with nothing between, so it places the place (not "in Paris on Monday in France")."""
    thing, prep = nodes["thing"], nodes["prep"]
    return thing.right_edge.i + 1 == prep.i


def _on_coast_right_after_the_place(finder: _Finder, nodes: dict) -> bool:
    """ "landfall near Sauville, on Grenada's northern coast": the parser hangs "on the coast" on the
    verb, but it follows the place's name with at most a comma between, so it places the place (not
    "reached Sauville on Monday on the coast")."""
    thing, prep, doc = nodes["thing"], nodes["prep"], finder.doc
    between = doc[thing.right_edge.i + 1 : prep.i]
    return all(t.text == "," for t in between) and len(between) <= 1


def _in_right_after_the_name(finder: _Finder, nodes: dict) -> bool:
    """ "studied at the University of Chile in Santiago": "in" follows the organisation's whole name
    with nothing between but its short form in brackets ("at Halden University (HU) in Norway"; not
    "the University of the South Pacific's campus in Tonga")."""
    thing, prep = nodes["thing"], nodes["prep"]
    ends = [m.end for m in finder.p.mentions if m.root == thing.i]
    return bool(ends) and _nothing_but_a_short_form(finder.p.clean.text[max(ends) : prep.idx])


def _in_right_after_the_founded(finder: _Finder, nodes: dict) -> bool:
    """ "founded the Compagnia del Molo, in Genoa": "in" follows what was founded, with nothing but a
    comma between (not "founded X in 1972 with friends in Genoa")."""
    founded, prep = nodes["founded"], nodes["prep"]
    between = finder.doc[founded.right_edge.i + 1 : prep.i]
    return prep.i > founded.i and all(t.is_punct for t in between)


def _singular_role(finder: _Finder, nodes: dict) -> bool:
    """A plural title before names ("US presidents A and B") names a class, not one's office."""
    return nodes["role"].tag_ not in ("NNS", "NNPS")


def _role_has_one_holder(finder: _Finder, nodes: dict) -> bool:
    """ "A and B, the presidents of X and Y": two holders for two names are paired in order (the list
    rule), not each name with the first holder."""
    for prep in nodes["role"].children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and any(c.dep_ == "conj" and finder.actors_at(c) for c in obj.children):
                    return False
    return True


def _role_has_no_other_owner(finder: _Finder, nodes: dict) -> bool:
    """ "named X as its chief executive": the role is the subject's; not "as chief executive of Y" or
    "as Y's envoy", whose owner is named in the role's own phrase."""
    role = nodes["role"]
    for c in role.children:
        if c.dep_ == "poss" and c.lower_ not in ("its", "their"):
            return False
        owner_words = c.dep_ in ("compound", "nmod") or (c.dep_ == "prep" and c.lower_ in ("of", "for", "at"))
        if owner_words and any(finder.actors_at(t) for t in c.subtree):
            return False
    return True


def _second_role_names_no_actor(finder: _Finder, nodes: dict) -> bool:
    """ "the chair and spokesperson for Y" share Y; "the chief of Y and a former Google engineer" do
    not: the second role names its own organisation (as a name, a modifier or an "of" phrase)."""
    second = nodes["second"]
    return not finder.actors_at(second) and finder.role_target(second, list(second.children)) is None


def _bare_role_joined_to_name(finder: _Finder, nodes: dict) -> bool:
    """A singular role joined to the name is the same person's when bare ("X of A and contributor to
    B") or set off by a comma ("X, the chair of B"); not "... and chair of Y Z" (another person)."""
    role, doc = nodes["role"], finder.doc
    if finder.actors_at(role):
        return False
    bare = not any(c.dep_ in ("det", "poss") for c in role.children)
    comma = role.left_edge.i > 0 and doc[role.left_edge.i - 1].text == ","
    return (bare or comma) and len({k for t in role.subtree for k in finder.actors_at(t)}) <= 1


def _second_in_follows_first_after_comma(finder: _Finder, nodes: dict) -> bool:
    """ "in Basra, in southern Iraq": the second "in" phrase comes right after the first's place and a
    comma, so it places the place, not the event ("in Basra on Monday, in a raid" has no comma pair)."""
    place, prep2, doc = nodes["place"], nodes["prep2"], finder.doc
    return (
        nodes["prep1"].i < prep2.i
        and prep2.i >= 2
        and doc[prep2.i - 1].text == ","
        and place.right_edge.i in (prep2.i - 2, prep2.i - 1)  # the comma may hang on the place
    )


def _place_in(finder: _Finder, prep) -> bool:
    """Whether an "in" phrase names a place or a state ("in Wyoming", not "in 2019", "in a raid")."""
    return any(
        finder.p.kind(c) in ("Place", "Country")
        for t in prep.children
        if t.dep_ == "pobj"
        for c in finder.actors_at(t)
    )


def _no_place_in_before(finder: _Finder, nodes: dict) -> bool:
    """ "the reservation in Montana in the western United States": a second "in" place places the first
    place (``in-place-then-in-place``), not the thing both hang from."""
    thing, prep = nodes["thing"], nodes["prep"]
    return not any(
        c.dep_ == "prep" and c.lower_ == "in" and c.i < prep.i and _place_in(finder, c)
        for c in thing.children
    )


def _prep1_before_prep2(finder: _Finder, nodes: dict) -> bool:
    """The first "in" phrase names a place and the second follows its place at once, a comma apart at
    most ("two schools in Lyon and a hall in Nantes" places neither in the other)."""
    place, prep2 = nodes["place"], nodes["prep2"]
    gap = finder.doc[place.i + 1 : prep2.i]
    return (
        nodes["prep1"].i < prep2.i
        and _place_in(finder, nodes["prep1"])
        and all(t.text == "," for t in gap)
        and len(gap) <= 1
    )


def _region_is_not_listed(finder: _Finder, nodes: dict) -> bool:
    """ "in Paris, in London and in Rome": places listed one after another are not in each other;
    "Tarvik, in northern Norway, on Monday" places the town."""
    region, prep, doc = nodes["region"], nodes["prep2"], finder.doc
    after = region.right_edge.i + 1
    listed = after < len(doc) and doc[after].lower_ in ("and", "or")
    return not listed and not any(c.dep_ == "conj" for c in prep.children)


def _place_has_no_place_apposition(finder: _Finder, nodes: dict) -> bool:
    """ "in Dunmore, Vermont, in the northeastern United States": the region after the second comma
    places the state in apposition (``place-comma-region-comma-in-region``), not the town."""
    return not any(
        c.dep_ == "appos" and any(finder.p.kind(k) == "Place" for k in finder.actors_at(c))
        for c in nodes["place"].children
    )


def _thing_hosts_no_gathering(finder: _Finder, nodes: dict) -> bool:
    """ "the annual meeting of the Chemical Society in Denver": "in Denver" places the meeting (the
    parser often hangs it on the last name), not the society."""
    thing = nodes["thing"]
    return not (
        thing.dep_ == "pobj" and thing.head.lower_ == "of" and thing.head.head.lower_ in GATHERING_NOUNS
    )


def _call_is_not_naming(finder: _Finder, nodes: dict) -> bool:
    """ "X called Y humble", "called Y 'a friend'": calling someone something is no call."""
    verb = nodes["verb"]
    if verb.lower_ not in ("call", "calls", "called", "calling"):
        return True
    if any(c.dep_ in NAMING_DEPS for c in verb.children):
        return False
    # "called the deal \"lousy\"": an adjective or a quote right after the object names it.
    other = nodes["other"]
    return not any(c.i > other.i and (c.dep_ == "amod" or c.tag_ == "``") for c in other.children)


def _whole_before_the_name(finder: _Finder, nodes: dict) -> bool:
    """ "Mayor of Lisbon Carlos Moedas": the state or organisation is the part of the "of" object before
    the person's own name (not a name the person's mention covers)."""
    whole, person = nodes["whole"], nodes["person"]
    start = finder._starts.get(person.i, person.i)
    return whole.i < start and not (set(finder.actors_at(whole)) & set(finder._roots.get(person.i, [])))


def _noun_names_an_owner(finder: _Finder, nodes: dict) -> bool:
    """ "the parent company of Y", "Y's owner": the noun, or its compound, is an owner's."""
    noun = nodes["noun"]
    return noun.lower_ in OWNER_NOUNS or any(
        c.dep_ == "compound" and c.lower_ in OWNER_NOUNS for c in noun.children
    )


def _owner_noun_between(finder: _Finder, nodes: dict) -> bool:
    """ "Google's parent company Alphabet", "Facebook's owner Meta": an owner's noun between a
    possessive and the name it hangs on makes the name the possessive's owner."""
    return _owner_noun_in(nodes["other"], nodes["thing"])


def _owner_noun_in(possessive, name) -> bool:
    """An owner's noun ("parent", "owner") stands between the possessive and the name after it."""
    between = name.doc[possessive.i + 1 : name.i]
    return possessive.i < name.i and any(t.lower_ in OWNER_NOUNS for t in between)


def _noun_names_an_owned_part(finder: _Finder, nodes: dict) -> bool:
    """ "a subsidiary of Y", "a unit of Y": the noun is a part another owns."""
    return nodes["noun"].lower_ in OWNED_NOUNS


def _thing_is_no_owned_part(finder: _Finder, nodes: dict) -> bool:
    """ "a Siemens unit based in Munich": the unit is placed, not Siemens, whose name only modifies it."""
    return nodes["thing"].lower_ not in OWNED_NOUNS


def _possessive_right_before_name(finder: _Finder, nodes: dict) -> bool:
    """ "BBC's Jonathan Marcus": the possessive is all there is before the name (a role between,
    "Apple's chief executive Tim Cook", is the role patterns' to type)."""
    owner, person = nodes["owner"], nodes["person"]
    return finder._starts.get(person.i, person.i) == owner.right_edge.i + 1


def _body_is_no_party(finder: _Finder, nodes: dict) -> bool:
    """ "Councillor X's Labour group" is the party's group on a council, which he leads, not the party
    the name names."""
    return not any(finder.party(c) for c in finder.actors_at(nodes["body"], ("Organization",)))


def _office_fits_the_place(finder: _Finder, nodes: dict) -> bool:
    """ "Governor X of Texas" governs Texas; "Governor X of Austin" is from Austin: a governor's place
    is a state, province or region. A mayor's or premier's "of" names what they run."""
    if nodes["role"].lower_ not in ("governor", "governors"):
        return True
    places = finder.actors_at(nodes["place"], ("Place",))
    return any(gazetteer().subdivision(finder.p.clusters[c].name) for c in places)


def _hearer_right_after_verb(finder: _Finder, nodes: dict) -> bool:
    """ "told NPR Hamza bin Laden had ...": the parser hung the medium told on the name after it; the
    hearer is the word right after the verb, and a name of its own (not a piece of the subject's)."""
    other, verb = nodes["other"], nodes["verb"]
    own = set(finder.actors_at(other))
    right_after = verb.i + 1 < len(finder.doc) and own & set(finder.actors_at(finder.doc[verb.i + 1]))
    return bool(own) and bool(right_after) and not own & set(finder.actors_at(nodes["subject"]))


def _object_after_verb(finder: _Finder, nodes: dict) -> bool:
    """An English object follows its verb; a name before the verb read as its object is a misparse."""
    return nodes["other"].i > nodes["verb"].i


def _hearer_is_no_subject_of_what_was_told(finder: _Finder, nodes: dict) -> bool:
    """ "X has told the inquiry, A and B were at the meeting": the parser may hang the subject of what
    was told on the hearer as its apposition; a told clause with no subject of its own that starts
    right after the names says they are its subject, not more hearers."""
    verb, other = nodes["verb"], nodes["other"]
    ends = {a.right_edge.i for a in other.children if a.dep_ in ("appos", "conj")}
    return not any(
        c.dep_ == "ccomp"
        and c.left_edge.i - 1 in ends
        and not any(s.dep_ in SUBJECT_DEPS or s.dep_ == "expl" for s in c.children)
        for c in verb.children
    )


def _whole_is_no_water(finder: _Finder, nodes: dict) -> bool:
    """ "Mokha, a Red Sea port": a place by a sea is on it, not in it."""
    return nodes["whole"].lower_ not in WATER_WORDS


def _owner_is_no_water(finder: _Finder, nodes: dict) -> bool:
    """ "the Ross Sea region Marine Protected Area": a region of a sea is named by it, not in it."""
    return nodes["owner"].lower_ not in WATER_WORDS


def _noun_has_no_with(finder: _Finder, nodes: dict) -> bool:
    """ "A and B held talks" pairs the subjects; "A held talks with B" is the "with" patterns' to read."""
    return not any(c.dep_ == "prep" and c.lower_ == "with" for c in nodes["noun"].children)


def _direction_right_after_place(finder: _Finder, nodes: dict) -> bool:
    """ "in Kiruna in the north of Sweden": the direction's "in" follows the place at once (not "in
    Kiruna on Monday, in the north of ...", where the second phrase may place the event)."""
    return nodes["place"].right_edge.i + 1 == nodes["in"].i


def _talk_was_between_them(finder: _Finder, nodes: dict) -> bool:
    """ "A and B spoke by phone", "A and B talked privately": a verb of talking pairs its subjects only
    when the sentence says the talk was between them, not "A and B spoke at the rally"; other verbs
    of meeting ("met", "negotiated") always do."""
    verb = nodes["verb"]
    if verb.lower_ not in TALKING_APART_VERBS:
        return True
    after = [t for t in verb.subtree if t.i > verb.i]
    each_other = any(
        a.lower_ == "each" and b.lower_ == "other" for a, b in zip(after, after[1:], strict=False)
    )
    return each_other or any(t.lower_ in MUTUAL_TALK_WORDS for t in after)


def _meeting_was_held(finder: _Finder, nodes: dict) -> bool:
    """ "a planned meeting", "arranged talks between A and B", "cancelled the call": a meeting not
    held states no SPOKE_WITH (docs/annotation.md)."""
    noun = nodes["noun"]
    if any(
        c.lower_ in PLANNING_WORDS for c in noun.children if c.dep_ in ("amod", "compound", "nmod", "acl")
    ):
        return False
    verb = nodes.get("verb")
    if verb is not None and any(c.dep_ == "aux" and c.lower_ in NOT_YET_AUXILIARIES for c in verb.children):
        return False  # "A and B will hold talks": not held yet
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "for":  # "called for talks with Y"
        return False
    while (
        head.dep_ in ("xcomp", "conj", "aux") and head.head.i != head.i and head.lower_ not in PLANNING_WORDS
    ):
        head = head.head
    return head.lower_ not in PLANNING_WORDS


def _no_one_named_between(finder: _Finder, nodes: dict) -> bool:
    """ "signed by Eva Holm of the Green League and Petr Dvorak, chairman of the Farmers Union": the
    parser hangs the title on the first name of a list; a person named between is the one it follows."""
    person, role = nodes["person"], nodes["role"]
    own = set(finder.actors_at(person, ("Person",)))
    # (a person in the title's own phrase is whom it serves: "Karl Jensen, Anna Berg's aide")
    between = finder.doc[person.i + 1 : role.left_edge.i]
    return not any(set(finder.actors_at(t, ("Person",))) - own for t in between)


def _listed_right_before_role(finder: _Finder, nodes: dict) -> bool:
    """The title follows the listed person's name and a comma, nothing else between."""
    listed, role = nodes["listed"], nodes["role"]
    gap = [
        t
        for t in finder.doc[listed.i + 1 : role.i]
        if not (t.is_punct or t.dep_ in ("det", "amod", "compound"))
    ]
    return listed.i < role.i and not gap and bool(finder.actors_at(listed, ("Person",)))


def _holder_is_not_the_addressee(finder: _Finder, nodes: dict) -> bool:
    """ "Speaking to the Courier, the president of Y, X, said": the title the parser hangs on the medium
    spoken to is the speaker's, named after it; the medium holds no title."""
    person, role, doc = nodes["person"], nodes["role"], finder.doc
    prep = person.head
    spoken_to = (
        person.dep_ == "pobj"
        and prep.lower_ in ("to", "with")
        and (prep.head.tag_ == "VBG" or prep.head.lower_ in ("interview", "interviews", "remarks"))
    )
    # Only when a person is named right after the title (", Erik Dahl,"): "an interview with X, the
    # commissioner of Y" gives X the title.
    after = role.right_edge.i + 1
    named_after = any(
        t.dep_ == "appos" and t.i > role.i and finder.actors_at(t, ("Person",)) for t in role.subtree
    ) or (
        after + 1 < len(doc)
        and doc[after].text == ","
        and bool(finder.actors_at(doc[after + 1], ("Person",)))
    )
    return not (spoken_to and named_after)


def _stretch_governor(verb):
    """The verb of the clause a stretch of time opens, when ``verb`` (a gerund) is what was done in it:
    "after ten years working for X, Y ran" (the gerund on the preposition), "after two decades working
    for X, Y joined" (the gerund on the time noun). None otherwise."""
    if verb.tag_ != "VBG":
        return None
    if verb.dep_ == "pcomp":
        prep = verb.head
    elif verb.dep_ == "acl" and verb.head.ent_type_ == "DATE" and verb.head.dep_ == "pobj":
        prep = verb.head.head
    else:
        return None
    governing = prep.head
    return governing if prep.lower_ in SPAN_PREPOSITIONS and governing.pos_ in ("VERB", "AUX") else None


def _list_top(token):
    """The first member of the list ``token`` is joined to ("B" in "A and B": "A"), or ``token``."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _listed(token) -> list:
    """The token and the conjuncts of a list it opens, joined by "and" or "or" ("Sweden, Norway and
    Finland"); a comma alone joins no list ("Cahors, France" is a town and its country)."""
    chain, queue = [], [token]
    while queue:
        t = queue.pop()
        chain.append(t)
        queue += [c for c in t.children if c.dep_ == "conj"]
    joined = any(c.dep_ == "cc" and c.lower_ in ("and", "or") for t in chain for c in t.children)
    return sorted(chain, key=lambda t: t.i) if joined else [token]


def _antecedent(token):
    """The noun a relative pronoun stands for ("Y, which is owned by X"), else the token itself."""
    if (
        token.lower_ in _RELATIVE_PRONOUNS
        and token.head.dep_ == "relcl"
        and token.head.head.i != token.head.i
    ):
        return token.head.head
    return token


def _office_of_role(role: str, name: str) -> bool:
    """Whether ``name`` is the office of the holder of ``role`` ("sheriff", "Josephine County
    Sheriff's Office"; "coroner", "the Coroner's Office")."""
    words = name.lower().replace("’", "'").split()
    return len(words) > 1 and words[-1] == "office" and words[-2] in (f"{role}'s", f"{role}s'")


def _head_words_of_name(words: list[str]) -> set[str]:
    """The words that may say what a name is: its last, and the one before "of" ("Party of Action
    and Solidarity", "House of Representatives")."""
    return {words[-1], words[words.index("of") - 1]} if "of" in words[1:] else {words[-1]}


def _body_one_belongs_to(finder: _Finder, nodes: dict) -> bool:
    """ "joined the Green Party", "left the band", "elected to the House": a party, union, council,
    chamber or team is joined as a member; a company ("joined Google") is an employer, for the role
    patterns to type. "House" counts alone only ("the White House" is no chamber)."""
    return any(
        _head_words_of_name(words := finder.p.clusters[c].name.lower().split()) & MEMBERSHIP_BODY_HEADS
        or words == ["house"]
        for t in [nodes["body"], *[c for c in nodes["body"].children if c.dep_ == "conj"]]
        for c in finder.actors_at(t, ("Organization",))
    )


def _employer_joined(finder: _Finder, nodes: dict) -> bool:
    """ "joined Zenora Bank in January": an organisation one joins that is no body of members (those
    the membership pattern takes) nor a network one signs up to ("joined Twitter") is an employer."""
    if _body_one_belongs_to(finder, nodes):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in nodes["verb"].children):
        return False  # "joined Nokia as chief executive" is the role pattern's; "as a protest" no job
    names = {finder.p.clusters[c].name for c in finder.actors_at(nodes["body"], ("Organization",))}
    # (nor a sports club, whose players are its members: "joined Piedras Blancas at fifteen")
    club_words = {w for name in names for w in name.split()} & (CLUB_PREFIXES | CLUB_SUFFIXES | CLUB_WORDS)
    return bool(names) and not {n.lower() for n in names} & SOCIAL_NETWORKS and not club_words


def _owner_is_no_membership_body(finder: _Finder, nodes: dict) -> bool:
    """ "belongs to the Korean Metal Workers' Union": what belongs to a union, federation or party is
    one of its members, not its property (the membership pattern takes it)."""
    return not _body_one_belongs_to(finder, {"body": nodes["owner"]})


def _state_listed_under_states(finder: _Finder, nodes: dict) -> bool:
    """ "an alliance of 29 countries including Norway and Denmark", "a group of seven countries, the
    UK, France, ...": the state is one of the list that "countries" heads (through list links and
    "including"), not a name further inside ("countries led by France")."""
    token = nodes["state"]
    while token.i != nodes["states"].i:
        listed = token.dep_ in ("conj", "appos")
        included = token.dep_ == "pobj" and token.head.lower_ in ("including", "like")
        if not (listed or included):
            return False
        token = token.head.head if included else token.head
    return True


def _conjunct_placed_nowhere_else(finder: _Finder, nodes: dict) -> bool:
    """ "Krakow's Iron Owl Games and Redline Forge of Austin": a listed name placed "of" or "in"
    another place is not in the possessive's."""
    return not any(
        c.dep_ == "prep"
        and c.lower_ in ("of", "in", "from")
        and any(g.ent_type_ in ("GPE", "LOC") for g in c.children)
        for c in nodes["other"].children
    )


def _first_role_has_no_object(finder: _Finder, nodes: dict) -> bool:
    """ "the chief executive and co-founder of Netzlicht": the first of two roles sharing one "of", a
    post at the head of a body, has no body of its own (not "president of X and member of Y")."""
    first, role = nodes["first"], nodes["role"]
    if first.lower_ not in LEAD_ROLES and not (
        first.lower_ == "executive" and first.i > 0 and first.nbor(-1).lower_ == "chief"
    ):
        return False  # a post that heads the body, not a trade ("a lawyer and former mayor of X")
    own = any(c.dep_ in ("prep", "poss") and c.lower_ not in ("in",) for c in first.children)
    own = own or any(c.dep_ == "compound" and c.ent_type_ for c in first.children)
    # the two joined by "and" alone, not items of a list ("Foreign Secretary, mayor of Oslo, and ...")
    listed = any(t.text == "," for t in first.doc[first.i : role.i])
    return not own and not listed


FILTERS = {
    "in_right_after_the_founded": _in_right_after_the_founded,
    "names_listed_with_and": _names_listed_with_and,
    "state_listed_under_states": _state_listed_under_states,
    "holder_is_not_the_addressee": _holder_is_not_the_addressee,
    "body_one_belongs_to": _body_one_belongs_to,
    "owner_is_no_membership_body": _owner_is_no_membership_body,
    "role_has_no_other_owner": _role_has_no_other_owner,
    "noun_has_no_with": _noun_has_no_with,
    "role_has_one_holder": _role_has_one_holder,
    "whole_is_no_water": _whole_is_no_water,
    "owner_is_no_water": _owner_is_no_water,
    "direction_right_after_place": _direction_right_after_place,
    "meeting_was_held": _meeting_was_held,
    "talk_was_between_them": _talk_was_between_them,
    "ministry_is_prime": _ministry_is_prime,
    "noun_has_no_possessive": _noun_has_no_possessive,
    "possessive_not_in_name": _possessive_not_in_name,
    "conjunct_placed_nowhere_else": _conjunct_placed_nowhere_else,
    "first_role_has_no_object": _first_role_has_no_object,
    "employer_joined": _employer_joined,
    "owner_noun_between": _owner_noun_between,
    "hearer_right_after_verb": _hearer_right_after_verb,
    "noun_names_no_actor": _noun_names_no_actor,
    "prep_after_name_start": _prep_after_name_start,
    "prep_after_name_end": _prep_after_name_end,
    "name_right_before_prep": _name_right_before_prep,
    "last_role_before_name": _last_role_before_name,
    "role_after_its_owner": _role_after_its_owner,
    "capital_of_no_one": _capital_of_no_one,
    "no_one_named_between": _no_one_named_between,
    "listed_right_before_role": _listed_right_before_role,
    "role_is_not_sent_there": _role_is_not_sent_there,
    "role_names_no_owner": _role_names_no_owner,
    "inner_in_the_whole_name": _inner_in_the_whole_name,
    "no_bare_title_before_name": _no_bare_title_before_name,
    "singular_lead_role": _singular_role,
    "in_right_after_the_place": _in_right_after_the_place,
    "on_coast_right_after_the_place": _on_coast_right_after_the_place,
    "in_right_after_the_name": _in_right_after_the_name,
    "university_part_before": _university_part_before,
    "names_not_taken_from": _names_not_taken_from,
    "hired_as_no_lead_role": _hired_as_no_lead_role,
    "place_noun_picks_one_of_the_whole": _place_noun_picks_one_of_the_whole,
    "role_phrase_right_before_name": _role_phrase_right_before_name,
    "second_role_names_no_actor": _second_role_names_no_actor,
    "bare_role_joined_to_name": _bare_role_joined_to_name,
    "second_in_follows_first_after_comma": _second_in_follows_first_after_comma,
    "thing_hosts_no_gathering": _thing_hosts_no_gathering,
    "call_is_not_naming": _call_is_not_naming,
    "whole_before_the_name": _whole_before_the_name,
    "noun_names_an_owner": _noun_names_an_owner,
    "noun_names_an_owned_part": _noun_names_an_owned_part,
    "thing_is_no_owned_part": _thing_is_no_owned_part,
    "object_after_verb": _object_after_verb,
    "hearer_is_no_subject_of_what_was_told": _hearer_is_no_subject_of_what_was_told,
    "office_fits_the_place": _office_fits_the_place,
    "possessive_right_before_name": _possessive_right_before_name,
    "body_is_no_party": _body_is_no_party,
    "no_place_in_before": _no_place_in_before,
    "prep1_before_prep2": _prep1_before_prep2,
    "place_has_no_place_apposition": _place_has_no_place_apposition,
    "region_is_not_listed": _region_is_not_listed,
}


def _singular(word: str) -> str:
    """A plural noun's singular, well enough for the place nouns (the model has no lemmatizer)."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _names_its_kind_noun(noun) -> bool:
    """Whether the name written right before a lower-case common noun names the thing the noun is
    ("the Cipriani Dolci restaurant"): not a role ("Pakatan Harapan's Perak chairman", whose holder is
    someone else) nor an edge of a place ("Portugal's Atlantic coast")."""
    if not (noun.is_lower and noun.pos_ == "NOUN") or noun.i == 0:
        return False
    before = noun.doc[noun.i - 1]
    word = _singular(noun.lower_)
    return (
        before.dep_ == "compound"
        and before.head.i == noun.i
        and before.is_title
        and word not in ROLE_WORDS
        and noun.lower_ not in ROLE_WORDS
        and word not in SHORE_NOUNS
        and word not in TOPIC_NOUNS
    )


def _name_head(token):
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head
    return token
