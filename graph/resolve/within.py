"""Resolve within one article: mentions that name the same real-world thing become one actor.

Rules, in order: sovereign states by the gazetteer (U.S., America, the United States); exact name
(case, "the" and dots ignored); the other names of a well-known actor (``graph/data/known_aliases.toml``:
G7 -> Group of Seven); a person's surname or given name to the full name (Trump -> Donald Trump, Xi
-> Xi Jinping), whatever type the model gave the short form; an acronym to the name whose initials it
spells or that it follows in parentheses (APEC -> Asia-Pacific Economic Cooperation); a company's
short name to its full name ("Boeing" -> "Boeing Co"). A cluster's kind is the kind of its strongest
evidence (a well-known actor's listed kind, a state, a full person name, a name's head word, then the
model's majority).

>>> from graph.extract.actors import Mention
>>> ms = [Mention(0, 12, 0, "Donald Trump", "PERSON", "Person", 0),
...       Mention(20, 25, 4, "Trump", "ORG", "Organization", 1)]
>>> [(c.kind, c.name, c.aliases) for c in resolve_mentions(ms)]
[('Person', 'Donald Trump', ['Trump'])]
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rapidfuzz.distance import OSA

from graph.extract.constants import (
    BODY_HEADS,
    CLUB_CLOSING_WORDS,
    CLUB_PREFIXES,
    CLUB_SUFFIXES,
    CLUB_WORDS,
    COMPANY_TAILS,
    COMPANY_WORDS,
    CORPORATE_SUFFIXES,
    FEATURE_HEADS,
    FOREIGN_NAME_LINKS,
    FOREIGN_ORG_HEADS,
    INSTITUTION_HEADS,
    INVERTIBLE,
    LABEL_KINDS,
    LEGAL_FORMS,
    MINOR_WORDS,
    NAME_PARTICLES,
    NAME_TAILS,
    NEWSPAPER_HEADS,
    ORG_HEADS,
    PARTY_PLURALS,
    PLACE_HEADS,
    PUBLIC_BODY_WORDS,
    ROYAL_TITLES,
    SHIP_PREFIXES,
    SHORT_NAMED_TAILS,
    SPORT_NAMES,
    STORM_WORDS,
    US_STATES,
)
from graph.resolve.aliases import known_aliases
from graph.resolve.names import cities, given_name_sex, is_given_name, name_key

#: A club's opening letters and words as the resolver's keys write them ("fc", "vfl"; "sporting").
_CLUB_LETTERS = frozenset(prefix.lower() for prefix in CLUB_PREFIXES)
_CLUB_OPENING_WORDS = frozenset(word.lower() for word in CLUB_WORDS)
_CLUB_CLOSINGS = frozenset(suffix.lower() for suffix in CLUB_SUFFIXES | CLUB_CLOSING_WORDS)
_CLUB_CLOSING_WORDS = frozenset(word.lower() for word in CLUB_CLOSING_WORDS)

if TYPE_CHECKING:  # only for annotations: the stages import this module, not the other way round
    from graph.extract.actors import Mention


#: First words of a committee's name that say its chamber, which news often leaves out.
CHAMBERS = BODY_HEADS | {"house"}

_KIND_PRIORITY = ("Person", "Organization", "Country", "Place", "Event", "Product")


@dataclass
class Cluster:
    """One actor of an article: its kind, name, other names, and the mentions that name it."""

    kind: str
    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


#: FOREIGN_ORG_HEADS as name keys (diacritics folded): "gendarmeria" opens "Gendarmería de Chile".
_FOREIGN_HEAD_KEYS = frozenset(name_key(w) for w in FOREIGN_ORG_HEADS)


def initials(name: str, keep_minor: bool = False) -> str:
    """The capitals an acronym of ``name`` would spell.

    >>> initials("Asia-Pacific Economic Cooperation")
    'APEC'
    >>> initials("Center for Strategic and International Studies")
    'CSIS'
    """
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    # An acronym inside the name gives all its letters: "U.S. Supreme Court" is USSC, not USC.
    return "".join(
        w.replace(".", "") if is_acronym(w) else w[0].upper()
        for w in words
        if keep_minor or w.lower() not in MINOR_WORDS
    )


def one_slip_apart(key: str, other: str) -> bool:
    """Two name keys are the same name with one letter typed wrong, left out, added or swapped in one
    word of five letters or more (not a plural's "s", not another first letter, not a state).

    >>> one_slip_apart("lousiana", "louisiana"), one_slip_apart("jacques chriac", "jacques chirac")
    (True, True)
    >>> one_slip_apart("williams", "william"), one_slip_apart("jordan", "gordan")
    (False, False)
    >>> one_slip_apart("antarctic", "antarctica")
    False
    >>> one_slip_apart("iran", "iraq"), one_slip_apart("mark kelly", "mary kelly")
    (False, False)
    """
    words, others = key.split(), other.split()
    if len(words) != len(others) or other.startswith("country:"):
        return False
    differ = [(a, b) for a, b in zip(words, others, strict=True) if a != b]
    if len(differ) != 1:
        return False
    a, b = differ[0]
    if min(len(a), len(b)) < 5 or a[0] != b[0] or not (a.isalpha() and b.isalpha()):
        return False
    if a.rstrip("s") == b.rstrip("s"):
        return False
    if a.startswith(b) or b.startswith(a):
        return False  # a word and the word made from it: "Antarctic" and "Antarctica", "Korea" and "Korean"
    return OSA.distance(a, b) == 1


def _first_start(groups: dict[str, list[Mention]], key: str) -> int:
    """Where the article first names ``key`` (the subject of an article is named before the people
    around it: "Tony Mendez ... his wife Jonna Mendez ... Mendez said")."""
    return min((m.start for m in groups.get(key, [])), default=1 << 62)


def is_acronym(text: str) -> bool:
    bare = text.replace(".", "").replace("&", "")
    return 2 <= len(bare) <= 8 and bare.isalpha() and bare.isupper()


def is_short_form(text: str) -> bool:
    """An acronym, or a short form of mostly capitals written with some small letters ("KeNHA" for
    the Kenya National Highways Authority, "DfE"), as a name's bracketed short form is written.

    >>> is_short_form("KeNHA"), is_short_form("DfE"), is_short_form("Ofcom")
    (True, True, False)
    """
    capitals = sum(c.isupper() for c in text)
    mixed = 3 <= len(text) <= 8 and text.isalpha() and text[0].isupper() and capitals * 2 > len(text)
    return is_acronym(text) or mixed


def resolve_mentions(mentions: list[Mention], acronym_of: dict[str, str] | None = None) -> list[Cluster]:
    """Group ``mentions`` into clusters (one per actor), set each mention's ``cluster`` index.

    ``acronym_of`` maps acronyms defined in the text ("... Cooperation (APEC)") to the key of the
    name they follow.
    """
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        key = f"country:{m.country}" if m.country else name_key(m.text)
        if key:
            groups.setdefault(key, []).append(m)

    parent = {key: key for key in groups}

    def find(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def union(short: str, full: str) -> None:
        a, b = find(short), find(full)
        if a != b:
            parent[a] = b

    # A birth name is the same actor as the one born ("Day was born Doris Mary Ann Kappelhoff"),
    # named in full or by the surname of a person of the article.
    for m in mentions:
        other = name_key(m.other_name_of) if m.other_name_of else None
        if not other or name_key(m.text) not in groups:
            continue
        full = [g for g in groups if len(g.split()) > 1 and g.split()[-1] == other and g != name_key(m.text)]
        named = full or ([other] if other in groups else [])
        if len(named) == 1:
            union(name_key(m.text), named[0])

    # Other names of a well-known actor ("G7, or the Group of Seven"; ISIL and Islamic State).
    by_canonical: dict[str, list[str]] = {}
    for key in groups:
        if (canonical := known_aliases().merge.get(key)) is not None:
            by_canonical.setdefault(canonical, []).append(key)
    for keys in by_canonical.values():
        for key in keys[1:]:
            union(key, keys[0])
    # ... and a body's name opening with one ("UN Verification Mission" for "United Nations
    # Verification Mission in Colombia", "EU Training Mission" for "European Union Training Mission").
    for key in list(groups):
        first, _, rest = key.partition(" ")
        canonical = known_aliases().merge.get(first) if rest else None
        if canonical is None:
            continue
        written = f"{name_key(canonical)} {rest}"
        longer = [g for g in groups if g == written or g.startswith(written + " in ")]
        if len(longer) == 1:
            union(key, longer[0])

    # "State Department" is "Department of State", "Defense Ministry" is "Ministry of Defense".
    for key in list(groups):
        words = key.split()
        if len(words) == 2 and words[1] in INVERTIBLE:
            inverted = f"{words[1]} of {words[0]}"
            matches = [g for g in groups if g == inverted or g.endswith(" " + inverted)]
            if len(matches) == 1:
                parent[key] = matches[0]
    labels = {key: Counter(m.label for m in ms) for key, ms in groups.items()}
    kinds = {key: Counter(m.kind for m in ms) for key, ms in groups.items()}
    # One storm through its upgrades: "Tropical Storm Humberto" became "Hurricane Humberto" (storms
    # of one season and basin never share a name).
    storm_names: dict[str, str] = {}
    for key in groups:
        words = key.split()
        if len(words) > 1 and kinds[key]["Event"] and any(w in STORM_WORDS for w in words[:-1]):
            union(key, storm_names.setdefault(words[-1], key))
    # A vessel's name without its prefix ("Namse Bangdzod" after "MV Namse Bangdzod") is the vessel,
    # whatever the model called it.
    prefixes = {p.lower() for p in SHIP_PREFIXES}
    for key in groups:
        words = key.split()
        if len(words) > 1 and words[0] in prefixes and kinds[key]["Product"]:
            bare = " ".join(words[1:])
            # (not a person the vessel is named after: "MV Alan Kurdi" after the boy Alan Kurdi)
            named_after = kinds.get(bare, Counter())["Person"] > 0 and given_name_sex(bare) is not None
            if bare in groups and not named_after:
                union(bare, key)
    full_people = [
        k for k in groups if not k.startswith("country:") and len(k.split()) > 1 and kinds[k]["Person"] > 0
    ]
    # Longer person names absorb shorter ones whose words they contain (Donald J. Trump / Donald Trump).
    for k in sorted(full_people, key=lambda k: len(k.split())):
        longer = [
            f for f in full_people if len(f.split()) > len(k.split()) and set(k.split()) <= set(f.split())
        ]
        if len(longer) == 1:
            union(k, longer[0])
    for key, ms in groups.items():
        if key.startswith("country:"):
            continue
        words = key.split()
        # The model's label for a lone surname is unreliable ("Trump" ORG, "Pelosi" GPE); only a
        # sovereign state is never someone's surname here.
        # A hyphenated surname ("Gallego-Lazo") is one written word, whatever its key's spaces.
        # A surname opened by a particle ("Von der Leyen", "de Blasio") is one surname too.
        # So is a double surname, the last two words of a longer full name ("Rincón Barrera" for
        # Óscar Javier Rincón Barrera), its first word no given name.
        double_surname = (
            len(words) == 2
            and not is_given_name(words[0].title())
            and any(f.endswith(" " + key) and len(f.split()) > 2 for f in full_people)
        )
        one_word = (
            len(words) == 1
            or all(len(m.text.split()) == 1 for m in ms)
            or (words[0] in NAME_PARTICLES and len(words) <= 3)
            or double_surname
        )
        if one_word and not kinds[key]["Country"]:
            owners = [
                f for f in full_people if f != key and (f.endswith(" " + key) or f.startswith(key + " "))
            ]
            if not owners:
                # A double surname's first part alone ("Vázquez" for Wanda Vázquez Garced, "Rosselló"
                # for Ricardo Rosselló Nevares): an inner word of one full name of three words or more.
                owners = [
                    f for f in full_people if f != key and key in f.split()[1:-1] and len(f.split()) > 2
                ]
                owners = owners if len({find(f) for f in owners}) == 1 else []
            owners = sorted({find(f) for f in owners})
            if len(owners) == 1:
                union(key, owners[0])
                continue
            if len(owners) > 1:  # two Smiths: the one mentioned most, else the one named first
                union(key, max(owners, key=lambda f: (len(groups.get(f, [])), -_first_start(groups, f))))
                continue
            # A country's name the model took for a given name ("Chad is one of the largest troop
            # contributors") where the article names the country as such: the country.
            if len(words) == 1 and kinds[key]["Person"]:
                countries = {
                    g
                    for g in groups
                    if g.startswith("country:") and any(name_key(m.text) == key for m in groups[g])
                }
                if len(countries) == 1:
                    union(key, countries.pop())
                    continue
            # A storm's given name alone ("Barry" for "Tropical Storm Barry"), whatever the model
            # called it: the one storm of the article with that name.
            storms = [
                g
                for g in groups
                if g.endswith(" " + key)
                and kinds[g]["Event"]
                and any(w in STORM_WORDS for w in g.split()[:-1])
            ]
            if len({find(g) for g in storms}) == 1:
                union(key, storms[0])
                continue
        # "PG&E", "AT&T": the key of an acronym with an ampersand has a space where the "&" was
        target = (acronym_of or {}).get(key.upper()) or (acronym_of or {}).get(key.upper().replace(" ", "&"))
        if target and target in groups and not is_acronym(ms[0].text):
            union(key, target)  # "(Oberster Gerichtshof)" after the court's English name
            continue
        if is_acronym(ms[0].text) or is_acronym(key.upper()):
            if target and target in groups:
                union(key, target)
                continue
            matches = [
                g
                for g in groups
                if g != key
                and not g.startswith("country:")
                and len(g.split()) > 1
                and not kinds[g]["Person"]
                and key.upper().replace(" ", "")
                in (initials(groups[g][0].text), initials(groups[g][0].text, keep_minor=True))
            ]
            if len(matches) == 1:
                union(key, matches[0])
                continue
        # An event named without its year: "Chicago Marathon" for "2019 Chicago Marathon" (the one
        # dated event of the article with that name).
        dated = [g for g in groups if kinds[g]["Event"] and g.endswith(" " + key) and g.split()[0].isdigit()]
        if len(dated) == 1 and len(dated[0].split()) == len(words) + 1:
            union(key, dated[0])
            continue
        # An organisation's name without its generic last word: "Thai Raksa Chart" for "Thai Raksa
        # Chart Party" (the article also writes "Thai Raksa Chart party"), "HDT" for "HDT Limited",
        # when the model took the short form for an organisation each time (a "Watch Tower" it also
        # took for a place would make "Watch Tower Society" a place); else a company's name without
        # its trade word ("Vireon" for "Vireon Biologics"), whatever the model called the short form.
        only_organization = kinds[key]["Organization"] and not (
            kinds[key]["Person"] or kinds[key]["Place"] or kinds[key]["Country"]
        )
        # (or one word the model took for a person's name that is no given name: "Oxbridge" for
        # "Oxbridge International"; a surname was joined to its person above)
        only_organization = only_organization or (
            len(words) == 1
            and kinds[key]["Person"] > 0
            and not is_given_name(key)
            and not (kinds[key]["Place"] or kinds[key]["Country"])
        )
        longer = (
            _with_tail(groups, words, NAME_TAILS, lambda g: not kinds[g]["Person"])
            if only_organization
            else []
        )
        if len(longer) != 1 and not kinds[key]["Country"]:
            longer = _with_tail(groups, words, COMPANY_TAILS, lambda g: kinds[g]["Organization"] > 0)
        if len(longer) != 1 and only_organization and _bare_company_word(key, ms):
            # ... or any short tail, when the one word was only ever an organisation's and one name
            # of the article opens with it ("Kessler" for "Kessler Automotive", "Coralink" for
            # "Coralink Telecommunications"): not a body's head word, an acronym or a known actor
            # ("House" for "House Intelligence Committee", "UN" for "UN Security Council"), and not
            # when two names open with it ("Harnford General Hospital" and "Harnford Echo")
            longer = [
                g
                for g in groups
                if len(g.split()) in (2, 3)
                and g.split()[0] == key
                and kinds[g]["Organization"] > 0
                and not kinds[g]["Person"]
                and not MINOR_WORDS & set(g.split())
                and not _possessive_after(groups[g], 1)
            ]
            # (nor when another name holds the word elsewhere: "Nordlys" beside "Nordlys Kraft" and
            # "Team Nordlys")
            if any(key in g.split()[1:] and kinds[g]["Organization"] > 0 for g in groups):
                longer = []
        if len(longer) == 1:
            union(key, longer[0])
            continue
        # An institution's short name: "House" for "House of Representatives", "Court of Justice"
        # for "European Court of Justice", "Defence Force" for "Defence Forces".
        if labels[key]["ORG"] or kinds[key]["Organization"]:
            longer = [
                g
                for g in groups
                if g != key
                and not g.startswith("country:")
                and (kinds[g]["Organization"] or labels[g]["ORG"])
                and (
                    (g.startswith(key + " of ") or (g.endswith(" " + key) and len(words) > 1))
                    # "Northern Network" for "Northern Network for Human Rights"
                    # (not "Blues Incorporated for the Rolling Stones", a name run on into another)
                    or (g.startswith(key + " for ") and len(words) > 1 and " the " not in g)
                    # "the Kings" for "the Nordhavn Kings": a team's plural name alone (not the
                    # "Democrats" of a country for "Liberal Democrats")
                    or (
                        len(words) == 1
                        and key.endswith("s")
                        and key not in PARTY_PLURALS
                        and not (kinds[key]["Place"] or kinds[g]["Place"])  # "the Alps", "Swiss Alps"
                        and g.endswith(" " + key)
                        and len(g.split()) <= 3
                    )
                    # "the Verification Mission" for "... Verification Mission in Colombia"
                    or (g.startswith(key + " in ") and words[-1] == "mission")
                    or g.rstrip("s") == key.rstrip("s")
                    # "Parliament" for "the Tunisian Parliament": a body's head word alone, for the
                    # one name of two or three words that qualifies it (by place, nation or number)
                    or (key in BODY_HEADS and g.endswith(" " + key) and len(g.split()) <= 3)
                    # "the Wooster professor" (an organisation by that cue) for "College of Wooster"
                    or (g.endswith(" of " + key) and any(m.by_context for m in ms))
                    # "Council President X" (an organisation by that cue) for "Legislative Council"
                    or (g.endswith(" " + key) and any(m.by_context and m.kind == "Organization" for m in ms))
                )
            ]
            if len(longer) == 1:
                union(key, longer[0])
                continue
        # A site's or institution's head word alone for the one name it ends ("the Hall" for
        # "Fishmongers' Hall", "the Cathedral"), whatever kinds the model gave the two.
        if len(words) == 1 and ms[0].text[:1].isupper() and any(m.label for m in ms):
            longer = [
                g
                for g in groups
                if not g.startswith("country:") and len(g.split()) > 1 and g.endswith(" " + key)
            ]
            if (
                len(longer) == 1
                and not kinds[longer[0]]["Person"]
                and (key in PLACE_HEADS or any(m.known == "Place" for m in groups[longer[0]]))
                and not any(m.known for m in ms)  # "the Alps", well known itself, beside "the Swiss Alps"
            ):  # ... or a well-known place's last word ("the Channel" for "English Channel")
                union(key, longer[0])
                continue
        # A club's name without its opening or closing letters ("Borgo Sanfelice" for "AC Borgo
        # Sanfelice", "Sava" for "RK Sava Zagreb", "Liffey Wanderers" for "Liffey Wanderers FC"): the
        # one club so named, whatever the model made of the rest. After an opening word ("Real",
        # "Sporting") the rest is often the club's city, which stays a place where the model says so
        # ("Real Madrid ... fans in Madrid").
        if not kinds[key]["Country"]:
            longer = [
                g
                for g in groups
                if len(g.split()) > len(words)
                and (
                    (g.split()[0] in _CLUB_LETTERS and g.split()[1 : len(words) + 1] == words)
                    or (
                        g.split()[0] in _CLUB_OPENING_WORDS
                        and g.split()[1:] == words
                        and not kinds[key]["Place"]
                    )
                    or (g.split()[-1] in _CLUB_CLOSINGS and g.split()[:-1] == words)
                    # "Thistle" for "Dunmarnock Thistle": the closing word alone
                    or (words == g.split()[-1:] and words[0] in _CLUB_CLOSING_WORDS and len(g.split()) <= 3)
                    # "Castlebridge" for "Castlebridge Rugby Club"
                    or (g.split()[:-2] == words and g.split()[-2] in SPORT_NAMES and g.split()[-1] == "club")
                )
            ]
            if len(longer) == 1:
                union(key, longer[0])
                continue
        # A name opening with the initials of another's opening words ("CD Montecillo" for "Club
        # Deportivo Montecillo", "FC Halvia" for "Football Club Halvia"): the one name so written.
        opening = ms[0].text.split()[0]
        if len(words) >= 2 and opening.isupper() and opening.isalpha() and not kinds[key]["Person"]:
            k = len(opening)
            longer = [
                g
                for g in groups
                if len(g.split()) == k + len(words) - 1
                and "".join(w[0] for w in g.split()[:k]) == words[0]
                and g.split()[k:] == words[1:]
                and not kinds[g]["Person"]
            ]
            if len(longer) == 1:
                union(key, longer[0])
                continue
        # An airport by the person's name it bears alone ("Benito Juárez" for "Benito Juárez
        # International Airport"), the one airport so named (a town's name stays the town's: "Kisumu").
        named_after_a_person = kinds[key]["Person"] and not (kinds[key]["Place"] or kinds[key]["Country"])
        longer = (
            [
                g
                for g in groups
                if g.startswith(key + " ")
                and g.split()[-1] == "airport"
                and set(g.split()[len(words) : -1]) <= {"international", "regional"}
            ]
            if named_after_a_person
            else []
        )
        if len(longer) == 1:
            union(key, longer[0])
            continue
        # An institution's first word alone: "Harvard" for "Harvard University", "Scripps" for
        # "Scripps Institution of Oceanography", "Northvale" for the company "Northvale Rail" (the one
        # such name the article gives).
        # Not a place the article writes as one ("the coast of Tohoku" beside "Tohoku University").
        placed_by_context = any(m.kind == "Place" and (m.by_context or m.known) for m in ms)
        if len(words) == 1 and (labels[key]["ORG"] or kinds[key]["Organization"]) and not placed_by_context:
            longer = [
                g
                for g in groups
                if g.startswith(key + " ")
                and not kinds[g]["Person"]
                and (kinds[g]["Organization"] or labels[g]["ORG"])
                and (
                    any(w in INSTITUTION_HEADS for w in g.split()[1:])
                    or (len(g.split()) == 2 and g.split()[-1] in SHORT_NAMED_TAILS)
                )
            ]
            if len(longer) == 1:
                union(key, longer[0])
                continue
        # A head-first organisation's head word alone, or its name without it: "Gendarmería" and
        # "Santa Giuliana" for "Gendarmería de Chile" and "Ospedale Santa Giuliana" (not "Chile"); so
        # too a foreign name's first word before its link ("Metropolitano" for "Metropolitano de Lisboa").
        if not kinds[key]["Country"] and (len(words) == 1 or not kinds[key]["Person"]):
            longer = [
                g
                for g in groups
                if len(g.split()) > len(words)
                and (
                    g.split()[0] in _FOREIGN_HEAD_KEYS
                    # "Metropolitano" for "Metropolitano de Lisboa": any first word before a link
                    or (len(words) == 1 and len(g.split()) > 2 and g.split()[1] in FOREIGN_NAME_LINKS)
                )
                and (kinds[g]["Organization"] or labels[g]["ORG"])
                and (
                    (len(words) == 1 and g.split()[0] == key)
                    or (g.split()[1:] == words and words[0] not in FOREIGN_NAME_LINKS)
                )
            ]
            if len(longer) == 1 and not any(m.country or m.known for m in ms):
                union(key, longer[0])
                continue
        # A sea's, islands' or palace's first word alone: "the Mediterranean" for "Mediterranean Sea",
        # "Blenheim" for "Blenheim Palace" (a US state's name stays the state's).
        if len(words) == 1 and not kinds[key]["Person"] and not kinds[key]["Country"]:
            longer = [
                g
                for g in groups
                if g.startswith(key + " ")
                and len(g.split()) == 2
                and g.split()[-1] in FEATURE_HEADS
                and not kinds[g]["Person"]
            ]
            if len(longer) == 1 and ms[0].text not in US_STATES:
                union(key, longer[0])
                continue
        # A company's short name: "Boeing" for "Boeing Co"; a maker's for its model ("Volvo XC90"); a
        # name completed by a lower-case noun, for the whole ("PALM" for "PALM trial").
        # (not a well-known place or a city the model mostly reads as one: "Kraków", once an
        # organisation to the model, is no short name of "Kraków Metro Company")
        a_place = any(m.known == "Place" for m in ms) or (
            ms[0].text in cities() and labels[key]["GPE"] >= labels[key]["ORG"]
        )
        if labels[key]["ORG"] and not a_place:
            longer = [
                g
                for g in groups
                if len(g.split()) == len(words) + 1
                and g.split()[: len(words)] == words
                and (
                    g.split()[-1] in CORPORATE_SUFFIXES
                    or kinds[g]["Product"]
                    or (kinds[g]["Event"] and groups[g][0].text.split()[-1].islower())
                )
            ]
            # "Ford" for "Ford Motor Company": a company's name with a word of trade before its suffix.
            longer += [
                g
                for g in groups
                if len(g.split()) == len(words) + 2
                and g.split()[: len(words)] == words
                and g.split()[-1] in CORPORATE_SUFFIXES
            ]
            if len(longer) == 1:
                union(key, longer[0])
                continue
        # "Terminal Lanterna" for "Terminal Lanterna SpA", whatever the model made of the short name:
        # a name with a company's legal form after it is the company's.
        longer = [
            g
            for g in groups
            if len(g.split()) == len(words) + 1
            and g.split()[: len(words)] == words
            and g.split()[-1] in LEGAL_FORMS
        ]
        if len(longer) == 1 and len(words) > 1:
            union(key, longer[0])
            continue
        # A company's first word alone, whatever the model made of it ("Burisma", a person to the
        # model, for "Burisma Holdings"): the one organisation of two words ending in a company word.
        if len(words) == 1 and not kinds[key]["Country"]:
            longer = [
                g
                for g in groups
                if len(g.split()) == 2
                and g.split()[0] == key
                and g.split()[1] in COMPANY_WORDS
                and (kinds[g]["Organization"] or labels[g]["ORG"])
            ]
            if len(longer) == 1:
                union(key, longer[0])
                continue
        # A company's leading words alone ("Larchmont" for "Larchmont Resources", "Northshore" for
        # "Northshore Health Partners"): the one organisation named with words of trade after them,
        # whatever the model made of the short form; not a person, a state or a well-known place.
        placed = any(m.known == "Place" for m in ms) or ms[0].text in US_STATES
        # (nor a place the words around it show: "Georgia's western Guria region" is no short form of
        # "Guria Hydro Energy")
        placed = placed or any(m.kind == "Place" and m.by_context and m.label in ("GPE", "LOC") for m in ms)
        placed = placed or a_place
        # (a one-word short form the model also took for a person's name still is the company's when
        # it is no given name: "Pellam" for "Pellam Energy"; a surname was joined to its person above)
        person = kinds[key]["Person"] and (len(words) > 1 or is_given_name(key))
        if not (person or kinds[key]["Country"] or kinds[key]["Event"] or placed):
            longer = [
                g
                for g in groups
                if g.startswith(key + " ")
                and (kinds[g]["Organization"] or labels[g]["ORG"])
                and not kinds[g]["Person"]
                and set(g.split()[len(words) :]) & (SHORT_NAMED_TAILS | LEGAL_FORMS)
                and not set(g.split()[len(words) :]) & PUBLIC_BODY_WORDS
                and not _possessive_after(groups[g], len(words))
            ]
            if len(longer) == 1:
                union(key, longer[0])
                continue
        # A newspaper by its last word ("the Ledger" for "the Port Ardeen Ledger", "the Herald"):
        # the one organisation the article names that ends in it.
        if len(words) == 1 and key in NEWSPAPER_HEADS:
            longer = [
                g for g in groups if g.endswith(" " + key) and (kinds[g]["Organization"] or labels[g]["ORG"])
            ]
            if len(longer) == 1:
                union(key, longer[0])
                continue
        # A name with an inner word left out ("Bradley Airport" for "Bradley International
        # Airport"), or a committee without its chamber ("Oversight Committee" for "House Oversight
        # and Reform Committee"): the one longer name, not a person's, that ends as it does and
        # starts as it does, after the chamber.
        if len(words) >= 2 and not kinds[key]["Person"]:
            longer = [
                g
                for g in groups
                if not g.startswith("country:")
                and len(g.split()) > len(words)
                and words[0] in (g.split()[0], g.split()[1] if g.split()[0] in CHAMBERS else None)
                and g.split()[-1] == words[-1]
                and set(words) <= set(g.split())
                and not kinds[g]["Person"]
                # an event is not a body's name cut short ("Iraq War", "Iraq Veterans Against the War")
                and bool(kinds[key]["Event"]) == bool(kinds[g]["Event"])
            ]
            if len(longer) == 1:
                union(key, longer[0])

    # A slip of the keyboard: a form that nothing else joined, one letter off another name of the
    # article ("Lousiana" for "Louisiana", "Chriac" for "Chirac"), is that name, when it is the only
    # such name and is named at least as often (and first on a tie).
    size = Counter(find(key) for key in groups)
    mentioned: Counter[str] = Counter()
    for key, ms in groups.items():
        mentioned[find(key)] += len(ms)
    for key, ms in groups.items():
        if key.startswith("country:") or find(key) != key or size[key] > 1:
            continue
        roots = sorted({find(g) for g in groups if g != key and one_slip_apart(key, g)})
        if len(roots) != 1:
            continue
        other = roots[0]
        rank = (mentioned[other], -_first_start(groups, other))
        if rank > (len(ms), -_first_start(groups, key)):
            union(key, other)

    merged: dict[str, list[Mention]] = {}
    for key, ms in groups.items():
        merged.setdefault(find(key), []).extend(ms)

    # An acronym defined in brackets is one of the name's forms even where the model did not tag it
    # ("United States Coast Guard (USCG) ... USCG Captain X"), so later uses of it are found.
    defined: dict[str, list[str]] = {}
    # a short form in mixed case is looked up by its capitals but named as written ("KeNHA", not "KENHA")
    written_in_mixed_case = {k.upper() for k in acronym_of or {} if not k.isupper()}
    for short, target in (acronym_of or {}).items():
        if short.isupper() and short in written_in_mixed_case:
            continue
        if target in groups and is_short_form(short) and short.isalpha():
            defined.setdefault(find(target), []).append(short)

    clusters: list[Cluster] = []
    for root, ms in sorted(merged.items(), key=lambda item: min(m.start for m in item[1])):
        ms.sort(key=lambda m: m.start)
        cluster = _make_cluster(ms)
        if cluster.kind in ("Organization", "Event", "Product"):
            cluster.aliases += [
                a for a in defined.get(root, []) if a != cluster.name and a not in cluster.aliases
            ]
        for m in ms:
            m.cluster = len(clusters)
        clusters.append(cluster)
    return clusters


def _bare_company_word(key: str, ms: list[Mention]) -> bool:
    """Whether the one-word name ``key`` may be a company's name without its trade words: one word,
    no acronym, no body's head word ("House", "Senate"), no well-known actor's name."""
    return (
        len(key.split()) == 1 and key not in CHAMBERS and not any(is_acronym(m.text) or m.known for m in ms)
    )


def _possessive_after(ms: list[Mention], n: int) -> bool:
    """Whether a name's words after its first ``n`` hold a possessive: "Hartwell Town Supporters'
    Trust" is a body of the club's supporters, not the club "Hartwell Town"."""
    return any(word.endswith(("'", "\u2019", "'s", "\u2019s")) for m in ms for word in m.text.split()[n:])


def _with_tail(groups: dict[str, list[Mention]], words: list[str], tails: frozenset[str], keep) -> list[str]:
    """The keys of ``groups`` that are ``words`` and one more word of ``tails``, kept by ``keep``."""
    return [g for g in groups if g.split()[:-1] == words and g.split()[-1] in tails and keep(g)]


def _make_cluster(ms: list[Mention]) -> Cluster:
    countries = Counter(m.country for m in ms if m.country)
    forms: list[str] = []
    for m in ms:
        form = re.sub(r"^(?i:the)\s+", "", m.text.replace("\u2019", "'"))
        if form not in forms:
            forms.append(form)
    if countries:
        kind, name = "Country", countries.most_common(1)[0][0]
    else:
        # A name's head word ("... Hospital", "... Summit") overrules the model; otherwise the model's
        # majority over the full names (the short forms are the ones it gets wrong: "Trump" as ORG).
        head_kinds = [m.kind for m in ms if m.label and (m.kind != _label_kind(m.label) or m.by_context)]
        full = [m.kind for m in ms if m.label and len(m.text.split()) > 1]
        counts = Counter(head_kinds or full or [m.kind for m in ms])
        kind = max(counts, key=lambda k: (counts[k], -_KIND_PRIORITY.index(k)))
        other_names = {m.text for m in ms if m.other_name_of}
        candidates = [f for f in forms if not is_acronym(f) and f not in other_names] or forms
        used = Counter(re.sub(r"^(?i:the)\s+", "", m.text.replace("\u2019", "'")) for m in ms)
        # The fullest form; among equally full ones the most used ("Senate", not "Senates").
        name = max(candidates, key=lambda f: (len(f.split()), used[f], len(f), -forms.index(f)))
        head_first = len(name.split()) > 1 and name_key(name.split()[0]) in _FOREIGN_HEAD_KEYS
        if head_first and any(m.kind == "Organization" and m.text.endswith(name) for m in ms):
            kind = "Organization"  # "Ospedale Santa Giuliana", whatever "at Santa Giuliana" made it
        if (
            kind == "Person"
            and name.split()[-1].lower() in ORG_HEADS | COMPANY_WORDS
            and any(m.kind == "Organization" and m.text == name for m in ms)
        ):
            # "Tungabhadra Portland Industries", an organisation by its head word, whatever its short
            # form "Tungabhadra Portland" looked like
            kind = "Organization"
        # A well-known actor's kind is known, whatever the model or the context said; only when the
        # actor's own name is listed ("Raqqa"), not a person whose surname is a city's ("Hague").
        kind = next((m.known for m in ms if m.known and m.text == name), kind)
    aliases = [f for f in forms if f != name]
    aliases += [m.full_form for m in ms if m.full_form and m.full_form not in aliases and m.full_form != name]
    title, _, regnal = name.partition(" ")
    if kind == "Person" and title.lower() in ROYAL_TITLES and " " in regnal and regnal not in aliases:
        # "Queen Elizabeth II" is also "Elizabeth II", "King Juan Carlos" "Juan Carlos": the regnal
        # name an analyst may search by (not a lone given name: "Pope Francis" is no "Francis")
        aliases.append(regnal)
    return Cluster(kind=kind, name=name, aliases=aliases, mentions=ms)


def _label_kind(label: str) -> str:
    return LABEL_KINDS.get(label, "Place")
