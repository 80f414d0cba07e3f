"""Stage 7, relations: typed links between actors read from the dependency parse, each with its sentence.

Rules (each carries over to articles nobody here has read):

* role phrases around a person: pre-modifiers ("Wells Fargo banker Chenyue Mao", "Chinese President Xi"),
  appositions ("Liu Pengyu, spokesperson for the Chinese embassy", "X, the chair and spokesperson for
  Y"), "X of Y" ("Scott Kennedy of the Center for ..."; typed by a title before the name: "Director X
  of Y" leads Y), a bare role joined to the name ("X of A and contributor to B"); the role word decides
  the type (LEADS, WORKS_FOR, SPOKESPERSON_FOR, MEMBER_OF, AFFILIATED_WITH) and the name, possessive
  or demonym in the phrase is the target; "X, who heads/runs Y", "X works for Y", "X plays for Y",
  "X took the presidency of Y";
* "Presidents A and B ... A-B relations": heads of state paired with the countries named in order;
* SPOKE_WITH: subjects of a verb of meeting or talking, with each other and with its "with" object
  (or "to" object of speaking: "X, speaking to the BBC"); "in a call/an interview with Y, X ...",
  "Y published an interview with X";
* OWNS: "A's B" between organisations, "owned/acquired by", "A owns/bought B", "ownership of B from A";
* LOCATED_IN: "Beijing's state broadcaster CCTV", "China's ByteDance", "the Florida company X", "the
  Court (...) of Austria", "the embassy in Washington", "Magnitogorsk, a city in Russia", "the US city
  of Chicago", "the towns of A, B and C in Y", "Y-based X";
* CO_MENTIONED: every pair of actors in one sentence (one relation per pair and sentence; the store
  sums them into a weight).

>>> from graph.model import Article
>>> from graph.extract.pipeline import extract
>>> ext = extract(Article.from_fields("T", "Wells Fargo banker Chenyue Mao left China."))
>>> [(r.source, r.type, r.target) for r in ext.relations if r.type != "CO_MENTIONED"]
[('person:chenyue-mao', 'WORKS_FOR', 'organization:wells-fargo')]
"""

from __future__ import annotations

import re

from graph.extract.actors import gazetteer
from graph.extract.constants import (
    AFFIL_ROLES,
    DEMOTING,
    DIRECT_OBJECT_MEET,
    FUNCTION_DEPS,
    HEAD_OF_STATE,
    LEAD_PAIRS,
    LEAD_ROLES,
    LEAD_VERBS,
    MEET_NOUNS,
    MEET_VERBS,
    MEMBER_ROLES,
    NAME_MODIFIER_DEPS,
    OFFICES,
    OWN_VERBS,
    PART_NOUNS,
    PLACE_NOUNS,
    SERVE_VERBS,
    SPEAK_TO,
    SPOKES_ROLES,
    SUBJECT_DEPS,
    TAKE_OFFICE,
    TO_ROLES,
    WORK_ROLES,
)
from graph.extract.parsed import Parsed
from graph.model import Relation

_PARTY_KINDS = ("Person", "Organization", "Country")
_MAX_COMENTIONED = 12  # sentences naming more actors than this are lists; pairs would be noise


def find_relations(parsed: Parsed) -> list[Relation]:
    finder = _Finder(parsed)
    for sent_i, (t0, t1) in enumerate(parsed.sent_tokens):
        if parsed.is_heading(sent_i):
            continue
        finder.sentence(sent_i, t0, t1)
    return finder.relations


class _Finder:
    def __init__(self, parsed: Parsed):
        self.p = parsed
        self.doc = parsed.doc
        self.relations: list[Relation] = []
        self._seen: set[tuple[str, str, str, int]] = set()

    # -- helpers -------------------------------------------------------------------------------

    def add(self, source: int | str, rel_type: str, target: int | str, sent: int) -> None:
        # A person's seat in a state or region is a constituency, not a membership ("Texas Senator").
        if (
            rel_type == "MEMBER_OF"
            and not isinstance(target, str)
            and not isinstance(source, str)
            and self.p.kind(source) == "Person"
            and self.p.kind(target) != "Organization"
        ):
            return
        src = source if isinstance(source, str) else self.p.cluster_ids[source]
        tgt = target if isinstance(target, str) else self.p.cluster_ids[target]
        if src == tgt or (src, rel_type, tgt, sent) in self._seen:
            return
        self._seen.add((src, rel_type, tgt, sent))
        start, end = self.p.sentences[sent]
        self.relations.append(Relation(src, rel_type, tgt, sent, self.p.sentence_text(sent), start, end))

    def actors_at(self, token, kinds=None) -> list[int]:
        found = self.p.clusters_of(token.i)
        return [c for c in found if kinds is None or self.p.kind(c) in kinds]

    def phrase_actor(self, head, kinds=None) -> int | str | None:
        """The actor a noun phrase names: its head or a compound, else its possessive or demonym."""
        for token in [head, *[c for c in head.children if c.dep_ in NAME_MODIFIER_DEPS]]:
            found = self.actors_at(token, kinds)
            if found:
                return found[0]
        return self.owner_in(list(head.children), kinds)

    def owner_in(self, tokens, kinds=None) -> int | str | None:
        """An actor among modifier tokens: a name, a possessive name, or a demonym's country."""
        for token in tokens:
            if token.dep_ in FUNCTION_DEPS:
                continue
            found = self.actors_at(token, kinds)
            if found:
                return found[0]
            country = gazetteer().demonym(token.text) if token.dep_ in ("amod", "compound", "nmod") else None
            if country and (kinds is None or "Country" in kinds):
                return self.country_ref(country)
        return None

    def country_ref(self, name: str) -> int | None:
        """The cluster of the country ``name`` when the article names it. A demonym alone ("Ukrainian
        President ...") does not make the state an actor of the article, so no relation points to it."""
        for i, cluster in enumerate(self.p.clusters):
            if cluster.kind == "Country" and cluster.name == name:
                return i
        return None

    def role_type(self, role_token, modifiers) -> str | None:
        word = role_token.lower_
        if (
            any(m.lower_ in DEMOTING for m in modifiers)
            or role_token.i > 0
            and (self.doc[role_token.i - 1].lower_ in DEMOTING)
        ):
            return (
                "WORKS_FOR" if word in LEAD_ROLES and "former" not in {m.lower_ for m in modifiers} else None
            )
        before = self.doc[role_token.i - 1].lower_ if role_token.i > 0 else ""
        if before == "-" and role_token.i > 1:  # "Director-General"
            before = self.doc[role_token.i - 2].lower_
        if (before, word) in LEAD_PAIRS:
            return "LEADS"
        if word in ("leader", "leaders") and before in ("majority", "minority"):
            return None  # leads a party's group in the chamber, not the chamber
        if word in LEAD_ROLES:
            return "WORKS_FOR" if word == "director" and self.branch_role(role_token) else "LEADS"
        if word in SPOKES_ROLES:
            return "SPOKESPERSON_FOR"
        if word in WORK_ROLES:
            return "WORKS_FOR"
        if word in AFFIL_ROLES:
            return "AFFILIATED_WITH"
        if word in MEMBER_ROLES:
            return "MEMBER_OF"
        return None

    def branch_role(self, role_token) -> bool:
        """A director of a branch or a function, not of the whole: "Hong Kong director",
        "communications director", "director of research"."""
        for c in role_token.children:
            if c.dep_ == "det" and c.lower_ in ("a", "an"):  # "a director of Y": one of the board
                return True
            if c.dep_ in ("compound", "amod", "nmod"):
                kinds = {self.p.kind(k) for k in self.actors_at(c)}
                top = c.lower_ in ("executive", "managing")
                if kinds & {"Place", "Country"} or (not kinds and c.pos_ in ("NOUN", "ADJ") and not top):
                    return True
            if c.dep_ == "prep" and c.lower_ in ("of", "for"):
                objs = [o for o in c.children if o.dep_ == "pobj"]
                if objs and not any(self.actors_at(o) or self.phrase_actor(o) is not None for o in objs):
                    return True
        return False

    # -- one sentence ---------------------------------------------------------------------------

    def sentence(self, sent: int, t0: int, t1: int) -> None:
        roots = {}
        for m in self.p.mentions_in(sent):
            roots.setdefault(m.cluster, m)
        for cluster, mention in roots.items():
            kind = self.p.kind(cluster)
            head = self.doc[mention.root]
            if kind == "Person":
                self.person_roles(cluster, mention, head, sent)
            self.possessive_links(cluster, head, sent)
            if kind in ("Place", "Organization"):
                self.located_in(cluster, mention, head, sent)
        self.heads_of_state(sent, t0, t1)
        self.comma_places(sent)
        for token in self.doc[t0:t1]:
            if token.lower_ in LEAD_VERBS and token.pos_ in ("VERB", "ADJ"):
                self.leads_verb(token, sent)
            if (token.lower_ in MEET_VERBS or token.lower_ in DIRECT_OBJECT_MEET) and token.pos_ in (
                "VERB",
                "AUX",
            ):
                self.spoke_with_verb(token, sent)
            elif token.lower_ in MEET_NOUNS and token.pos_ == "NOUN":
                self.spoke_with_noun(token, sent)
            elif token.lower_ in OWN_VERBS and token.pos_ == "VERB":
                self.owns_verb(token, sent)
            elif token.lower_ == "ownership":
                self.ownership_noun(token, sent)
            elif token.lower_ in SERVE_VERBS and token.pos_ == "VERB":
                self.serve_verb(token, sent)
            elif token.lower_ in OFFICES and token.dep_ == "dobj" and token.head.lower_ in TAKE_OFFICE:
                self.office_noun(token, sent)
        self.co_mentioned(sent, roots)

    def person_roles(self, person: int, mention, head, sent: int) -> None:
        # Pre-modifiers inside the name's phrase: "Wells Fargo banker Chenyue Mao".
        left = [t for t in self.doc[head.left_edge.i : mention.start_token(self.doc)] if not t.is_space]
        # The role word next to the name is the role ("chief constable": constable; "Chief Executive":
        # executive, which "chief" makes the top one).
        roles = [t for t in left if self.role_type(t, left)][-1:]
        title_type = None  # a title before the name that names no organisation ("Director X of Y")
        for role in roles:
            rel_type = self.role_type(role, left)
            owner_tokens = [t for t in left if t.i != role.i and t.lower_ not in DEMOTING]
            target = self.owner_in(owner_tokens, ("Organization", "Country", "Place"))
            if target is not None:
                self.add(person, rel_type, target, sent)
            else:
                title_type = rel_type
        # Appositions either way: "Liu Pengyu, spokesperson for ..."; "China's president, Xi Jinping";
        # titles the parser reads as names count ("Nancy Pelosi, the Speaker of the House").
        appos = [c for c in head.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")]
        if head.dep_ == "appos" and head.head.pos_ in ("NOUN", "PROPN"):
            appos.append(head.head)
        # A singular role joined to the name is the same person's when bare ("X of A and contributor
        # to B") or set off by a comma like an apposition ("X, the chair and spokesperson for B").
        appos += [
            c
            for c in head.children
            if c.dep_ == "conj"
            and c.tag_ == "NN"
            and not self.actors_at(c)
            and (not _has_det(c) or c.left_edge.i > 0 and self.doc[c.left_edge.i - 1].text == ",")
            and len({k for t in c.subtree for k in self.actors_at(t)}) <= 1  # not "... and chair of Y Z"
        ]
        for role in appos:
            # Roles joined in one apposition share the organisation named after the last.
            group = [
                role,
                *[c for c in role.children if c.dep_ == "conj" and c.tag_ == "NN" and not self.actors_at(c)],
            ]
            typed_roles = [(r, self.role_type(r, list(r.children))) for r in group]
            typed_roles = [(r, t) for r, t in typed_roles if t is not None]
            if not typed_roles:
                continue
            target = next(
                (t for r in group if (t := self.role_target(r, list(r.children))) is not None), None
            )
            for _, rel_type in typed_roles if target is not None else []:
                self.add(person, rel_type, target, sent)
        # "Scott Kennedy of the Center for ...": "of/at/from" + organisation.
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "at", "from"):
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        target = self.phrase_actor(obj, ("Organization",))
                        if target is not None:
                            self.add(person, title_type or "AFFILIATED_WITH", target, sent)

    def role_target(self, role, mods) -> int | str | None:
        """Whose role: "of/for/at Y", "Y's role", "Y role" or a demonym."""
        kinds = ("Organization", "Country", "Place")
        preps = ("of", "for", "at", "with", "to") if role.lower_ in TO_ROLES else ("of", "for", "at", "with")
        for prep in mods:
            if prep.dep_ == "prep" and prep.lower_ in preps:
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        target = self.phrase_actor(obj, kinds)
                        if target is not None:
                            return target
        return self.owner_in([m for m in mods if m.dep_ in ("poss", "compound", "amod", "nmod")], kinds)

    def heads_of_state(self, sent: int, t0: int, t1: int) -> None:
        """ "Presidents A and B ... A-B relations": the countries of a hyphenated pair, in order."""
        for token in self.doc[t0:t1]:
            if token.lower_ not in HEAD_OF_STATE or not token.lower_.endswith("s"):
                continue
            people = []
            for m in self.p.mentions_in(sent):
                if m.start > token.idx and self.p.kind(m.cluster) == "Person":
                    between = self.p.clean.text[token.idx + len(token.text) : m.start]
                    if re.fullmatch(r"[\s\w.,'-]*", between) and not re.search(r"\b(?:of|in|for)\b", between):
                        if m.cluster not in people:
                            people.append(m.cluster)
                        continue
                    break
            pairs = []
            for other in self.doc[t0:t1]:
                if "-" in other.text:
                    countries = [c for c in self.p.clusters_of(other.i) if self.p.kind(c) == "Country"]
                    if len(countries) == len(people) and len(people) >= 2:
                        pairs.append(countries)
            if pairs:
                for person, country in zip(people, pairs[0], strict=True):
                    self.add(person, "LEADS", country, sent)

    def possessive_links(self, owner: int, head, sent: int) -> None:
        """ "China's ByteDance" (LOCATED_IN), "ByteDance's TikTok" (OWNS)."""
        token = head
        if token.dep_ != "poss":
            return
        owned = token.head
        for target in self.actors_at(owned) or self.actors_at(_name_head(owned)):
            kind_owner, kind_owned = self.p.kind(owner), self.p.kind(target)
            if kind_owned == "Organization" and kind_owner in ("Country", "Place"):
                self.add(target, "LOCATED_IN", owner, sent)
            elif kind_owned in ("Organization", "Product") and kind_owner == "Organization":
                self.add(owner, "OWNS", target, sent)
        # "Beijing's state broadcaster CCTV": the possessive hangs on a role noun before the name.
        if not self.actors_at(owned) and owned.pos_ == "NOUN":
            named = [c for c in owned.children if c.dep_ in ("appos", "compound") and c.i > owned.i]
            if owned.head.i != owned.i and owned.dep_ == "compound":
                named.append(owned.head)
            for token in named:
                for target in self.actors_at(token, ("Organization",)):
                    if self.p.kind(owner) in ("Country", "Place"):
                        self.add(target, "LOCATED_IN", owner, sent)

    def comma_places(self, sent: int) -> None:
        """ "Chicago, Illinois", "Vienna, Austria": a place written with its region or state after a
        comma is in it (not when the names are a list: "Beni, Butembo and Katwa")."""
        text = self.p.clean.text
        ms = self.p.mentions_in(sent)
        for i in range(len(ms) - 1):
            a, b = ms[i], ms[i + 1]
            if self.p.kind(a.cluster) != "Place" or self.p.kind(b.cluster) not in ("Place", "Country"):
                continue
            if text[a.end : b.start] != ", " or a.cluster == b.cluster:
                continue
            after = text[b.end : b.end + 6]
            before = text[max(0, a.start - 2) : a.start]
            listed = after.startswith((" and", " or", ", and")) or re.match(r",\s*[A-Z]", after)
            if listed or before == ", ":
                continue
            self.add(a.cluster, "LOCATED_IN", b.cluster, sent)

    def located_in(self, cluster: int, mention, head, sent: int) -> None:
        kinds = ("Country", "Place")
        first = mention.start_token(self.doc)
        if self.p.kind(cluster) == "Organization":
            # "the United States National Institute ...", "the Florida company Ridgeback": a named place
            # (not a demonym) modifying the name, or the noun before it; not a state the name itself
            # starts with ("the United States Department of State").
            mods = [c for c in head.children if c.dep_ in NAME_MODIFIER_DEPS and c.i < first]
            for mod in mods if mention.full_form is None else []:
                for token in [mod, *[c for c in mod.children if c.dep_ in NAME_MODIFIER_DEPS]]:
                    if token is not mod and mod.pos_ != "NOUN" or self.actors_at(mod, ("Organization",)):
                        continue
                    if gazetteer().demonym(token.text):
                        continue
                    for target in self.actors_at(token, kinds):
                        self.add(cluster, "LOCATED_IN", target, sent)
            # "the Supreme Court (...) of Austria": "of" a state after the whole name.
            for prep in head.children:
                if prep.dep_ == "prep" and prep.lower_ == "of" and prep.idx >= mention.end:
                    for obj in prep.children:
                        for target in self.actors_at(obj, ("Country",)) if obj.dep_ == "pobj" else []:
                            self.add(cluster, "LOCATED_IN", target, sent)
        if self.p.kind(cluster) == "Place":
            self.place_noun_of(cluster, head, sent)
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "in" and first <= head.i:
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        target = self.phrase_actor(obj, kinds)
                        if target is not None:
                            self.add(cluster, "LOCATED_IN", target, sent)
        for role in [c for c in head.children if c.dep_ == "appos" and c.lower_ in PLACE_NOUNS]:
            for prep in role.children:
                if prep.dep_ == "prep" and prep.lower_ in ("in", "of"):
                    for obj in prep.children:
                        target = self.phrase_actor(obj, kinds) if obj.dep_ == "pobj" else None
                        if target is not None:
                            self.add(cluster, "LOCATED_IN", target, sent)
        for child in head.children:  # "Seattle-based Boeing"
            if child.lower_ == "based" or child.lower_.endswith("-based"):
                for target in self.actors_at(child, kinds) or [
                    t for g in child.children for t in self.actors_at(g, kinds)
                ]:
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
                    self.add(cluster, "LOCATED_IN", target, sent)
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ == "prep" and prep.lower_ == "in":
                    for obj in prep.children:
                        target = self.phrase_actor(obj, kinds) if obj.dep_ == "pobj" else None
                        if target is not None:
                            self.add(cluster, "LOCATED_IN", target, sent)

    def leads_verb(self, verb, sent: int) -> None:
        """ "Y leads X", "X is led by Y" and "X, led by Y": Y LEADS X (a person leading an organisation
        or state). "X is lead by Y" (a common misspelling) parses as an adjective with "by"."""
        subjects = _antecedents(verb, [c for c in verb.children if c.dep_ in SUBJECT_DEPS])
        agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        if verb.pos_ == "ADJ":
            if verb.dep_ != "acomp":
                return
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
            agents = [
                o
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ == "by"
                for o in c.children
                if o.dep_ == "pobj"
            ]
            if not agents:
                return
        elif agents and verb.dep_ == "acl" and not subjects:
            subjects = [verb.head]
        if agents:
            led, leaders = subjects, agents
        else:
            led, leaders = [c for c in verb.children if c.dep_ == "dobj"], subjects
        for leader in self.conjoined_actors(leaders):
            if self.p.kind(leader) != "Person":
                continue
            for target in self.conjoined_actors(led):
                if self.p.kind(target) in ("Organization", "Country"):
                    self.add(leader, "LEADS", target, sent)

    def office_noun(self, noun, sent: int) -> None:
        """ "X regained the prime ministry of Y": X LEADS Y (a ministry only as the prime one)."""
        if noun.lower_ == "ministry" and not (noun.i > 0 and self.doc[noun.i - 1].lower_ == "prime"):
            return
        people = [c for c in self.conjoined_actors(self.subjects_of(noun.head)) if self.p.kind(c) == "Person"]
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    target = (
                        self.phrase_actor(obj, ("Organization", "Country")) if obj.dep_ == "pobj" else None
                    )
                    for person in people if target is not None else []:
                        self.add(person, "LEADS", target, sent)

    def serve_verb(self, verb, sent: int) -> None:
        """ "X, who works for Y", "X played for Y": a person's job or team (not "worked with Y")."""
        people = [c for c in self.conjoined_actors(self.subjects_of(verb)) if self.p.kind(c) == "Person"]
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in ("for", "at"):
                for obj in prep.children:
                    target = self.phrase_actor(obj, ("Organization",)) if obj.dep_ == "pobj" else None
                    for person in people if target is not None else []:
                        self.add(person, SERVE_VERBS[verb.lower_], target, sent)

    def subjects_of(self, verb) -> list:
        """The verb's subjects, or those of the verb it is conjoined to ("Raab urged ... and spoke")."""
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if not subjects and verb.dep_ in ("conj", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
            subjects = [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS]
        if not subjects and verb.dep_ == "acl" and verb.tag_ == "VBG":  # "X, speaking to Y, said"
            subjects = [verb.head]
        return _antecedents(verb, subjects)

    def spoke_with_verb(self, verb, sent: int) -> None:
        subjects = self.subjects_of(verb)
        speakers = self.conjoined_actors(subjects)
        partners = []
        for child in verb.children:
            if child.dep_ == "prep" and (
                child.lower_ == "with" or child.lower_ == "to" and verb.lower_ in SPEAK_TO
            ):
                partners += self.conjoined_actors([c for c in child.children if c.dep_ == "pobj"])
            elif child.dep_ == "dobj" and verb.lower_ in DIRECT_OBJECT_MEET:
                partners += self.conjoined_actors([child])
        if verb.lower_ not in ("called", "call", "calls") or partners:
            for i, a in enumerate(speakers):
                for b in speakers[i + 1 :]:
                    self.add_symmetric(a, b, sent)
        for a in speakers:
            for b in partners:
                self.add_symmetric(a, b, sent)

    def spoke_with_noun(self, noun, sent: int) -> None:
        sides = self.conjoined_actors([c for c in noun.children if c.dep_ == "poss"])
        interview = noun.lower_ == "interview"
        if not sides and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
            subjects = self.subjects_of(noun.head)
            sides = self.conjoined_actors(subjects)  # "Trump described the call with X"
            if interview:  # "The Times (or an issue of the Times) published an interview with X"
                sides = sides or [
                    c
                    for s in subjects
                    for c in self.conjoined_actors(_of_objects(s))
                    if self.p.kind(c) != "Person"
                ]
            else:
                sides = [c for c in sides if self.p.kind(c) == "Person"]
        elif not sides and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during"):
            verb = noun.head.head  # "In an interview with the BBC, X said"; "during talks with Y, X ..."
            if verb.pos_ in ("VERB", "AUX"):
                sides = [
                    c for c in self.conjoined_actors(self.subjects_of(verb)) if self.p.kind(c) == "Person"
                ]
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in ("with", "between"):
                others = self.conjoined_actors([c for c in prep.children if c.dep_ == "pobj"])
                if prep.lower_ == "between":
                    for i, a in enumerate(others):
                        for b in others[i + 1 :]:
                            self.add_symmetric(a, b, sent)
                for a in sides:
                    for b in others:
                        self.add_symmetric(a, b, sent)

    def add_symmetric(self, a: int, b: int, sent: int) -> None:
        ia, ib = self.p.cluster_ids[a], self.p.cluster_ids[b]
        if ia == ib or (ib, "SPOKE_WITH", ia, sent) in self._seen:
            return
        self.add(a, "SPOKE_WITH", b, sent)

    def conjoined_actors(self, heads) -> list[int]:
        """Person, organisation or country actors named by noun phrases and their conjuncts
        ("Presidents Donald Trump and Xi Jinping": the title's apposition and its conjunct)."""
        found: list[int] = []
        queue, seen = list(heads), set()
        while queue:
            token = queue.pop(0)
            if token.i in seen:
                continue
            seen.add(token.i)
            here = self.actors_at(token, _PARTY_KINDS)
            for c in here:
                if c not in found:
                    found.append(c)
            if not here:
                queue += [c for c in token.children if c.dep_ in ("compound", "appos")]
            queue += [c for c in token.children if c.dep_ == "conj"]
        return found

    def owns_verb(self, verb, sent: int) -> None:
        kinds = ("Organization", "Product", "Place")
        if any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ == "acl":  # "Y was acquired by X"
            owned = [c for c in verb.children if c.dep_ == "nsubjpass"] or (
                [verb.head] if verb.dep_ == "acl" else []
            )
            owners = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        else:
            owners = _antecedents(verb, [c for c in verb.children if c.dep_ == "nsubj"])
            owned = [c for c in verb.children if c.dep_ == "dobj"]
        for o in self.conjoined_actors(owners):
            if self.p.kind(o) not in ("Organization", "Person"):
                continue
            for t in owned:
                target = self.phrase_actor(t, kinds)
                if target is not None:
                    self.add(o, "OWNS", target, sent)

    def ownership_noun(self, noun, sent: int) -> None:
        """ "(transferring) ownership of B('s assets) from A": A owns B."""
        heads = [noun, noun.head] if noun.dep_ in ("dobj", "nsubjpass") else [noun]
        owned = owner = None
        for h in heads:
            for prep in h.children:
                objs = [c for c in prep.children if c.dep_ == "pobj"]
                if prep.lower_ == "of" and objs:
                    owned = self.phrase_actor(objs[0], ("Organization", "Product")) or self.pronoun_owner(
                        objs[0]
                    )
                elif prep.lower_ == "from" and objs:
                    owner = self.phrase_actor(objs[0], ("Organization", "Person"))
        if owned is not None and owner is not None:
            self.add(owner, "OWNS", owned, sent)

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

    def co_mentioned(self, sent: int, roots) -> None:
        clusters = sorted(roots, key=lambda c: self.p.cluster_ids[c])
        if len(clusters) > _MAX_COMENTIONED:
            return
        for i, a in enumerate(clusters):
            for b in clusters[i + 1 :]:
                self.add(a, "CO_MENTIONED", b, sent)


def _singular(word: str) -> str:
    """A plural noun's singular, well enough for the place nouns (the model has no lemmatizer)."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _antecedents(verb, subjects) -> list:
    """A relative clause's "who"/"that" subject stands for the noun the clause hangs on ("X, who heads
    Y")."""
    if verb.dep_ == "relcl":
        return [verb.head if s.lower_ in ("who", "that", "which") else s for s in subjects]
    return subjects


def _of_objects(token) -> list:
    return [
        o
        for p in token.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    ]


def _has_det(token) -> bool:
    return any(c.dep_ in ("det", "poss") for c in token.children)


def _name_head(token):
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head
    return token
