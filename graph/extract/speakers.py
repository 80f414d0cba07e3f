"""Who says it: the actor a verb of saying names as the speaker of a quote or a claim, and what a
pronoun ("she added"), a role noun ("the spokesman said") or a description of an organisation ("the
company said") stands for.

The statements stage (:mod:`graph.extract.statements`) finds quotes and claims; this module answers
for each one who speaks. The rules, each a general form:

* **the verb the quote hangs on**: from the quote, up its dependency heads, the first verb of
  saying or naming ("said", "called the plan \\"...\\"") gives the speaker, its subject; "according to
  X" on the way gives X. A verb of saying with an unnamed subject ("police said") names no one, even
  when a nearer clause has a named subject ("police said Hale was \\"acting strangely\\"").
* **lists**: "said Anna Berg and Karl Jensen" is two speakers; so is a "they said" after a sentence
  whose subject lists two people.
* **pronouns** go to the nearest person named outside quotes who fits: not known by the other
  gender's pronouns or titles; in the sentence, a subject wins over the last person named, and of
  people nothing has marked, one whose given name is borne almost only by the other sex loses.
* **role nouns** ("the spokesman", "the minister") go to the nearest person introduced with that
  role: as a title ("Spokesman Karl Jensen"), in an apposition ("Karl Jensen, the spokesman") or a
  copula ("Karl Jensen is a spokesman for ...").
* **descriptions of organisations** ("the company", "the court", "Day's foundation") go to the
  nearest organisation whose name holds that noun, or, for the generic nouns of
  :data:`~graph.extract.constants.ORGANIZATION_NOUNS`, to the nearest organisation.

>>> from graph.model import Article
>>> from graph.extract.pipeline import extract
>>> text = ('Nordic Rail cut ten routes. "The routes lost money," the company said. '
...         'Anna Berg, a driver, met Karl Jensen. "We will strike," she said.')
>>> [s.speaker for s in extract(Article.from_fields("T", text)).statements if s.kind == "direct"]
['organization:nordic-rail', 'person:anna-berg']
"""

from __future__ import annotations

from graph.extract.actors import gazetteer
from graph.extract.constants import (
    ANYONE_IN_OFFICE,
    BENCH_NOUNS,
    BRANCH_NOUNS,
    CHANNEL_NOUNS,
    CIRCUMSTANCE_PREPOSITIONS,
    CLAIM_VERBS,
    CLUB_CLOSING_WORDS,
    CLUB_PREFIXES,
    CLUB_SUFFIXES,
    CLUB_WORDS,
    COMPANION_ROLES,
    CONTINUING_VERBS,
    COPULAS,
    COURT_DOCUMENT_NOUNS,
    COURT_HEADS,
    DOCUMENT_HEADS,
    DOCUMENT_NOUNS,
    EPITHET_NOUNS,
    FEMALE_WORDS,
    GOVERNMENT_NOUNS,
    HEAD_ROLES,
    HONORIFICS,
    INDEFINITE_WORDS,
    ISSUING_VERBS,
    MALE_WORDS,
    NAMING_VERBS,
    NOT_YET_AUXILIARIES,
    OCCUPATIONS,
    ORGANIZATION_NOUNS,
    PARTITIVE_NOUNS,
    PERSON_NOUNS,
    PERSON_ROLES,
    PERSONAL_PRONOUNS,
    PLAIN_SAYING_VERBS,
    PRONOUN_GENDER,
    PROXY_NOUNS,
    QUOTED_VERBS,
    REACTION_VERBS,
    READING_VERBS,
    ROLE_CLASSES,
    ROLE_WORDS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    SUBJECT_DEPS,
    TELLING_VERBS,
    THING_POSSESSIVES,
    VOICE_OF_ORGANIZATION_NOUNS,
)
from graph.extract.parsed import Parsed
from graph.resolve.names import given_name_sex

#: What a speaker may be introduced as (not a companion's word: "her partner said").
_SPEAKER_ROLES = ROLE_WORDS - COMPANION_ROLES


class Quoted:
    """Which characters of the article are inside quotation marks (one byte each: O(1) lookups)."""

    def __init__(self, parsed: Parsed):
        self.mask = bytearray(len(parsed.clean.text))
        for q in parsed.clean.quotes:
            self.mask[q.start : q.end] = b"\x01" * (q.end - q.start)

    def inside(self, char: int) -> bool:
        return 0 <= char < len(self.mask) and self.mask[char] == 1

    def overlaps(self, start: int, end: int) -> bool:
        return self.mask.find(1, start, end) != -1


def quoted(parsed: Parsed) -> Quoted:
    """The article's quote mask, built once per article."""
    mask = parsed.cache.get("quoted")
    if mask is None:
        mask = parsed.cache["quoted"] = Quoted(parsed)
    return mask


def outside(token, mask: Quoted) -> bool:
    return not mask.inside(token.idx)


def after_comma_and(token) -> bool:
    """Whether ``token`` comes right after ", and" (a verb joined as the speaker's next act)."""
    doc, i = token.doc, token.i
    return i >= 2 and doc[i - 1].lower_ == "and" and doc[i - 2].text == ","


def is_speech_verb(token) -> bool:
    return token.lower_ in SPEECH_VERBS and token.pos_ in ("VERB", "AUX")


def _subjects(verb, mask: Quoted) -> list:
    """The verb's subjects outside quotes ("all that," Day said: "that" is inside), and the agent of a
    passive ("was called \\"...\\" by the mayor"); for a verb without one that goes on from another
    ("Jensen praised the crew and added ...", "Jensen wrote to the council, asking ..."), that verb's."""
    for _ in range(3):
        found = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and outside(c, mask)]
        agents = [
            g
            for child in verb.children
            if child.dep_ == "agent"
            for g in child.children
            if g.dep_ == "pobj" and outside(g, mask)
        ]
        quoted_ones = [c for c in found if c.dep_ == "nsubjpass"] if verb.lower_ in QUOTED_VERBS else []
        if agents and quoted_ones:
            # "Jensen was quoted by the BBC as saying ...": the one quoted speaks, the agent reports.
            found = quoted_ones
        elif agents:
            # "Jensen was described by the Herald as \"...\"": the agent speaks, not the one spoken of.
            found = agents + [c for c in found if c.dep_ != "nsubjpass"]
        # A participle hung on a clause: a common noun the parser gives it for a subject between
        # that clause's verb and itself is the clause's object ("The mayor tweeted her reasoning,
        # saying ...": the mayor says it, not "reasoning"); a name stays ("with Berg calling it
        # \"...\" and Wu calling it \"...\"").
        participle = verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX")
        if participle and found and all(verb.head.i < c.i < verb.i and _is_thing(c) for c in found):
            found = []
        quoted_as = verb.dep_ == "pcomp" and verb.head.lower_ == "as"
        if not found and quoted_as and verb.head.head.lower_ in QUOTED_VERBS:
            # "Jensen was quoted as saying the plan was dead": the one quoted says it.
            return [c for c in verb.head.head.children if c.dep_ == "nsubjpass" and outside(c, mask)]
        if found or verb.dep_ not in ("conj", "advcl", "xcomp") or verb.head.pos_ not in ("VERB", "AUX"):
            return found
        joined = any(c.dep_ == "cc" for c in verb.head.children if c.i < verb.i)
        if verb.dep_ == "conj" and verb.head.dep_ == "relcl" and not joined:
            # "Kinnaird, whose father bought the club in 1983, said": the parser joins the verb to
            # the relative clause, whose antecedent is who says it
            return [verb.head.head] if outside(verb.head.head, mask) else []
        reported = verb.head.dep_ == "ccomp" and verb.head.head.lower_ in SPEECH_VERBS
        if verb.dep_ == "conj" and reported and (verb.lower_ in SPEECH_VERBS or verb.lower_ in NAMING_VERBS):
            # "X said the spectators had attended, and called the final \"...\"": the parser joins
            # the second verb to the reported clause; when that clause is about things, not people,
            # whoever said it goes on to call or promise
            inner = [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS]
            if inner and all(
                _is_thing(c)
                or (c.pos_ == "NOUN" and c.tag_ == "NNS" and not _is_role(c))
                # "denied that its members had started the fight, and said": a group spoken of
                or (
                    c.tag_ == "NNS"
                    and any(d.dep_ == "poss" and d.lower_ in ("its", "their") for d in c.children)
                )
                or c.ent_type_ in ("GPE", "LOC")  # "said Latvia was late, and urged ..."
                # (after ", and", an "it" or "they" the clause is about is the speaker itself: "the
                # ministry said it had not been consulted, and called on Laos to ...")
                or (after_comma_and(verb) and c.lower_ in ("it", "they"))
                for c in inner
            ):
                verb = verb.head
        if verb.tag_ == "VB" and verb.dep_ == "advcl":
            return found  # "to allow engineers to ...": a purpose, not the same speaker's act
        reported = verb.head.dep_ == "ccomp" and verb.head.head.lower_ in SPEECH_VERBS
        if verb.tag_ == "VBG" and verb.lower_ in SPEECH_VERBS and reported:
            # "He stated the trial would not be fair, saying ...": the parser hangs "saying" on the
            # reported clause, but whoever stated it is saying it, not the trial.
            verb = verb.head
        if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.lower_ in SPEECH_VERBS:
            acting = _clause_acting_before(verb, mask)
            if acting is not None:
                verb = acting
                continue
        verb = verb.head
    return []


def _clause_acting_before(participle, mask: Quoted):
    """The clause between a passive and the participle the parser hung on it, whose subject is
    someone ("The contest was called when Cardew stepped down, saying ...": Cardew says it, for a
    passive's subject is acted on); else None."""
    head = participle.head
    subjects = [c for c in head.children if c.dep_ in SUBJECT_DEPS or c.dep_ == "agent"]
    if not subjects or any(c.dep_ != "nsubjpass" for c in subjects):
        return None
    for verb in reversed(participle.doc[head.i + 1 : participle.i]):
        if verb.pos_ != "VERB":
            continue
        named = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN" and outside(c, mask)]
        if named:
            return verb
    return None


def _bearer_of_bare_name(parsed: Parsed, token) -> str | None:
    """The one person whose name holds ``token``, a capitalised word the tagger took for an
    interjection or an adverb ("\"...,\" Oh said": Oh Seung-hyun); else None."""
    if token.tag_ not in ("UH", "RB") or not token.is_title or parsed.clusters_of(token.i):
        return None
    bearers = {
        c
        for c, cluster in enumerate(parsed.clusters)
        if parsed.kind(c) == "Person" and token.text in cluster.name.replace("-", " ").split()
    }
    return parsed.cluster_ids[bearers.pop()] if len(bearers) == 1 else None


def speakers_of_verb(parsed: Parsed, verb) -> list[str | None]:
    """Every speaker of a verb whose subject is a list of named actors ("Smith and Jones said"); else
    the one :func:`subject_actor` finds (``[None]`` when nobody is named)."""
    mask = quoted(parsed)
    listed: list[str] = []
    subjects = _subjects(verb, mask)[:1]
    for subject in subjects:
        # "said lead author and University of Bristol researcher Tim Caro": the parser lists the
        # titles and hangs the name on the first as an apposition; a "conjunct" before the name is
        # another title of the one person, not a second speaker (in a real list, "the mayor, Anna
        # Berg, and the chief", each name follows its own title).
        # ("Jensen and Berg both said": a determiner in apposition names no one)
        named_at = max(
            (
                c.i
                for c in subject.children
                if c.dep_ == "appos" and c.i > subject.i and c.pos_ not in ("DET", "PRON")
            ),
            default=-1,
        )
        for token in [subject, *[c for c in _conjuncts(subject) if c.i > named_at]]:
            # "Smith and Jones", "the mayor, Anna Berg, and the police chief, Karl Jensen"
            named = token.pos_ == "PROPN" or any(c.dep_ == "appos" for c in token.children)
            actor = actor_of_phrase(parsed, token) if named else None
            if actor is not None and actor not in listed:
                listed.append(actor)
    if len(listed) > 1:
        return listed
    if subjects and subjects[0].lower_ == "they" and (people := _people_they_stand_for(parsed, subjects[0])):
        return people
    return [subject_actor(parsed, verb)]


def _people_they_stand_for(parsed: Parsed, word) -> list[str]:
    """The people a "they" that says something stands for: two or more people named as the listed
    subject of the sentence before's main clause ("Karl Jensen and Marta Lind spoke after the vote.
    \"...,\" they said"); none when that subject is anything else."""
    here = parsed.sentence_at(word.idx)
    if here == 0 or parsed.is_heading(here - 1):
        return []
    subjects = _main_subjects(parsed, here - 1)
    if len(subjects) != 1:
        return []
    people: list[str] = []
    for token in [subjects[0], *_conjuncts(subjects[0])]:
        person = _people_at(parsed, token.i)
        if not person:
            return []  # "Karl Jensen and the council": not people alone
        if parsed.cluster_ids[person[0]] not in people:
            people.append(parsed.cluster_ids[person[0]])
    return people if len(people) > 1 else []


def _conjuncts(token) -> list:
    """ "Anna Berg, Karl Jensen and Tom Hale": every later member of the list, however nested."""
    found, todo = [], [token]
    while todo:
        for child in todo.pop(0).children:
            if child.dep_ == "conj":
                found.append(child)
                todo.append(child)
    return sorted(found, key=lambda t: t.i)


def in_words_of(token) -> bool:
    """``token`` is "words" in "in the words of X" or "in X's words", which says whose words follow."""
    return token.lower_ == "words" and token.dep_ == "pobj" and token.head.lower_ == "in"


def subject_actor(parsed: Parsed, verb) -> str | None:
    """The actor id of the one who speaks through ``verb`` (its subject, or X in "according to X")."""
    if verb.lower_ == "according":
        for prep in verb.children:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return actor_of_phrase(parsed, obj)
        return None
    if in_words_of(verb):
        # "In the words of X, \"...\"", "In X's words, \"...\""
        for c in verb.children:
            if c.dep_ == "poss":
                return actor_of_phrase(parsed, c)
            for obj in c.children if c.dep_ == "prep" and c.lower_ == "of" else []:
                if obj.dep_ == "pobj":
                    return actor_of_phrase(parsed, obj)
        return None
    subjects = _subjects(verb, quoted(parsed))
    # "Dlamini left without a word; his lawyer, Faizal Essop, said": the parser may give the verb the
    # subject of the clause before a semicolon as well; a subject after the semicolon is the one
    # (or hang the new subject on the old one as an apposition)
    semicolons = [t.i for t in verb.doc[verb.sent.start : verb.i] if t.text == ";"]
    if semicolons:
        after = semicolons[-1]
        subjects = [
            next((c for c in s.children if c.dep_ == "appos" and c.i > after > s.i), s) for s in subjects
        ]
        if any(c.i > after for c in subjects):
            subjects = [c for c in subjects if c.i > after]
    before_verb = [c for c in subjects if c.i < verb.i]
    if (
        len(before_verb) > 1
        and any(t.text == "," for t in verb.doc[before_verb[-2].i : before_verb[-1].i])
        # (after a participle clause opening the sentence: not "X, whose father, Y, bought it, said")
        and any(t.tag_ in ("VBN", "VBG") for t in verb.doc[verb.sent.start : before_verb[-2].i])
    ):
        # "Asked by counsel, Iain Dalgleish QC, whether ..., McLeod replied": the parser gives the
        # verb the name inside the clause before it as a second subject; the one nearest speaks
        subjects = [before_verb[-1]] + [c for c in subjects if c.i > verb.i]
    if all(s.i > verb.i for s in subjects):  # none before the verb, or none at all
        named = _person_set_off_before(parsed, verb)
        if named is not None:
            return named
    if subjects:
        last = _person_ending_subject(parsed, subjects[0], verb)
        if last is not None:
            return last
        # The parser may split one subject into several ("said study co-author Karl Jensen" gives
        # "co", "-" and "Jensen" each as a subject): the first that names an actor speaks.
        for subject in subjects:
            actor = actor_of_phrase(parsed, subject) or _bearer_of_bare_name(parsed, subject)
            if actor is not None:
                return actor
        if all(s.i > verb.i for s in subjects):
            return _person_ending_inverted_subject(parsed, verb)
        return None
    if verb.dep_ == "acl" and (verb.head.lower_ in SPEECH_NOUNS or reads_out(verb)):
        return _author_of(parsed, verb.head)  # "X released a statement saying ...", "the ruling read"
    if verb.tag_ in ("VBD", "VBZ", "VBP"):
        # A finite verb of saying always has a subject: when the parser lost it ("Calling it
        # \"...\", Anna Berg of \"X\", a charity, told Reuters"), the one person named before the verb
        # in its sentence is it.
        mask = quoted(parsed)
        people = {
            c
            for t in verb.doc[verb.sent.start : verb.i]
            if outside(t, mask)
            for c in parsed.clusters_of(t.i)
            if parsed.kind(c) == "Person"
        }
        if len(people) == 1:
            return parsed.cluster_ids[people.pop()]
        # "Rita Solberg, whose mother, Ingrid, has lived there, said": the person who opens the
        # sentence before a comma, the others named inside what describes them
        here = parsed.mentions_in(parsed.sent_of[verb.i])
        opener = [m for m in here if m.start_token(verb.doc) == verb.sent.start and m.cluster in people]
        if opener and verb.doc[opener[0].end_token(verb.doc)].text == ",":
            return parsed.cluster_ids[opener[0].cluster]
        # "Tiffinly said in a statement": a name the tagger took for an adverb, hung on the verb
        named = [
            c
            for t in verb.lefts
            if t.dep_ in ("advmod", "npadvmod", "dep") and outside(t, mask)
            for c in parsed.clusters_of(t.i)
        ]
        if len(set(named)) == 1:
            return parsed.cluster_ids[named[0]]
        before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
        if before is not None and before.dep_ == "intj" and outside(before, mask):
            bearer = _bearer_of_bare_name(parsed, before)
            if bearer is not None:
                return bearer
    # "..., added Kennedy, an analyst" may hang the subject as an object after the verb; so may
    # "\"...\" read the statement".
    for child in verb.rights:
        if verb.lower_ in TELLING_VERBS:
            break  # "told Reuters": whom one tells is never who speaks
        if child.dep_ in ("dobj", "attr", "npadvmod") and (
            child.pos_ == "PROPN" or verb.lower_ in SPEECH_VERBS or reads_out(verb)
        ):
            actor = actor_of_phrase(parsed, child)
            if actor is None and child.lower_ in SPEECH_NOUNS:
                # "\"...,\" read a statement from Greenpeace": the parser hangs "from" on the verb
                authors = [
                    o for p in verb.children if p.lower_ == "from" for o in p.children if o.dep_ == "pobj"
                ]
                actor = actor_of_phrase(parsed, authors[0]) if authors else None
            return actor
    return None


def _people_at(parsed: Parsed, token_i: int) -> list[int]:
    """The clusters of the people a mention at token ``token_i`` names."""
    return [c for c in parsed.clusters_of(token_i) if parsed.kind(c) == "Person"]


def _person_ending_subject(parsed: Parsed, subject, verb) -> str | None:
    """The person named last in a subject that runs, without a comma, right up to its verb, when the
    parser made another person the head ("Longtime Imus in the Morning writer Rob Bartlett tweeted":
    the show's "Imus" taken for the subject): a noun phrase ends in its head."""
    doc = verb.doc
    if not subject.i < verb.i - 1 or verb.i - 1 not in {t.i for t in subject.subtree}:
        return None
    if any(t.is_punct for t in doc[subject.i : verb.i]):
        return None
    last, head = _people_at(parsed, verb.i - 1), _people_at(parsed, subject.i)
    if not last or (head and last[0] == head[0]):
        return None
    token = doc[verb.i - 1]
    while token.i != subject.i:
        if token.dep_ in ("relcl", "acl", "advcl", "ccomp", "dobj") or (
            token.dep_ == "conj" and token.head.pos_ == "PROPN"
        ):
            # "Anna Berg who met Karl Jensen said": a clause's object, not the subject; "Berg and
            # Jensen": a list (its roles may be joined: "writer and performer Rob Bartlett")
            return None
        if not head and token.dep_ in ("pobj", "prep"):
            return None  # "the mother of Anna Berg said": whom the role is of, not who speaks
        token = token.head
    return parsed.cluster_ids[last[0]]


def _person_set_off_before(parsed: Parsed, verb) -> str | None:
    """ "the returning officer, Ibrahim Lawal-Danjuma, said the candidate, \"having ...\"": a verb
    of saying right after a person's name set off by commas, with no quote before it to invert the
    order, has that person for its subject, whatever noun after it the parser made one, or when it
    found none ("by a family friend, Donnellan's mother, Bernadette, said": all three hung as
    appositions on the friend)."""
    doc, mask = verb.doc, quoted(parsed)
    if verb.i - 2 < verb.sent.start or doc[verb.i - 1].text != ",":
        return None
    if any(mask.inside(t.idx) for t in doc[verb.sent.start : verb.i]):
        return None  # '"...," said the candidate': the inverted order after a quote
    named = doc[verb.i - 2]
    people = _people_at(parsed, named.i)
    if not people or named.dep_ != "appos" or not outside(named, mask):
        return None
    return parsed.cluster_ids[people[0]]


def _person_ending_inverted_subject(parsed: Parsed, verb) -> str | None:
    """The person named at the end of a run of titles after an inverted verb of saying ("\\"...,\\"
    said study co-author and research fellow Karl Jensen"): the parser may split such a subject into
    pieces and hang the name on the verb as anything at all, so the words up to the first
    punctuation are read as one phrase."""
    mask = quoted(parsed)
    for token in verb.doc[verb.i + 1 : verb.sent.end]:
        hyphen = token.text == "-" and not token.whitespace_  # "co-author" is one word
        if (token.is_punct and not hyphen) or mask.inside(token.idx) or token.pos_ in ("VERB", "AUX", "ADP"):
            return None  # "said the co-author, who ...", "said the author of ...": another phrase
        people = _people_at(parsed, token.i)
        if people:
            return parsed.cluster_ids[people[0]]
    return None


def reads_out(verb) -> bool:
    """ "The statement read: \"...\"", "\"...\" read the statement", "the opinion of the Court read": a
    statement or a document giving its words."""
    if verb.lower_ not in READING_VERBS:
        return False
    if verb.dep_ == "acl" and _is_document(verb.head):
        return True  # "the summary of the decision read in part:", the verb hung on the document
    return any(c.dep_ in ("nsubj", "dobj") and _is_document(c) for c in verb.children)


def _is_document(token) -> bool:
    token = whole_of_part(token)
    return token.lower_ in SPEECH_NOUNS or token.lower_ in DOCUMENT_NOUNS


def _of_objects(token) -> list:
    """The objects of ``token``'s "of" phrases: "the government of Chile" gives [Chile]."""
    return [
        obj
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]


def whole_of_part(token):
    """What "part of X" (a noun of :data:`~graph.extract.constants.PARTITIVE_NOUNS`) is part of: X;
    any other token itself. A part of a statement speaks as the statement does."""
    wholes = _of_objects(token) if token.lower_ in PARTITIVE_NOUNS else []
    return wholes[0] if wholes else token


def governing_speakers(parsed: Parsed, span) -> tuple[list[str | None], bool] | None:
    """The speakers of the quoted ``span`` by the verb it hangs on, and whether that verb is one of
    saying or naming: up the heads from the quote, "according to X" gives X; the first verb of saying
    or naming with a subject gives its subject(s), named or not; failing that, the nearest clause with
    a named subject (Time in "with which Time credits her as having done \\"...\\""). None when the
    quote hangs on nothing outside itself.

    >>> from graph.model import Article
    >>> from graph.extract.pipeline import extract
    >>> text = 'Karl Jensen watched. Police said Anna Berg was "acting very strangely" at the time.'
    >>> [s.speaker for s in extract(Article.from_fields("T", text)).statements if s.kind == "direct"]
    [None]
    """
    mask = quoted(parsed)
    inside = range(span.start, span.end)
    starts = []
    for token in span:
        head = token.head
        if token.is_punct or head.i in inside or head.i == token.i or head in starts:
            continue
        starts.append(head)
    fallback: list[str | None] | None = None
    for start in starts:
        node, seen, came_from = start, set(), start
        while node.i not in seen:
            seen.add(node.i)
            if outside(node, mask) and node.lower_ in QUOTED_VERBS:
                # "The statement also quoted his student Emeka Obi: \"...\"": the one quoted speaks
                objects = [c for c in node.children if c.dep_ == "dobj"]
                quoted_ones = [actor_of_phrase(parsed, c) for c in objects]
                people = [q for q in quoted_ones if q is not None and q.startswith("person:")]
                if people:
                    return people[:1], True
                if any(
                    q is None and c.tag_ == "NN" and _is_role(c)
                    for q, c in zip(quoted_ones, objects, strict=True)
                ):
                    # "The agency quoted a naval commander as saying ...": someone unnamed speaks, not
                    # the agency that reports them
                    return [None], True
            if outside(node, mask) and node.pos_ in ("VERB", "AUX", "ADJ"):
                # A verb of saying's own subject before "according to": a medium that reports
                # the words is not who said them ("X called it \"...\", according to NBC").
                speech = node.lower_ in SPEECH_VERBS or node.lower_ in NAMING_VERBS or reads_out(node)
                if speech and came_from.dep_ == "prep" and came_from.lower_ in CIRCUMSTANCE_PREPOSITIONS:
                    # "the board had written to them twice without receiving \"a satisfactory
                    # answer\"": what happened around the writing, not what was written
                    speech = False
                if (
                    speech
                    and node.lower_.startswith("continu")
                    and any(c.dep_ == "xcomp" for c in node.children)
                ):
                    speech = False  # "can continue to exist": going on doing something, not speaking
                agreed_to = (
                    node.lower_.startswith("agree") and came_from.dep_ == "xcomp" and came_from.head == node
                )
                if speech and agreed_to and _reported(node, mask):
                    # "Halden had agreed to sell the vaccine \"at a price close to cost\", he added":
                    # agreeing to do something says nothing; whoever reports it says the words
                    speech = False
                if speech and _not_yet_said_in_a_report(node, mask):
                    # "Firth said the company would ask the council for a bout \"as soon as ...\"":
                    # an asking still to come has said nothing; whoever reports it says the words
                    speech = False
                if speech and _passive_without_agent(node, mask):
                    # "the court was likely to be asked whether ...": the one asked does not say the
                    # words; whoever says the clause that holds them does
                    came_from, node = node, node.head
                    continue
                if speech and (_subjects(node, mask) or reads_out(node)):
                    said_by = speakers_of_verb(parsed, node)
                    reporter = None
                    if said_by == [None] and not _someone_unnamed(_subjects(node, mask)):
                        reporter = _reporter_of_clause(parsed, node)
                    return ([reporter] if reporter else said_by), True
                according = [c for c in node.children if c.lower_ == "according" and outside(c, mask)]
                if according:
                    # "Judge X decided, according to the summary, \"...\"": the summary reports what X
                    # decided; X, named, speaks (as with a verb of saying before "according to").
                    if node.lower_ in CLAIM_VERBS and _subjects(node, mask):
                        decided_by = subject_actor(parsed, node)
                        if decided_by is not None:
                            return [decided_by], True
                    return [subject_actor(parsed, according[0])], True
                found_by = _finder_of_clause(parsed, node, came_from, mask) if not speech else None
                if found_by is not None:
                    # "the panel found that Echeverría had been \"significantly negligent\"": the
                    # words are the finding's, not those of the one it is about
                    return [found_by], True
                author = None if speech else statement_put_out(parsed, node)
                if author is not None:
                    return [author], True
                if not speech and fallback is None and node.pos_ != "ADJ" and _subjects(node, mask):
                    actor = subject_actor(parsed, node)
                    if actor is not None:
                        fallback = [actor]
            elif node.pos_ == "NOUN" and node.lower_ in SPEECH_NOUNS and outside(node, mask):
                answer = _answering(parsed, node)
                if answer is not None:
                    return [answer], True
                # "an order by Admiral X directing units to \"...\"", "a statement from X"
                author = _author_of(parsed, node)
                if author is not None:
                    return [author], True
            came_from, node = node, node.head
    return (fallback, False) if fallback is not None else None


def _finder_of_clause(parsed: Parsed, verb, came_from, mask: Quoted) -> str | None:
    """The named actor whose claim or finding ``verb`` reports, when the quote sits in its clause
    (``came_from``) and its subject is a noun ("the panel found that ..."); else None, and the words
    go on up to whoever says the claim ("it had found ...", "estimates indicate ..." say nothing
    of who speaks)."""
    if verb.lower_ not in CLAIM_VERBS or came_from.i == verb.i or came_from.dep_ != "ccomp":
        return None
    subjects = _subjects(verb, mask)
    if not subjects or any(s.pos_ == "PRON" for s in subjects):
        return None
    said_by = speakers_of_verb(parsed, verb)
    return said_by[0] if said_by and said_by[0] is not None else None


def _reported(verb, mask: Quoted) -> bool:
    """Whether ``verb``'s clause is itself reported by a verb of saying outside the quotes ("...
    had agreed to ..., he added")."""
    return verb.dep_ == "ccomp" and verb.head.lower_ in SPEECH_VERBS and outside(verb.head, mask)


def _not_yet_said_in_a_report(verb, mask: Quoted) -> bool:
    """A verb of saying in the future ("would ask", "will call for") inside a clause that a verb of
    saying outside the quotes reports."""
    return (
        any(c.dep_ == "aux" and c.lower_ in NOT_YET_AUXILIARIES for c in verb.children)
        and verb.dep_ == "ccomp"
        and verb.head.lower_ in SPEECH_VERBS
        and outside(verb.head, mask)
    )


def _someone_unnamed(subjects: list) -> bool:
    """ "a sales manager had assured her the money was \"...\"": one person, unnamed, says the
    words, not whoever reports it (as "a U.S. official said" has no named speaker)."""
    return any(
        s.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in s.children)
        for s in subjects
    )


def _reporter_of_clause(parsed: Parsed, verb) -> str | None:
    """ "The National Police said in a statement that officers had responded \"in accordance with
    protocols\"": a verb that is more a deed than a saying, whose subject names no one, inside the
    clause a named actor reports: that actor's words; so too a document that "says" in someone's
    report of it ("Brouwer said the agreement said \"almost nothing\" about rents": her words for
    it). None otherwise."""
    if verb.lower_ in PLAIN_SAYING_VERBS and not any(
        c.dep_ in SUBJECT_DEPS and c.lower_ in DOCUMENT_NOUNS | DOCUMENT_HEADS for c in verb.children
    ):
        return None
    node = verb
    while node.head.i != node.i:
        child, node = node, node.head
        if child.dep_ == "ccomp" and is_speech_verb(node):
            return subject_actor(parsed, node)
    return None


def _passive_without_agent(verb, mask: Quoted) -> bool:
    """ "was asked", "to be told" with no "by": a passive verb of saying that names no one saying
    (not "was quoted as saying", whose subject says the words). A "by" inside the quote names no one
    ("expected her to be confirmed \"by a comfortable margin\"")."""
    passive = (
        any(c.dep_ == "auxpass" for c in verb.children)
        or verb.tag_ == "VBN"
        and any(c.dep_ == "nsubjpass" for c in verb.children)
    )
    return (
        passive
        and verb.lower_ not in QUOTED_VERBS
        and not any(c.dep_ == "agent" and outside(c, mask) for c in verb.children)
    )


def _answering(parsed: Parsed, noun) -> str | None:
    """ "Bolsonaro opposed Macron's statement: \"...\"", "X responded to Y's remarks: \"...\"": the
    one answering the statement, the subject of a verb of reacting to it, speaks the words quoted
    after it; None for other shapes."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # "responded to Y's remarks"
    elif noun.dep_ != "dobj":
        return None
    if verb.pos_ != "VERB" or verb.lower_ not in REACTION_VERBS:
        return None
    return subject_actor(parsed, verb)


def statement_put_out(parsed: Parsed, verb) -> str | None:
    """The author of the statement ``verb`` puts out, when it is a verb of issuing with a statement
    for its object ("The palace issued the following statement from the king: \"...\"": the quote is
    the statement's words, so the king's); else None.

    >>> from graph.model import Article
    >>> from graph.extract.pipeline import extract
    >>> text = ('The mayor, Karl Jensen, left early. His office released a message from the mayor: '
    ...         '"We will rebuild every bridge in the city."')
    >>> [s.speaker for s in extract(Article.from_fields("T", text)).statements if s.kind == "direct"]
    ['person:karl-jensen']
    """
    if verb.lower_ not in ISSUING_VERBS or verb.pos_ != "VERB":
        return None
    mask = quoted(parsed)
    for put_out in verb.children:
        if put_out.dep_ == "dobj" and put_out.lower_ in SPEECH_NOUNS and outside(put_out, mask):
            return _author_of(parsed, put_out)
    return None


def _statement_before(parsed: Parsed, word) -> str | None:
    """The author of a statement put out in the sentence before ``word``'s ("Anna Berg released a
    statement."), by :func:`statement_put_out`; else None."""
    here = parsed.sentence_at(word.idx)
    if here == 0:
        return None
    first, last = parsed.sent_tokens[here - 1]
    for token in parsed.doc[first:last]:
        author = statement_put_out(parsed, token)
        if author is not None:
            return author
    return None


def _made_by(noun) -> bool:
    """``noun`` names who made it with "by" or "from" ("a report by the ministry")."""
    return any(c.dep_ == "prep" and c.lower_ in ("by", "from") for c in noun.children)


def _own_clause(verb) -> bool:
    """Whether ``verb`` opens a clause of its own ("that the crew had been taken off"): a "that" or
    a subject of its own, where a participle describing a noun ("issued by X") has neither."""
    return any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in verb.children)


def _author_of(parsed: Parsed, noun, back: bool = True) -> str | None:
    """Who made a statement, an order, a call: X of "by X", "from X", "X's" or "an X statement" (a
    name, or a noun an organisation's name holds: "a ministry statement"), or of "of X" when X is
    an actor or a document of its own ("the opinion of the Court", "the summary of the decision");
    the subject of the verb that put it out ("X issued a statement saying ..."); for "the statement",
    the author of the last one named in the sentences before (``back``: "X released a statement. ...
    the statement read"); for a court's document named by no one ("the ruling"), the court the
    article named last (:data:`~graph.extract.constants.COURT_DOCUMENT_NOUNS`).

    >>> from graph.model import Article
    >>> from graph.extract.pipeline import extract
    >>> text = ('The Federal Court of Australia heard the appeal. The verdict read in part: '
    ...         '"The appeal is dismissed in full."')
    >>> [s.speaker for s in extract(Article.from_fields("T", text)).statements if s.kind == "direct"]
    ['organization:federal-court-of-australia']
    """
    for child in noun.children:
        if child.dep_ == "poss":
            author = actor_of_phrase(parsed, child)
            if author is not None or child.lower_ not in THING_POSSESSIVES:
                return author
            break  # "Their statement also read": whose the statement named before is (below)
        if child.dep_ == "compound" and child.i == noun.i - 1:
            # "a Nordic Rail statement", "a ministry statement": the organisation the word before
            # names, or stands for as a noun its name holds ("ministry" -> "Ministry of Transport").
            named = parsed.clusters_of(child.i)
            if named:
                return parsed.cluster_ids[named[0]]
            if child.tag_ == "NN":
                author = organization_referred_to(parsed, child)
                if author is not None:
                    return author
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return actor_of_phrase(parsed, obj)
        if child.dep_ == "prep" and child.lower_ == "on":  # "a post on X's Facebook page said"
            for obj in child.children:
                owner = _channel_owner(parsed, obj) if obj.dep_ == "pobj" else None
                if owner is not None:
                    return owner
        if child.dep_ == "acl" and child.tag_ == "VBN" and not _own_clause(child):
            # "the decree signed by the Pope read", "a statement issued by the ministry said" (not
            # what the statement says, a clause of its own the parser hung there: "a statement that
            # the crew had been taken off by the coast guard")
            for agent in child.children:
                if agent.dep_ == "agent":
                    for obj in agent.children:
                        if obj.dep_ == "pobj":
                            return actor_of_phrase(parsed, obj)
        if child.dep_ == "prep" and child.lower_ == "of" and noun.lower_ in DOCUMENT_NOUNS:
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                if obj.lower_ in DOCUMENT_NOUNS or obj.lower_ in SPEECH_NOUNS:
                    return _author_of(parsed, obj, back)
                actor = actor_of_phrase(parsed, obj)
                if actor is not None:
                    return actor
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lower_ in ISSUING_VERBS:
        subjects = _subjects(verb, quoted(parsed))
        return actor_of_phrase(parsed, subjects[0]) if subjects else None
    clause = verb.head
    if clause.dep_ == "dobj" and clause.pos_ == "NOUN":
        clause = clause.head  # "expressed condolences in a statement": hung on the verb's object
    if noun.dep_ == "pobj" and verb.lower_ == "in" and clause.pos_ in ("VERB", "AUX"):
        # "In a statement posted on Facebook, he accused ...": the statement is the clause subject's
        subjects = _subjects(clause, quoted(parsed))
        if subjects:
            author = actor_of_phrase(parsed, subjects[0])
            if author is not None:
                return author
    pointing = any(
        (c.dep_ == "det" and c.lower_ in ("the", "this"))
        or (c.dep_ == "poss" and c.lower_ in THING_POSSESSIVES)
        for c in noun.children
    )
    if not back or not pointing:
        return None
    mask = quoted(parsed)
    here = parsed.sentence_at(noun.idx)
    for sent in range(here, max(-1, here - _MAX_BACK - 1), -1):
        t0, t1 = parsed.sent_tokens[sent]
        for earlier in reversed(parsed.doc[t0:t1]):
            if earlier.i < noun.i and earlier.lower_ == noun.lower_ and outside(earlier, mask):
                author = _author_of(parsed, earlier, back=False)
                if author is not None:
                    return author
    if noun.lower_ in COURT_DOCUMENT_NOUNS:
        return organization_referred_to(parsed, noun, heads=COURT_HEADS)
    return None


def _channel_owner(parsed: Parsed, noun) -> str | None:
    """Whose page, account or website ``noun`` is, when its owner is named ("Anna Berg's Facebook
    page"): the owner speaks through it, not the platform named in it; else None."""
    if noun.lower_ not in CHANNEL_NOUNS:
        return None
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ not in THING_POSSESSIVES:
            return actor_of_phrase(parsed, child)
    return None


def actor_of_phrase(parsed: Parsed, head) -> str | None:
    """The actor a noun phrase names. A person anywhere in it wins ("UCL astronomer Angelos
    Tsiaras", "Dunn's mother, Charlotte Charles", "a protester using the pseudonym Katya"), except in
    a possessive ("Dunn's"); else the actor its head names; a pronoun or a definite role ("the
    spokesman") points back to the nearest person it fits (:func:`person_referred_to`), a definite
    description of an organisation ("the company") to the nearest organisation it fits."""
    head = whole_of_part(head)
    if head.lower_ in PERSONAL_PRONOUNS:
        return person_referred_to(parsed, head)
    if head.lower_ == "it" and head.dep_ == "nsubj":  # "It urged parents to ...", not "it is said"
        if head.head.lower_ in READING_VERBS:
            # "X released a statement. It read: ...": the statement just put out, whoever's it is
            author = _statement_before(parsed, head)
            if author is not None:
                return author
        return organization_referred_to(parsed, head)
    if head.lower_ == "they" and head.dep_ == "nsubj":
        return _organization_they(parsed, head)
    if head.lower_ in ("who", "that", "which") and head.head.dep_ == "relcl":  # "X, who said ..."
        if head.lower_ == "who":
            person = _person_who(parsed, head.head.head)
            if person is not None:
                return person
        return actor_of_phrase(parsed, head.head.head)
    placed = _person_placed_before(parsed, head)
    if placed is not None:
        return placed
    owner = _channel_owner(parsed, head)
    if owner is not None:
        return owner
    # Words of the phrase that name someone else: a possessive ("Dunn's"), and more below.
    # (also one in an apposition that renames the head: "a family friend, Donnellan's mother,
    # Bernadette,": the friend, the mother and Bernadette are one, Donnellan another)
    chain = [
        head,
        *(a for c in head.children if c.dep_ == "appos" for a in (c, *c.children) if a.dep_ == "appos"),
    ]
    not_the_speaker = {t.i for n in chain for c in n.children if c.dep_ == "poss" for t in c.subtree}
    if head.lower_ in PROXY_NOUNS:
        # "the family of X", "a lawyer for X": X is who they speak about, not who speaks; but a person
        # the parser hangs on a body there renames the lawyer ("A lawyer for Northline, Teresa Aquino,"),
        # and so does one hung on a person already named ("A spokesman for Anna Berg, Karl Jensen,")
        preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "for")]
        not_the_speaker |= {t.i for c in preps for t in c.subtree}
        not_the_speaker -= {
            t.i
            for c in preps
            for o in c.children
            for a in o.children
            if a.dep_ == "appos" and _names_a_person(parsed, a)
            if not _names_a_person(parsed, o) or _named_apart(parsed, o, a)
            for t in a.subtree
        }
    # A place in a hyphened participle says where the actor is, not who it is ("The Stockholm-based
    # company said"); the description then points back as any other.
    not_the_speaker |= {
        t.i
        for c in head.children
        if c.dep_ == "amod" and c.tag_ == "VBN" and _after_hyphen(c) and _only_places_in(parsed, c)
        for t in c.subtree
    }
    # A relative clause tells what the actor did, not who it is ("The 24-year-old, who joined Cóndor
    # from Azulejo, said": neither team speaks); so does one hung on the name that renames the head
    # ("The residents' group Save Our Riverfront, which endorsed Okafor, called ...").
    renaming = [head, *(c for c in head.children if c.dep_ == "appos")]
    not_the_speaker |= {t.i for n in renaming for c in n.children if c.dep_ == "relcl" for t in c.subtree}
    # So does the agent of a participle after a name ("The Nordic Mission, led by Tiago Figueira,
    # said": the mission speaks, not its leader; but "a statement released by X's office" is X's).
    not_the_speaker |= {
        t.i
        for n in renaming
        if parsed.clusters_of(n.i)
        for c in n.children
        if c.dep_ == "acl" and c.tag_ == "VBN"
        for a in c.children
        if a.dep_ == "agent"
        for t in a.subtree
    }
    people, others = [], []
    mask = quoted(parsed)
    for token in head.subtree:
        if token.i in not_the_speaker or mask.inside(token.idx):
            continue  # a quote in the phrase ("a statement which said \"X ...\"") is said, not who says
        for c in parsed.clusters_of(token.i):
            (people if parsed.kind(c) == "Person" else others).append(c)
    if people and _is_definite(head) and head.tag_ == "NN" and _is_role(head):
        # "The Wooster professor": a name modifying a definite role is where the person serves,
        # whatever the model took it for; the role says who speaks (below).
        modifiers = {c for t in head.children if t.dep_ == "compound" for c in parsed.clusters_of(t.i)}
        people = [c for c in people if c not in modifiers]
    if people:
        # The person the head itself names before others in the phrase ("Riverton mayor Helen
        # Carter": not Riverton, should the article have made it a person).
        own_people = _people_at(parsed, head.i)
        return parsed.cluster_ids[(own_people or people)[0]]
    # A body in apposition renames a head that names no one itself, a role or not: "The ship's owner,
    # the Greek company Thalassa Tankers, said", "Its technical manager, Hamburg-based Nordsee
    # Shipmanagement, said" (but "The pilots' union, a member of KCTU, said" is the union's, and "An
    # official of the ministry" someone unnamed, below).
    bodies = [
        c
        for a in (head.children if _is_definite(head) and not parsed.clusters_of(head.i) else [])
        if a.dep_ == "appos" and a.i not in not_the_speaker
        for t in (a, *(x for x in a.children if x.dep_ == "appos"))
        for c in parsed.clusters_of(t.i)
        if parsed.kind(c) == "Organization" and not mask.inside(t.idx)
    ]
    if bodies:
        return parsed.cluster_ids[bodies[0]]
    if head.lower_ in SPEECH_NOUNS:  # "according to a statement from X", "X's letter said"
        return _author_of(parsed, head)
    if head.lower_ == "report" and head.dep_ in SUBJECT_DEPS and _made_by(head):
        # "A report by the Ministry of Culture warned": a body's own report is its statement, though a
        # report put out with no author named is a source, no one's words (docs/annotation.md)
        return _author_of(parsed, head, back=False)
    if head.lower_ in DOCUMENT_NOUNS and (head.dep_ in SUBJECT_DEPS or head.head.lower_ == "to"):
        return _author_of(parsed, head)  # "the ruling said", "according to the judgment"
    if not parsed.clusters_of(head.i) and head.tag_ == "NN" and _is_definite(head) and _is_role(head):
        # "the Ohio senator", "the Nordic Rail engineer": a person described by a role and where
        # they serve, not the place or the organisation that modifies the role.
        person = _person_of_the_body(parsed, head) or person_referred_to(parsed, head, head.lower_)
        if person is None and _goes_on(head):
            person = _last_speaker(parsed, head)
        if person is None and _is_epithet(parsed, head, head.lower_):
            person = person_referred_to(parsed, head)
        return person  # a person by a role, never the place or organisation modifying the role
    if _is_role(head) and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
        return None  # "A Hanbit Air spokesperson said": someone unnamed, not the company (annotation)
    own = parsed.clusters_of(head.i) or [
        c for t in head.children if t.dep_ == "compound" for c in parsed.clusters_of(t.i)
    ]
    if own:
        return parsed.cluster_ids[own[0]]
    # An apposition renames the head: "one of these groups, the Syrian Democratic Forces, said".
    renamed = [c for t in head.children if t.dep_ == "appos" for c in parsed.clusters_of(t.i)]
    if renamed:
        return parsed.cluster_ids[renamed[0]]
    if head.lower_ in BRANCH_NOUNS:
        # "The cantonal branch of the Swiss People's Party warned": the body speaks through its part
        bodies = [
            c
            for obj in _of_objects(head)
            for c in parsed.clusters_of(obj.i)
            if parsed.kind(c) == "Organization"
        ]
        if bodies:
            return parsed.cluster_ids[bodies[0]]
    if head.lower_ in GOVERNMENT_NOUNS:
        # "the government of Chile": the state speaks, as with "the Chile government".
        governed = [
            c
            for obj in _of_objects(head)
            for c in parsed.clusters_of(obj.i)
            if parsed.kind(c) in ("Country", "Place", "Organization")  # a place the model took for one
        ]
        if governed:
            return parsed.cluster_ids[governed[0]]
    if others or not _is_definite(head):
        return _person_by_surname(parsed, head) if not others and head.pos_ == "PROPN" else None
    role = _role_key(head)
    if role is not None and (
        head.lower_ in _SPEAKER_ROLES or head.lower_ in OCCUPATIONS or _anyone_introduced_as(parsed, role)
    ):
        person = person_referred_to(parsed, head, role)
        if person is None and _is_epithet(parsed, head, role):
            person = person_referred_to(parsed, head)
        return person
    if role is not None and role.startswith("age:"):
        return person_of_age(parsed, head, role.removeprefix("age:"))
    if role is not None and _is_epithet(parsed, head, role):
        return person_referred_to(parsed, head)
    if _is_common_noun(head):
        return organization_referred_to(parsed, head)
    return None


def _person_who(parsed: Parsed, antecedent) -> str | None:
    """The person a "who" stands for when the parser hung its clause on a body inside the person's
    apposition ("Efosa Osemwegie, a director at the National Commission for Museums, who called
    ..."): "who" is said of people, so the named person the body's phrase describes."""
    if any(parsed.kind(c) == "Person" for c in parsed.clusters_of(antecedent.i)):
        return None  # the parser's antecedent is a person already
    token = antecedent
    while token.dep_ in ("pobj", "prep", "appos") and token.head.i != token.i:
        token = token.head
        people = [c for c in parsed.clusters_of(token.i) if parsed.kind(c) == "Person"]
        if people:
            return parsed.cluster_ids[people[0]]
    return None


def _person_of_the_body(parsed: Parsed, head) -> str | None:
    """The person "the Team Nordlys rider" at ``head`` stands for when the organisation modifying the
    role was named with someone: the latest person, before ``head`` and outside quotes, whose own
    phrase names it ("Haugland, riding for Team Nordlys, ..."; "Karl Jensen, an engineer at Nordic
    Rail"), though another was introduced with the role ("Colombian rider Julián Cárdenas of Team
    Cóndor")."""
    bodies = {
        c
        for t in head.children
        if t.dep_ == "compound"
        for c in parsed.clusters_of(t.i)
        if parsed.kind(c) == "Organization"
    }
    if not bodies:
        return None
    mask = quoted(parsed)
    here = parsed.sentence_at(head.idx)
    for sent in _sentences_back(parsed, here, _MAX_BACK_ROLE):
        people = [
            m
            for m in parsed.mentions_in(sent)
            if m.start < head.idx and parsed.kind(m.cluster) == "Person" and not mask.inside(m.start)
        ]
        for m in reversed(people):
            if any(c in bodies for t in _introduction(parsed.doc[m.root]) for c in parsed.clusters_of(t.i)):
                return parsed.cluster_ids[m.cluster]
    return None


def _introduction(token) -> list:
    """The words that introduce the person whose name's head is ``token``: its phrase, and for a
    subject what is set off between it and its verb ("Haugland, riding for Team Nordlys, finished",
    which the parser may hang on the verb)."""
    words = list(token.subtree)
    if is_subject(token) and token.i < token.head.i:
        verb = token.head
        words += [
            t
            for c in verb.children
            if token.i < c.i < verb.i and c.dep_ in ("advcl", "prep")
            for t in c.subtree
        ]
    return words


def _names_a_person(parsed: Parsed, token) -> bool:
    return any(parsed.kind(c) == "Person" for c in parsed.clusters_of(token.i))


def _named_apart(parsed: Parsed, name, other) -> bool:
    """Whether ``name`` and ``other``, both proper names, name different actors: an apposition then
    cannot rename the first ("a spokesman for Anna Berg, Karl Jensen": Jensen is the spokesman)."""
    if name.pos_ != "PROPN" or other.pos_ != "PROPN":
        return False
    return not set(parsed.clusters_of(name.i)) & set(parsed.clusters_of(other.i))


def _is_epithet(parsed: Parsed, head, role: str) -> bool:
    """Whether ``head`` is what a report calls the person it is about ("the veteran", "the
    Portuguese"), said of no one it was introduced with: the subject of a verb of saying, a word of
    :data:`~graph.extract.constants.EPITHET_NOUNS` or a demonym, and not a role someone was given
    (then only they are meant)."""
    demonym = head.text[:1].isupper() and gazetteer().demonym(head.text)
    if not (head.lower_ in EPITHET_NOUNS or demonym or _described_person(head)):
        return False
    if head.dep_ not in SUBJECT_DEPS:
        return False
    # Only someone named with that word before it is meant by it ("former Slovak player Zuzana
    # Hrnčiarová" named later does not make "the Japanese player" hers).
    profiles = person_profiles(parsed)
    return not any(
        m.start < head.idx and role in profiles.get(m.cluster, (set(), set()))[0] for m in parsed.mentions
    )


def person_of_age(parsed: Parsed, word, age: str) -> str | None:
    """ "the 54-year-old" at ``word``: the person introduced with that age ("John Wells, 54,"), else,
    when nobody was, the person a description would stand for, unless given another age."""
    role = f"age:{age}"
    person = person_referred_to(parsed, word, role)
    said_before = f"{age}-year-old" in parsed.clean.text[: parsed.doc[word.i].idx - len(age) - 10]
    if person is None and not said_before and not _anyone_introduced_as(parsed, role):
        # (not "A 23-year-old man was arrested. ... the 23-year-old said": the man, unnamed); the
        # person who spoke last goes on speaking ("Fonua said ... He thanked the forum, chaired by
        # Leota Fa'amausili. \"...,\" the 61-year-old said": Fonua), else the person just named
        nearest = _recent_speaker(parsed, word) or person_referred_to(parsed, word)
        person = _person_of_no_other_age(parsed, nearest, role)
    return person


def _recent_speaker(parsed: Parsed, word, reach: int = 3) -> str | None:
    """The person last named as the subject of a verb of saying outside quotes, in ``word``'s
    sentence or the ``reach`` before it."""
    here = parsed.sentence_at(word.idx)
    for sent in range(here, max(-1, here - reach - 1), -1):
        speaker = _speaker_named_in(parsed, sent, word)
        if speaker is not None:
            return speaker
    return None


def _speaker_named_in(parsed: Parsed, sent: int, word) -> str | None:
    """The last person sentence ``sent`` names, before ``word`` and outside quotes, as the subject of
    a verb of saying (their name or an apposition to it)."""
    mask = quoted(parsed)
    said = []
    for m in parsed.mentions_in(sent):
        if m.start >= word.idx or parsed.kind(m.cluster) != "Person" or mask.inside(m.start):
            continue
        token = parsed.doc[m.root]
        token = token.head if token.dep_ == "appos" else token
        if token.dep_ in SUBJECT_DEPS and is_speech_verb(token.head):
            said.append(m.cluster)
    return parsed.cluster_ids[said[-1]] if said else None


def _person_of_no_other_age(parsed: Parsed, person: str | None, role: str) -> str | None:
    if person is None or not role.startswith("age:"):
        return person
    roles = person_profiles(parsed).get(parsed.cluster_ids.index(person), (set(), set()))[0]
    return None if any(r.startswith("age:") and r != role for r in roles) else person


def _described_person(head) -> bool:
    """ "the British scientist", "the 31-year-old electrician", "the Ghanaian-born specialist", "the
    paediatrician": a word for a person's work, with what a report says of the person it is about
    (where they are from, their age), or a specialist's word (in "-ist" or "-ian")."""
    if head.tag_ != "NN":
        return False
    word = head.lower_
    if word.endswith(("ist", "ian")) and len(word) > 5:
        return True
    personal = _is_role(head) or word in PERSON_NOUNS or word.endswith(("er", "or"))
    for c in head.children:
        if c.dep_ not in ("amod", "compound", "nmod"):
            continue
        if c.text[:1].isupper() and gazetteer().demonym(c.text.split("-")[0]):
            return personal  # "the British scientist", "the French lawyer"
        if c.lower_ in ("old", "born") or (c.lower_.endswith("-born")):
            return personal  # "the 31-year-old electrician", "the Ghanaian-born specialist"
        if c.lower_ == "former" and c.i == head.i - 1:
            return personal  # "the former judge": what the person the report is about once was
    return False


def _goes_on(subject) -> bool:
    """Whether ``subject`` speaks through a verb that goes on from words said just before ("The
    Wooster professor added", "the minister also said")."""
    verb = subject.head
    return (
        subject.dep_ in SUBJECT_DEPS
        and is_speech_verb(verb)
        and (
            verb.lower_ in CONTINUING_VERBS
            or any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children)
        )
    )


def _opens_a_saying(subject) -> bool:
    """Whether ``subject``, the speaker of words, opens its sentence as their verb's subject ("It
    expressed its 'deepest solidarity'"): a sentence that goes on from the last speaker's."""
    return subject.i == subject.sent.start and subject.dep_ in SUBJECT_DEPS


def _last_speaker(parsed: Parsed, word) -> str | None:
    """The person who spoke last before ``word``, in its sentence or the one before on the same
    line: the subject of a verb of saying ("said study co-author Karen Alley. The Wooster professor
    added, ...": Alley)."""
    here = parsed.sentence_at(word.idx)
    for sent in (here, here - 1):
        if sent < 0 or parsed.is_heading(sent):
            break
        if sent < here and "\n" in parsed.clean.text[parsed.sentences[sent][1] : parsed.sentences[here][0]]:
            break
        speaker = _speaker_named_in(parsed, sent, word)
        if speaker is not None:
            return speaker
    return None


def _person_placed_before(parsed: Parsed, head) -> str | None:
    """ "Tom Berg of the University of California, Los Angeles said": the parser takes the name after
    the comma for the subject (and the model may take "Los Angeles" or "Austin" for a person); when
    what stands before the subject, back to an "of", "from" or "at", is only names (of the
    organisation and its place), commas and articles, the person that word places is who speaks.
    None otherwise, and for a person named in full ("Ana Ruiz of the union, Karl Jensen said")."""
    doc = parsed.doc
    own = parsed.clusters_of(head.i)
    if head.pos_ != "PROPN" or not own:
        return None
    if any(parsed.kind(c) == "Person" and " " in parsed.clusters[c].name for c in own):
        return None
    t0 = parsed.sent_tokens[parsed.sent_of[head.i]][0]
    i, crossed_comma = head.i - 1, False
    while i > t0 and head.i - i <= 15:
        token = doc[i]
        if token.lower_ in ("of", "from", "at") and not (set(parsed.clusters_of(i)) & set(own)):
            people = _people_at(parsed, token.head.i)
            if people and crossed_comma and token.head.i < i:
                return parsed.cluster_ids[people[0]]
            if not parsed.clusters_of(i):
                return None
        elif token.text == ",":
            crossed_comma = True
        elif not (parsed.clusters_of(i) or token.lower_ == "the" or token.pos_ == "PROPN"):
            return None
        i -= 1
    return None


def _is_thing(token) -> bool:
    """A common noun that cannot stand for a speaker: not a role ("the spokesman") nor an
    organisation's generic noun ("the company")."""
    return token.pos_ == "NOUN" and not _is_role(token) and token.lower_ not in ORGANIZATION_NOUNS


def _is_role(token) -> bool:
    return token.lower_ in _SPEAKER_ROLES or token.lower_ in OCCUPATIONS or token.lower_ in HONORIFICS


def _role_key(head) -> str | None:
    """What a definite description says of a person: its noun ("the spokesman", "the witness", "her
    husband"), or an age ("the 45-year-old": ``age:45``). None for a plural or a name's possessive
    ("Day's foundation")."""
    if head.lower_ == "old":
        for year in head.children:
            if year.lower_ == "year":
                number = [c.text for c in year.children if c.dep_ == "nummod" and c.like_num]
                if number:
                    return f"age:{number[0]}"
        return None
    # "her husband" is a role; "Day's foundation" is a thing of Day's, not a description of someone.
    # A demonym in "-ese" is one person as well as many ("the Portuguese wrote").
    invariant = head.tag_ == "NNPS" and head.lower_.endswith("ese") and gazetteer().demonym(head.text)
    if not (_is_common_noun(head) or invariant) or any(
        c.dep_ == "poss" and c.tag_ != "PRP$" for c in head.children
    ):
        return None
    return head.lower_


def _is_common_noun(token) -> bool:
    """A singular noun that can describe someone: a common noun, or a title written with a capital
    ("the Prime Minister", "the Court"; the small model tags a lower-case "bishop" NNP at times).
    Only called where no actor was found, so a name is not taken for a description."""
    return token.tag_ == "NN" or (
        token.tag_ == "NNP"
        and token.text[:1].isalpha()
        # (capitals are a name's letters, "NASA", unless they are a role's: "the CEO", "the MP")
        and (not token.text.isupper() or token.lower_ in _SPEAKER_ROLES)
    )


def _anyone_introduced_as(parsed: Parsed, role: str) -> bool:
    return any(role in roles for roles, _ in person_profiles(parsed).values())


def _person_by_surname(parsed: Parsed, head) -> str | None:
    """A name the article left unresolved because two people bear it ("Mendez" after Tony Mendez and
    Jonna Mendez): the one of them named last before it."""
    here = parsed.sentence_at(head.idx)
    mask = quoted(parsed)
    for sent in range(here, -1, -1):
        for m in reversed(parsed.mentions_in(sent)):
            if m.start >= head.idx or parsed.kind(m.cluster) != "Person" or mask.inside(m.start):
                continue
            words = parsed.clusters[m.cluster].name.split()
            if len(words) > 1 and words[-1] == head.text:
                return parsed.cluster_ids[m.cluster]
    return None


def _is_definite(head) -> bool:
    """ "the spokesman", "this court", "Day's foundation"."""
    return any((c.dep_ == "det" and c.lower_ in ("the", "this")) or c.dep_ == "poss" for c in head.children)


_MAX_BACK = 4  # sentences a pronoun may point back over


def _sentences_back(parsed: Parsed, here: int, reach: int) -> list[int]:
    """Sentence ``here`` and the ``reach`` sentences before it, nearest first. A sentence wholly inside
    quotation marks is passed over without counting: a speaker's own five sentences of quote do not
    put the speaker out of a later "he said"'s reach."""
    mask = quoted(parsed)
    text = parsed.clean.text
    found, left = [], reach
    for sent in range(here, -1, -1):
        found.append(sent)
        start, end = parsed.sentences[sent]
        words_outside = any(text[i].isalnum() and not mask.inside(i) for i in range(start, end))
        if sent != here and words_outside:
            left -= 1
            if left == 0:
                break
    return found


# A role noun ("the minister") names the one person introduced with that role, so it may point back
# further: an article goes on about a minister's plan for a paragraph before quoting "the minister".
_MAX_BACK_ROLE = 12
_MAX_BACK_ORGANIZATION = 12  # an article about a company calls it "the company" for a while


def _noun_after_comma(doc, i: int) -> list:
    """The noun of a description written after a name and a comma, past a bracketed short form
    ("Inspectorate of Strategic Products (ISP), the government agency that ..."), however the
    parser hung it: its head noun, the last noun before a function word, within five words."""
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        i += 3
    if not (i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ in ("the", "a", "an")):
        return []
    nouns = []
    for t in doc[i + 2 : i + 7]:
        if t.pos_ not in ("NOUN", "ADJ"):
            break
        nouns.append(t)
    # (not a clause's subject: "In a statement to Wikinews, the agency said")
    return [t for t in nouns[-1:] if t.pos_ == "NOUN" and t.dep_ not in SUBJECT_DEPS]


def _organization_nouns(parsed: Parsed) -> dict[int, set[str]]:
    """For each organisation, the common nouns it is introduced with: "Sweden's Inspectorate of
    Strategic Products, the government agency that ..." and "the agency Frontex" are "the agency"."""
    cached = parsed.cache.get("organization_nouns")
    if cached is not None:
        return cached
    nouns: dict[int, set[str]] = {}
    for m in parsed.mentions:
        if parsed.kind(m.cluster) != "Organization":
            continue
        head = parsed.doc[m.root]
        described = [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ == "appos":
            described.append(head.head)
        described += _noun_after_comma(parsed.doc, m.end_token(parsed.doc))
        nouns.setdefault(m.cluster, set()).update(
            t.lower_ for t in described if t.pos_ == "NOUN" and t.tag_ == "NN" and not parsed.clusters_of(t.i)
        )
    parsed.cache["organization_nouns"] = nouns
    return nouns


def organization_referred_to(parsed: Parsed, word, heads: frozenset[str] | None = None) -> str | None:
    """The organisation "the company" or "the court" at ``word`` stands for: the nearest one named
    before it, outside quotes, whose name holds that noun ("the court" -> "Supreme Court"; with a
    possessive, the possessor's name too: "Day's foundation" -> "Doris Day Animal Foundation"), or
    any organisation for a generic noun ("the company", "the firm"); for "it", the nearest one. With
    ``heads``, the nearest one whose name holds one of them, whatever the word ("the ruling" -> the
    nearest court).

    >>> from graph.model import Article
    >>> from graph.extract.pipeline import extract
    >>> text = ('The Supreme Court heard Nordic Rail. "The appeal is dismissed," the court said.')
    >>> [s.speaker for s in extract(Article.from_fields("T", text)).statements if s.kind == "direct"]
    ['organization:supreme-court']
    """
    mask = quoted(parsed)
    if word.lower_ == "it":
        if _goes_on(word) or _opens_a_saying(word):
            said = _organization_said_before(parsed, word)
            if said is not None:
                return said  # '"...," the commission said. It added that ...': the commission
        return _organization_before(parsed, word)
    noun = word.lower_  # singular (tag NN): the pipeline runs no lemmatizer
    if heads is None and noun in BENCH_NOUNS:
        heads = COURT_HEADS  # "the bench said in its judgment": the court that sat
    owner = [c for c in word.children if c.dep_ == "poss"]
    owner_words = {t.lower_ for o in owner for t in o.subtree if t.pos_ == "PROPN"}
    if owner and not owner_words:
        if noun in VOICE_OF_ORGANIZATION_NOUNS and owner[0].lower_ in ORGANIZATION_NOUNS:
            # "the company's board said": the board speaks for the company
            return organization_referred_to(parsed, owner[0])
        return None  # "its parent company", "their group": not this organisation
    here = parsed.sentence_at(word.idx)
    # An organisation whose name holds the noun first ("the bank" is Gyeongnam Maritime Bank, though
    # a festival's foundation was named since), then, for a generic noun, any organisation.
    for named_only in (True, False):
        # An organisation only named as what something is ("The only court above it is the Supreme
        # Court") is no one the report goes on about: taken when no other fits within reach.
        predicates: list = []
        for sent in range(here, max(-1, here - _MAX_BACK_ORGANIZATION - 1), -1):
            if (
                not named_only
                and sent < here
                and heads is None
                and not owner_words
                and noun in ORGANIZATION_NOUNS
            ):
                # "The company appointed X as administrators. ... the company said": the same noun
                # as a sentence's subject in between goes on for the same organisation
                same = _same_noun_subject(parsed, sent, word)
                if same is not None:
                    return organization_referred_to(parsed, same)
            found = _organizations_fitting(parsed, sent, word, heads, named_only, owner_words, predicates)
            if found and heads is not None:
                return parsed.cluster_ids[found[0].cluster]  # "the ruling": the nearest court
            if found:
                # Of the sentence's organisations that fit, the one it is about: "Alpenblick Reisen,
                # which is owned by Danube Travel Group, said ...": "the company" is Alpenblick Reisen.
                subjects = [m for m in found if is_subject(parsed.doc[m.root])]
                if not subjects and not named_only and heads is None and sent - 1 >= here - 1:
                    # "Godavari Cements said it would go to the Tribunal. In a filing with the
                    # exchange, the company said": a generic noun goes on with the organisation the
                    # sentence before was about, not one named in passing since
                    before = _organizations_fitting(parsed, sent - 1, word, None, False, owner_words, [])
                    about = [m for m in before if _subject_depth(parsed.doc[m.root]) <= 1]
                    if about:
                        return parsed.cluster_ids[about[0].cluster]
                bodies = [m for m in (subjects or found) if not _medium(parsed, m)]
                if bodies:
                    return parsed.cluster_ids[bodies[0].cluster]
        if predicates:
            return parsed.cluster_ids[predicates[0].cluster]
        if heads is not None:
            break
    if heads is None and not owner_words:
        # Further back, only the one organisation named before whose name holds the noun: "the
        # diocese" twenty sentences after "the Diocese of Manchester", the article's only diocese.
        named = {
            m.cluster
            for m in parsed.mentions
            if m.start < word.idx
            and parsed.kind(m.cluster) == "Organization"
            and not mask.inside(m.start)
            and noun in {w.lower() for w in parsed.clusters[m.cluster].name.split()}
        }
        if len(named) == 1:
            return parsed.cluster_ids[named.pop()]
    return None


def _organizations_fitting(
    parsed: Parsed, sent: int, word, heads, named_only: bool, owner_words: set[str], predicates: list
) -> list:
    """The organisations' mentions in sentence ``sent`` (before ``word``, outside quotes, nearest
    first) that the description ``word`` fits (see :func:`organization_referred_to`); with
    ``heads``, those whose name holds one of them. Those only named as what something is go to
    ``predicates`` instead."""
    mask = quoted(parsed)
    noun = word.lower_
    # the noun it was just introduced with ("ISP, the government agency that ... . In a statement
    # to Wikinews, the agency said"), as a word of its name, only that close
    introduced = sent >= parsed.sentence_at(word.idx) - 1
    fits = []
    for m in reversed(parsed.mentions_in(sent)):
        if m.start >= word.idx or parsed.kind(m.cluster) != "Organization" or mask.inside(m.start):
            continue
        name_words = {w.lower() for w in parsed.clusters[m.cluster].name.split()}
        if parsed.doc[m.root].dep_ == "attr" and heads is None:
            if noun in name_words and not owner_words - name_words:
                predicates.append(m)
            continue
        if owner_words - name_words:
            continue
        if heads is not None:
            if heads & name_words:
                fits.append(m)
        elif (
            noun in _name_heads(parsed.clusters[m.cluster].name)
            or (noun in ("club", "team", "side") and _club_name(parsed.clusters[m.cluster].name))
            or (introduced and noun in _organization_nouns(parsed).get(m.cluster, ()))
            or (not named_only and noun in ORGANIZATION_NOUNS and not owner_words)
        ):
            fits.append(m)
    return fits


def _club_name(name: str) -> bool:
    """A sports club's name by its letters or words ("CD Montecillo", "Liffey Wanderers FC",
    "Dunmarnock Thistle"), which "the club" stands for though the word is not in it."""
    words = name.split()
    return len(words) > 1 and (
        words[0] in CLUB_PREFIXES | CLUB_WORDS or words[-1] in CLUB_SUFFIXES | CLUB_CLOSING_WORDS
    )


def _medium(parsed: Parsed, mention) -> bool:
    """The organisation is named only as where something was posted or aired ("In a statement
    posted on Twitter, the club said"): a medium, not the body a generic noun goes on about."""
    root = parsed.doc[mention.root]
    return root.dep_ == "pobj" and root.head.lower_ in ("on", "via")


def _name_heads(name: str) -> set[str]:
    """The words a body's name is named by, lower case: its last word and the word before its first
    "of" or "for" ("Supreme Court of Justice": court, justice); not a word that only qualifies
    another ("National Company Law Appellate Tribunal" is no company).

    >>> sorted(_name_heads("Supreme Court of Justice")), sorted(_name_heads("Company Law Tribunal"))
    (['court', 'justice'], ['tribunal'])
    """
    words = [w.lower() for w in name.split()]
    heads = {words[-1]} if words else set()
    linked = next((i for i, w in enumerate(words) if w in ("of", "for")), None)
    if linked:
        heads.add(words[linked - 1])
    return heads


def _same_noun_subject(parsed: Parsed, sent: int, word):
    """The "the <noun>" that is sentence ``sent``'s main subject, outside quotes and names, when the
    noun is ``word``'s ("The company appointed ..." for a later "the company"); else None."""
    mask = quoted(parsed)
    for subject in _main_subjects(parsed, sent):
        if (
            subject.lower_ == word.lower_
            and subject.i < word.i
            and outside(subject, mask)
            and not parsed.clusters_of(subject.i)
            and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
            and not any(c.dep_ == "poss" for c in subject.children)
        ):
            return subject
    return None


def _organization_they(parsed: Parsed, word) -> str | None:
    """The organisation a "they" that says something stands for: the organisation that is itself
    the subject of the sentence before's main clause ("The commission criticised the move. They
    released a statement ..."); None when that subject is anything else (people, "officers from
    X", a list)."""
    here = parsed.sentence_at(word.idx)
    if here == 0 or parsed.is_heading(here - 1):
        return None
    t0, t1 = parsed.sent_tokens[here - 1]
    for token in parsed.doc[t0:t1]:
        if token.dep_ == "ROOT":
            subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
            if len(subjects) != 1 or any(c.dep_ == "conj" for c in subjects[0].children):
                return None
            own = [c for c in parsed.clusters_of(subjects[0].i) if parsed.kind(c) == "Organization"]
            return parsed.cluster_ids[own[0]] if own else None
    return None


def _organization_said_before(parsed: Parsed, word) -> str | None:
    """The organisation that last spoke, in ``word``'s sentence or the one before: the subject of a
    verb of saying, outside quotes, named or described ("the commission said"); else None."""
    mask = quoted(parsed)
    here = parsed.sentence_at(word.idx)
    for sent in (here, here - 1):
        if sent < 0:
            break
        start, end = parsed.sentences[sent]
        speakers = [
            t
            for t in parsed.doc.char_span(start, end, alignment_mode="expand") or []
            if t.i < word.i and t.dep_ in SUBJECT_DEPS and is_speech_verb(t.head) and outside(t, mask)
        ]
        for subject in reversed(speakers):
            actor = actor_of_phrase(parsed, subject)
            if actor is not None and actor.startswith("organization:"):
                return actor
    return None


def _organization_before(parsed: Parsed, word) -> str | None:
    """The organisation an "it" that says something stands for: in the nearest sentence before it
    that names one outside quotes, the one that is a subject, else the last named."""
    mask = quoted(parsed)
    here = parsed.sentence_at(word.idx)
    for sent in range(here, max(-1, here - _MAX_BACK - 1), -1):
        named = [
            m
            for m in parsed.mentions_in(sent)
            if m.start < word.idx and parsed.kind(m.cluster) == "Organization" and not mask.inside(m.start)
        ]
        if named:
            subjects = [m for m in named if is_subject(parsed.doc[m.root])]
            if subjects:  # the main clause's subject, not one of a clause it reports ("found that X had")
                depth = min(_depth(parsed.doc[m.root]) for m in subjects)
                subjects = [m for m in subjects if _depth(parsed.doc[m.root]) == depth]
            return parsed.cluster_ids[(subjects or named)[-1].cluster]
    return None


def person_referred_to(parsed: Parsed, word, role: str | None = None) -> str | None:
    """The person a "he"/"she" or "the spokesman" at ``word`` stands for: the nearest sentence (this
    one first) naming a person outside quotes who fits it (a description: introduced with that
    ``role``; a pronoun: not known by the other gender's pronouns or titles); in it, a subject wins
    over the last person named.

    >>> from graph.model import Article
    >>> from graph.extract.pipeline import extract
    >>> text = ('On Monday, Mayor Ana Ruiz said she would see the council. Later she met Tom Berg. '
    ...         '"It went well," the mayor said. Berg agreed. "We will meet again," she added.')
    >>> [s.speaker for s in extract(Article.from_fields("T", text)).statements if s.kind == "direct"]
    ['person:ana-ruiz', 'person:ana-ruiz']
    """
    mask = quoted(parsed)
    profiles = person_profiles(parsed)
    here = parsed.sentence_at(word.idx)
    gender = PRONOUN_GENDER.get(word.lower_)
    # A pronoun goes to a person known by it when there is one within reach, else to anyone whose
    # gender is not known otherwise.
    # Three passes for a pronoun: people known by it; people not known otherwise whose given name is
    # not borne almost only by the other sex; then anyone not known otherwise.
    passes = ((True, True), (False, True), (False, False)) if gender is not None else ((False, False),)
    for known_only, by_name in passes:
        reach = _MAX_BACK if role is None else _MAX_BACK_ROLE
        named_nearer = False
        for sent in _sentences_back(parsed, here, reach):
            if not named_nearer and _unnamed_person_is_about(parsed, sent, word, role):
                # "Another, a student, said ... \"...,\" he said": the unnamed student; "A retired
                # police chief, who asked not to be named, said ... \"...,\" the officer said"
                return None
            if gender is not None and sent < here and not named_nearer:
                # "Solís conceded. In a speech, he congratulated Herrera ... \"...,\" he said": a
                # pronoun goes on from the same pronoun that was the sentence before's subject
                same = _pronoun_subject(parsed, sent, word)
                if same is not None:
                    return person_referred_to(parsed, same)
            named_nearer = named_nearer or any(
                m.start < word.idx and parsed.kind(m.cluster) == "Person" and not mask.inside(m.start)
                for m in parsed.mentions_in(sent)
            )
            fitting = []
            for m in parsed.mentions_in(sent):
                if m.start >= word.idx or parsed.kind(m.cluster) != "Person" or mask.inside(m.start):
                    continue
                roles, genders = profiles.get(m.cluster, (set(), set()))
                if role is not None and not _fits_role(parsed, m, roles, role, word):
                    continue
                if gender is not None and (gender not in genders if known_only or genders else False):
                    continue
                fitting.append(m)
            if gender is not None and not known_only and by_name:
                # Someone the article has not marked whose given name is borne almost only by the
                # other sex is the less likely; a weak sign, so the last pass takes them when nobody
                # else is within reach ("Andrea" is a man's name in Italy).
                other = {"f": "m", "m": "f"}[gender]
                fitting = [m for m in fitting if given_name_sex(parsed.clusters[m.cluster].name) != other]
            found = [(parsed.doc[m.root], m.cluster) for m in fitting]
            if known_only and found:
                # "The head of the institute, John Corcoran, says Mr Hicks could face ... \"...,\" he
                # said": who says the sentence before, whose gender the article never shows,
                # outranks a person his claim is about, whom a title marks
                saying = _unmarked_main_speaker(parsed, sent, word, gender, profiles)
                # (only over people deeper than the verb's own subject, the speaker when named)
                if saying is not None and all(_depth(token) > saying[1] + 1 for token, _ in found):
                    return saying[0]
                # "Shrestha told the Post that ... coach Pettifer ... \"...,\" he said": the main
                # clause's subject, whose gender the article never shows, outranks a person named
                # deeper in it whom a later "he" marks
                open_subject = _unmarked_main_subject(parsed, sent, word, gender, profiles)
                if open_subject is not None and all(
                    _subject_depth(open_subject[0]) < _depth(token) for token, _ in found
                ):
                    return parsed.cluster_ids[open_subject[1]]
            if role is None:
                # A pronoun goes on from a role noun that stood for the person in between ("The
                # minister hit back. \"...,\" she said."), as from the person's name.
                for token, cluster in _described_subjects(parsed, sent, word):
                    genders = profiles.get(cluster, (set(), set()))[1]
                    if gender is None or gender in genders or not (known_only or genders):
                        found.append((token, cluster))
                found.sort(key=lambda pair: pair[0].i)
            if found:
                # The subject of the main clause first ("Sarah Okafor said Lind was ...": Okafor),
                # then the last subject, then the last person named.
                subjects = [pair for pair in found if is_subject(pair[0])]
                if subjects:
                    depth = min(_depth(token) for token, _ in subjects)
                    subjects = [pair for pair in subjects if _depth(pair[0]) == depth]
                return parsed.cluster_ids[(subjects or found)[-1][1]]
            if known_only and sent >= _turn_start(parsed, here, mask) - 1 and _says(word):
                # The same speaker's next turn: "Karl Jensen, a spokesman, confirmed the arrests. He
                # told reporters ..." is Jensen, though nobody has called him "he" yet and a man named
                # further back has been.
                speaker = _speaking_subject(parsed, sent, word, role, profiles)
                if speaker is None and gender is not None:
                    speaker = _sole_subject(parsed, sent, word, gender, profiles)
                if speaker is not None:
                    return speaker
    return None


def _fits_role(parsed: Parsed, mention, roles: set[str], role: str, word) -> bool:
    """Whether a person introduced with ``roles`` (at ``mention``) fits the description ``role``
    ("the spokesman"): introduced so, or a head described by another word for a head ("the union
    chief" for "president of the Nordic Union") whose other words ("union") are in the person's own
    phrase (the name with its appositions)."""
    if role in roles:
        return True
    if role not in HEAD_ROLES or not roles & HEAD_ROLES:
        return False
    words = [c.lower_ for c in word.children if c.dep_ in ("compound", "amod", "nmod") and c.is_alpha]
    # (not the whole sentence, which may name another head: "X defeated Y, the president of the
    # Croatian Handball Federation")
    introduced = parsed.doc[mention.root].subtree
    return all(any(t.lower_ == w for t in introduced) for w in words)


def _unmarked_main_subject(parsed: Parsed, sent: int, word, gender: str | None, profiles) -> tuple | None:
    """The person subject of sentence ``sent``'s main clause (before ``word``, outside quotes) whom no
    pronoun or title marks and whose given name is not the other sex's, with its cluster; or None."""
    if gender is None:
        return None
    mask = quoted(parsed)
    for m in parsed.mentions_in(sent):
        token = parsed.doc[m.root]
        if m.start >= word.idx or parsed.kind(m.cluster) != "Person" or mask.inside(m.start):
            continue
        if (
            not is_subject(token)
            or _subject_depth(token) > 1
            or not _unmarked(parsed, m.cluster, gender, profiles)
        ):
            continue
        return token, m.cluster
    return None


def _unmarked_main_speaker(
    parsed: Parsed, sent: int, word, gender: str | None, profiles
) -> tuple[str, int] | None:
    """Who speaks through the main verb of sentence ``sent`` (a verb of saying, before ``word``,
    outside quotes), however the parser hung their name on its subject ("The head of the institute,
    John Corcoran, says ..."), with the verb's depth: a person no pronoun or title marks and whose
    given name is not the other sex's; else None."""
    if gender is None:
        return None
    mask = quoted(parsed)
    t0, t1 = parsed.sent_tokens[sent]
    verbs = [t for t in parsed.doc[t0:t1] if t.dep_ == "ROOT" and t.i < word.i and is_speech_verb(t)]
    if not verbs or mask.inside(verbs[0].idx):
        return None
    speaker = subject_actor(parsed, verbs[0])
    if speaker is None or speaker not in parsed.cluster_ids:
        return None
    cluster = parsed.cluster_ids.index(speaker)
    if parsed.kind(cluster) != "Person" or not _unmarked(parsed, cluster, gender, profiles):
        return None
    return speaker, _depth(verbs[0])


def _unmarked(parsed: Parsed, cluster: int, gender: str, profiles) -> bool:
    """Whether a pronoun of ``gender`` may stand for the person ``cluster``: no pronoun or title in the
    article marks them (:func:`person_profiles`), and their given name is not borne almost only by the
    other sex."""
    other = {"f": "m", "m": "f"}[gender]
    genders = profiles.get(cluster, (set(), set()))[1]
    return not genders and given_name_sex(parsed.clusters[cluster].name) != other


def _unnamed_person_is_about(parsed: Parsed, sent: int, word, role: str | None = None) -> bool:
    """Whether sentence ``sent`` (before ``word``) is about someone it leaves unnamed: its main
    subject is "another", "one", or an indefinite person ("a student from Odense", "one resident"),
    and no named person is a subject there. A pronoun after it goes to that person, not to someone
    named earlier; so does a description (``role``) that the unnamed person's phrase holds or that
    fits anyone in office ("the officer", "the official")."""
    # (a subject inside quotes is someone the quote speaks of: "\"A recalled ambassador comes back,\"
    # she wrote" is hers)
    mask = quoted(parsed)
    subjects = [c for c in _main_subjects(parsed, sent) if c.i < word.i and outside(c, mask)]
    if not subjects:
        # '"He is resting, but the doctors said ...," a staff member told AFP': the parser may root
        # the sentence in the quote; the attribution's verb, outside it, has the sentence's subject
        t0, t1 = parsed.sent_tokens[sent]
        subjects = [
            c
            for verb in parsed.doc[t0:t1]
            if outside(verb, mask) and is_speech_verb(verb)
            for c in verb.children
            if c.dep_ in SUBJECT_DEPS and c.i < word.i and outside(c, mask)
        ]
    if len(subjects) != 1 or parsed.clusters_of(subjects[0].i):
        return False
    subject = subjects[0]
    if role is not None and role not in ANYONE_IN_OFFICE and role not in {t.lower_ for t in subject.subtree}:
        return False
    heads = [subject, *[c for c in subject.children if c.dep_ == "appos"]]
    if any(parsed.kind(c) == "Person" for t in subject.subtree for c in parsed.clusters_of(t.i)):
        return False  # "One of the rescued men, 29-year-old Peter Zulu, told reporters": named after all

    def unnamed_person(token) -> bool:
        if token.lower_ in ("another", "one") and token.pos_ in ("PRON", "NUM", "DET"):
            return True
        indefinite = any(c.dep_ in ("det", "nummod") and c.lower_ in INDEFINITE_WORDS for c in token.children)
        if indefinite and token.tag_ == "NNP":
            # "A retired Director General of Police": a title, capitalised, that names no one
            return token.lower_ in PERSON_ROLES and not parsed.clusters_of(token.i)
        return indefinite and token.tag_ == "NN" and (_is_role(token) or token.lower_ in PERSON_NOUNS)

    if not any(unnamed_person(t) for t in heads):
        return False
    named_subjects = [
        m
        for m in parsed.mentions_in(sent)
        if parsed.kind(m.cluster) == "Person" and is_subject(parsed.doc[m.root])
    ]
    return not named_subjects


def _pronoun_subject(parsed: Parsed, sent: int, word):
    """The main clause subject of sentence ``sent`` when it is the pronoun ``word`` is (same gender:
    "he" ... "he"), outside quotes; else None."""
    mask = quoted(parsed)
    gender = PRONOUN_GENDER.get(word.lower_)
    for c in _main_subjects(parsed, sent):
        if outside(c, mask) and PRONOUN_GENDER.get(c.lower_) == gender:
            return c
    return None


def _main_subjects(parsed: Parsed, sent: int) -> list:
    """The subjects of sentence ``sent``'s main clause (its root's)."""
    t0, t1 = parsed.sent_tokens[sent]
    root = next((t for t in parsed.doc[t0:t1] if t.dep_ == "ROOT"), None)
    return [c for c in root.children if c.dep_ in SUBJECT_DEPS] if root is not None else []


def _described_subjects(parsed: Parsed, sent: int, word) -> list[tuple[object, int]]:
    """The subjects in sentence ``sent`` before ``word`` that are a definite role noun standing for a
    person named before ("The minister hit back."), each with that person's cluster."""
    mask = quoted(parsed)
    t0, t1 = parsed.sent_tokens[sent]
    found = []
    for token in parsed.doc[t0 : min(t1, word.i)]:
        if token.dep_ not in SUBJECT_DEPS or token.tag_ != "NN" or not outside(token, mask):
            continue
        if parsed.clusters_of(token.i) or not _is_definite(token) or not _is_role(token):
            continue
        if any(t.dep_ == "ccomp" and is_speech_verb(t.head) for t in token.ancestors):
            continue  # "X said the players had let their coach down": the coach is spoken of
        named = [c for a in token.children if a.dep_ == "appos" for c in _people_at(parsed, a.i)]
        if named:
            # "said its spokeswoman, Carmen Olmedo": the role is hers, named here, no one before
            found.append((token, named[0]))
            continue
        person = _person_of_the_body(parsed, token) or person_referred_to(parsed, token, token.lower_)
        if person is not None:
            found.append((token, parsed.cluster_ids.index(person)))
    return found


def _says(word) -> bool:
    """Whether ``word`` is the subject of a verb of saying ("he told the BBC", "she added")."""
    return word.dep_ in SUBJECT_DEPS and is_speech_verb(word.head)


def _turn_start(parsed: Parsed, here: int, mask: Quoted) -> int:
    """The first sentence of the quote that sentence ``here`` ends ("\"A. B,\" he said": A's), so
    that the sentence before a quote of several sentences is the one before its first."""
    start = here
    while start > 0 and not parsed.is_heading(start - 1):
        t0, t1 = parsed.sent_tokens[start - 1]
        words = [t for t in parsed.doc[t0:t1] if not (t.is_punct or t.is_space)]
        if not words or not all(mask.inside(t.idx) for t in words):
            break
        start -= 1
    return start


def _speaking_subject(parsed: Parsed, sent: int, word, role, profiles) -> str | None:
    """The person who speaks in sentence ``sent`` before ``word``: the subject of a verb of saying
    something there whose gender nothing has shown yet (one known by the pronoun's gender has been
    found before this is asked) and, for a role noun, introduced with it."""
    mask = quoted(parsed)
    for m in parsed.mentions_in(sent):
        if m.start >= word.idx or parsed.kind(m.cluster) != "Person" or mask.inside(m.start):
            continue
        roles, genders = profiles.get(m.cluster, (set(), set()))
        if genders or (role is not None and role not in roles):
            continue
        head = parsed.doc[m.root]
        if head.dep_ == "appos":
            head = head.head
        verb = head.head
        # Saying something ("confirmed that two men were held", "confirmed the arrests"), not only
        # reacting ("Berg agreed."): a turn of speech the pronoun's goes on from.
        said = any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children)
        if head.dep_ in SUBJECT_DEPS and is_speech_verb(verb) and said and verb.i != word.head.i:
            return parsed.cluster_ids[m.cluster]
    return None


def _sole_subject(parsed: Parsed, sent: int, word, gender: str, profiles) -> str | None:
    """The one person sentence ``sent`` names before ``word`` as its main subject, outside quotes, when
    nothing has shown them to be of the other sex ("Tesfamariam, 22, rides for Kestrel
    Racing. \"...,\" he said."): news gives a quote to whom the sentence before was about, before
    someone further back the article has called "he"."""
    mask = quoted(parsed)
    named = [
        m
        for m in parsed.mentions_in(sent)
        if m.start < word.idx and parsed.kind(m.cluster) == "Person" and not mask.inside(m.start)
    ]
    subjects = {t.i for t in _main_subjects(parsed, sent)}
    # (others named deeper in the sentence do not count: "Kovalenko, 22, had beaten third seed Hannah
    # Lindgren in the semi-finals. \"...,\" she said.")
    talked_of = {m.cluster for m in named if m.root in subjects}
    if len(talked_of) != 1:
        return None
    cluster = next(iter(talked_of))
    return parsed.cluster_ids[cluster] if _unmarked(parsed, cluster, gender, profiles) else None


def _depth(token) -> int:
    """How many heads up the sentence's root is from ``token``."""
    depth = 0
    while token.head.i != token.i and depth < 50:
        token, depth = token.head, depth + 1
    return depth


def _subject_depth(token) -> int:
    """How deep the subject a name stands for is: a name in apposition to the subject, or to one of
    its appositions ("Heliaq sports director Koen Verbeke called ...", read as "Heliaq, director,
    Verbeke"), is as deep as the subject."""
    return _depth(_phrase_top(token))


def _phrase_top(token):
    """The top of the noun phrase a name stands in: "Her rival, Tom Wu" -> "rival"."""
    while token.dep_ == "appos" and token.head.i != token.i:
        token = token.head
    return token


def _only_places_in(parsed: Parsed, token) -> bool:
    """Whether the actors named in ``token``'s phrase are all places or countries."""
    kinds = {parsed.kind(c) for t in token.subtree for c in parsed.clusters_of(t.i)}
    return bool(kinds) and kinds <= {"Place", "Country"}


def _after_hyphen(token) -> bool:
    """Whether ``token`` is written right after a hyphen ("Stockholm-based")."""
    i = token.i
    return i >= 2 and token.doc[i - 1].text == "-" and not token.doc[i - 2].whitespace_


def _names_another_person(parsed: Parsed, mention, token) -> bool:
    """Whether ``token`` names a person other than the one ``mention`` names."""
    return any(parsed.kind(c) == "Person" and c != mention.cluster for c in parsed.clusters_of(token.i))


def _another_person_by(parsed: Parsed, mention, appos) -> bool:
    """Whether the apposition ``appos`` to ``mention`` is not about that person: it names someone else,
    or another person is named between the two."""
    if _names_another_person(parsed, mention, appos):
        return True
    return any(_names_another_person(parsed, mention, t) for t in parsed.doc[mention.root + 1 : appos.i])


def person_profiles(parsed: Parsed) -> dict[int, tuple[set[str], set[str]]]:
    """For each person: the role words it is introduced with ("spokesman John Smith", "John Smith,
    the mayor", "the mayor, John Smith", "John Smith is the mayor") and the genders its titles and
    pronouns show (gendered titles; a "he" or "she" outside quotes while that person is the only one
    named lately, and not inside that person's own phrase: "her" in "Her rival, Tom Wu" is someone
    else)."""
    cached = parsed.cache.get("person_profiles")
    if cached is not None:
        return cached
    doc = parsed.doc
    mask = quoted(parsed)
    profiles: dict[int, tuple[set[str], set[str]]] = {}
    own_phrase: dict[int, set[int]] = {}  # cluster -> tokens of the phrases that name it
    for m in parsed.mentions:
        if parsed.kind(m.cluster) != "Person":
            continue
        roles, genders = profiles.setdefault(m.cluster, (set(), set()))
        head = doc[m.root]
        near = list(doc[head.left_edge.i : m.start_token(doc)])
        # A list the parser reads as appositions ("signed by Tomáš Navrátil, leader of X, Lenka Horáková
        # of Y and Radek Šimek, chairman of Z") joins other people, not descriptions of this one; a role
        # after another person named on the way is that person's.
        near += [c for c in head.children if c.dep_ == "appos" and not _another_person_by(parsed, m, c)]
        renames_other = head.dep_ == "appos" and _names_another_person(parsed, m, head.head)
        renamed = head.head if head.dep_ == "appos" and not renames_other else None
        # "the humanitarian coordinator for Yemen, Ingrid Halvorsen": the parser hangs the name on the
        # place the role is held for; the role is what it renames
        if (
            renamed is not None
            and renamed.dep_ == "pobj"
            and renamed.head.lower_ in ("of", "for")
            and renamed.head.head.pos_ == "NOUN"
            and parsed.clusters_of(renamed.i)
        ):
            renamed = renamed.head.head
        if renamed is not None:
            near.append(renamed)
        if head.dep_ in SUBJECT_DEPS and head.head.lower_ in COPULAS:  # "Lena Fischer is a spokeswoman"
            near += [c for c in head.head.children if c.dep_ == "attr"]
        if head.dep_ in SUBJECT_DEPS:
            near += _roles_taken(head.head)  # "Lena Fischer was elected mayor", "resigned as minister"
        # Any noun the person is introduced with names a role ("Karl Jensen, a witness", "the
        # bishop, Karl Jensen"), and so does an age ("Karl Jensen, 45,").
        start, heading = m.start_token(doc), renamed.i if renamed is not None else -1
        described = [t for t in near if t.dep_ in ("appos", "attr") or t.i in (start - 1, heading)]
        for t in described:
            if _is_common_noun(t) and t.lower_ not in ORGANIZATION_NOUNS and t.i != head.i:
                roles.add(t.lower_)
            if t.dep_ == "appos" and t.like_num:
                roles.add(f"age:{t.text}")
        # A title the name itself begins with ("Pope Francis", "King Harald"): "the Pope" is them.
        first_word = m.text.split()[0].lower() if len(m.text.split()) > 1 else ""
        if first_word in _SPEAKER_ROLES or first_word in HONORIFICS:
            roles.add(first_word)
        for t in near:
            if t.lower_ in _SPEAKER_ROLES or t.lower_ in OCCUPATIONS:
                roles.add(t.lower_)
            if t.i < start and t.text[:1].isupper() and gazetteer().demonym(t.text):
                # "Kenyan runner Brigid Kosgei": "the Kenyan" is then her, as a role noun would be
                roles.add(t.lower_)
            if t.lower_ in MALE_WORDS:
                genders.add("m")
            elif t.lower_ in FEMALE_WORDS:
                genders.add("f")
        if head.dep_ == "appos":
            # "the team's Serbian coach, Dejan Vukašinović": so is a demonym on the noun he renames
            for t in head.head.lefts:
                if t.dep_ in ("amod", "compound") and t.text[:1].isupper() and gazetteer().demonym(t.text):
                    roles.add(t.lower_)
        top = _phrase_top(head)
        own_phrase.setdefault(m.cluster, set()).update(range(top.left_edge.i, top.right_edge.i + 1))
    # A title names its holder's kind of post too: "Mrs Justice Harriet Coleridge" is "the judge".
    for roles, _ in profiles.values():
        roles.update(ROLE_CLASSES[r] for r in list(roles) if r in ROLE_CLASSES)
    # "Ingrid Solberg, Norway's foreign minister, and her Ghanaian counterpart Kwame Mensah": a
    # counterpart holds the same office as the person named before them in the sentence.
    for m in parsed.mentions:
        if parsed.kind(m.cluster) != "Person" or m.cluster not in profiles:
            continue
        head = doc[m.root]
        near = list(doc[head.left_edge.i : m.start_token(doc)]) + (
            [head.head] if head.dep_ == "appos" else []
        )
        if not any(t.lower_ in ("counterpart", "counterparts") for t in near):
            continue
        for other in parsed.mentions_in(parsed.sent_of[m.root]):
            if (
                other.start < m.start
                and other.cluster != m.cluster
                and parsed.kind(other.cluster) == "Person"
            ):
                profiles[m.cluster][0].update(profiles.get(other.cluster, (set(), set()))[0])
    # A pronoun in a sentence about one named person (its subject), or in the next one naming nobody, is that
    # person's; not a pronoun that says something (those are what this is for: "she added").
    previous: set[int] = set()
    for sent, (t0, t1) in enumerate(parsed.sent_tokens):
        named = [m for m in parsed.mentions_in(sent) if parsed.kind(m.cluster) == "Person"]
        people = {m.cluster for m in named}
        if len(people) == 1 and not any(is_subject(doc[m.root]) for m in named):
            people = {-1}  # one person, but not the one the sentence is about ("she met Tom Berg")
        only = people if len(people) == 1 else previous if not people and len(previous) == 1 else set()
        person = next(iter(only)) if only else -1
        # (not the other sex's pronoun for a given name borne almost only by one: "Ingrid Solberg
        # said the doctor had checked him" speaks of a rider)
        sex = given_name_sex(parsed.clusters[person].name) if person != -1 else None
        for t in doc[t0:t1] if person != -1 else []:
            if t.lower_ not in PRONOUN_GENDER or mask.inside(t.idx) or t.i in own_phrase[person]:
                continue
            if t.dep_ in SUBJECT_DEPS and t.head.lower_ in SPEECH_VERBS:
                continue
            if sex is not None and PRONOUN_GENDER[t.lower_] != sex:
                continue
            profiles[person][1].add(PRONOUN_GENDER[t.lower_])
        previous = people
    parsed.cache["person_profiles"] = profiles
    return profiles


def _roles_taken(verb) -> list:
    """The role nouns a verb gives its subject: "was elected mayor", "became mayor", "resigned as
    minister", "was sworn in as governor" (a role held, left or taken up: "the mayor" is then them)."""
    found = [c for c in verb.children if c.dep_ in ("oprd", "attr") and c.pos_ == "NOUN"]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
        found += [o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    return [t for t in found if t.lower_ in _SPEAKER_ROLES or t.lower_ in OCCUPATIONS]


def is_subject(token) -> bool:
    if token.dep_ in SUBJECT_DEPS:
        return True
    if token.dep_ == "appos" and _phrase_top(token).dep_ in SUBJECT_DEPS:
        return True  # "Nordvik-Heliaq sports director Koen Verbeke", read as two appositions
    # "For Trump, who has framed himself ...": the subject of a relative clause on the name.
    return any(
        c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ == "who" for g in c.children)
        for c in token.children
    )
