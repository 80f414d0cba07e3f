"""Bad and odd input: a sensible result or a clear NewsgraphError, never a crash or a hang."""

from __future__ import annotations

import time

import pytest

from graph.errors import NewsgraphError
from graph.extract import clean, language
from graph.extract.pipeline import extract, extract_many
from graph.model import Article

FRENCH = (
    "Le président a déclaré vendredi que les négociations avec la société avaient échoué, selon un "
    "communiqué publié par le gouvernement dans la soirée à Paris après une longue réunion des ministres."
)


def art(title: str, text: str) -> Article:
    return Article.from_fields(title, text)


def test_empty_text_and_empty_title():
    ext = extract(art("", ""))
    assert ext.entities == [] and ext.statements == [] and ext.relations == []


def test_title_only():
    ext = extract(art("Boeing Wins Contract", ""))
    assert ext.sentences == [(0, len("Boeing Wins Contract"))]


def test_text_without_sentences():
    ext = extract(art("...", "  ... --- !!! \n\n ,,, "))
    assert ext.entities == [] and ext.statements == []


def test_non_english_text_gives_no_facts_and_the_check_is_clear():
    ext = extract(art("Réunion", FRENCH))
    assert ext.entities == [] and ext.statements == []
    with pytest.raises(NewsgraphError, match="not look like English"):
        language.check_english(FRENCH)


CHINESE = (
    "中国国家主席习近平星期五在北京会见了美国总统特朗普。双方讨论了贸易、关税和科技问题，"
    "并同意在下个月继续举行会谈。外交部发言人表示，会谈是坦诚和建设性的。"
)
RUSSIAN = (
    "Президент России Владимир Путин в пятницу встретился в Москве с президентом Франции. "
    "Стороны обсудили вопросы торговли и энергетики и договорились продолжить переговоры."
)
ARABIC = (
    "التقى الرئيس المصري يوم الجمعة في القاهرة بوزير الخارجية الأمريكي، وناقش الجانبان "
    "قضايا التجارة والطاقة واتفقا على مواصلة المحادثات الشهر المقبل."
)


@pytest.mark.parametrize(
    ("text", "script"),
    [(CHINESE, "Chinese"), (RUSSIAN, "Cyrillic"), (ARABIC, "Arabic")],
    ids=["chinese", "russian", "arabic"],
)
def test_non_latin_scripts_are_warned_about_like_other_languages(text, script, caplog):
    """Issue 9 item 12: a Chinese article passed silently (no spaces, so too few "words" to judge)."""
    assert not language.looks_english(text)
    with pytest.raises(NewsgraphError, match=f"the article is written in {script}.* script"):
        language.check_english(text)
    with caplog.at_level("WARNING", logger="graph.extract.pipeline"):
        ext = extract(art("Title", text))
    assert ext.entities == [] and ext.statements == []
    warned = [r.getMessage() for r in caplog.records if "not English, nothing extracted" in r.getMessage()]
    assert warned and f"written in {script}" in warned[0]  # the log says why


def test_an_english_article_naming_people_in_their_own_script_is_english():
    text = (
        "Xi Jinping (习近平) met Vladimir Putin (Владимир Путин) in Moscow, where the two leaders said " * 3
    )
    assert language.looks_english(text)


def test_control_characters_and_odd_unicode_keep_offsets():
    text = (
        "Angela Merkel\x00 met\u200b Emmanuel\u00a0Macron in Berlin.\x07 \ud800 \U0001f600 "
        "Merkel said \u201cyes.\u201d"
    )
    # Built directly: graph.model.article_id cannot hash a lone surrogate (a reader's concern).
    ext = extract(Article(id="odd", title="T\x1b", text=text))
    names = {e.name for e in ext.entities}
    assert "Angela Merkel" in names
    full = "T\x1b\n" + text
    for start, end in ext.sentences:
        assert 0 <= start < end <= len(full)


def test_quote_that_never_closes_ends_with_its_paragraph():
    text = (
        'Donald Trump spoke. He said "this will go on and on and never close\n\nNext paragraph about Boeing.'
    )
    ext = extract(art("T", text))
    quotes = [s for s in ext.statements if s.kind == "direct"]
    assert len(quotes) == 1
    assert "Next paragraph" not in quotes[0].text
    assert quotes[0].speaker == "person:donald-trump"


def test_five_megabyte_article_is_cut_and_fast():
    paragraph = (
        "Donald Trump met Xi Jinping in Beijing on Friday to discuss trade and tariffs. " * 20 + "\n\n"
    )
    text = paragraph * (5_000_000 // len(paragraph) + 1)
    assert len(text) >= 5_000_000
    started = time.perf_counter()
    ext = extract(art("Long", text))
    assert time.perf_counter() - started < 120
    assert ext.sentences[-1][1] <= clean.MAX_TEXT_CHARS
    assert any(e.name == "Donald Trump" for e in ext.entities)


def test_five_megabytes_without_white_space():
    started = time.perf_counter()
    ext = extract(art("Blob", "x" * 5_000_000))
    assert time.perf_counter() - started < 120
    assert ext.entities == []


def test_extract_many_streams_and_keeps_order():
    titles = [f"Story {i}" for i in range(5)]
    articles = (art(t, "Boeing said on Monday that sales rose.") for t in titles)
    stream = extract_many(articles, batch_size=2)
    assert next(stream).article.title == "Story 0"
    assert [e.article.title for e in stream] == titles[1:]


def test_missing_model_is_a_clear_error(monkeypatch):
    language.load_nlp.cache_clear()
    monkeypatch.setattr(language, "MODEL_NAME", "no_such_model_xyz")
    try:
        with pytest.raises(NewsgraphError, match="pip install -r requirements.lock"):
            language.load_nlp()
    finally:
        language.load_nlp.cache_clear()


def test_the_fine_tuned_entity_recogniser_replaces_the_packaged_one():
    import spacy

    loaded = language.load_nlp().get_pipe("ner")
    packaged = spacy.load(language.MODEL_NAME, exclude=["lemmatizer"]).get_pipe("ner")
    assert loaded.labels == packaged.labels  # the same labels the rules read
    assert loaded.model.to_bytes() != packaged.model.to_bytes()
    text = "Officials met on Monday. Anti-corruption groups welcomed the ruling."
    assert [(e.text, e.label_) for e in language.load_nlp()(text).ents if e.label_ == "DATE"] == [
        ("Monday", "DATE")
    ]  # it still reads what no gold labels: dates


def test_unreadable_entity_recogniser_weights_are_a_clear_error(monkeypatch, tmp_path):
    (tmp_path / "cfg").write_text("not json", encoding="utf-8")
    language.load_nlp.cache_clear()
    monkeypatch.setattr(language, "NER_WEIGHTS", tmp_path)
    try:
        with pytest.raises(
            NewsgraphError, match=f"{tmp_path}: the entity recogniser's weights cannot be read"
        ):
            language.load_nlp()
    finally:
        language.load_nlp.cache_clear()


def test_clean_keeps_length_and_finds_headings():
    c = clean.clean("Big Title Here", "Friday, May 1, 2020\n\nBody text.\nSection Heading\nMore text.")
    assert len(c.text) == len(c.original)
    headings = [c.original[s:e] for s, e in c.headings]
    assert headings == ["Big Title Here", "Friday, May 1, 2020", "Section Heading"]


def test_worker_processes_give_the_same_extractions_in_the_same_order():
    import json
    from pathlib import Path

    corpus = Path(__file__).resolve().parents[1] / "corpus" / "wikinews-2019-2020.jsonl"
    with corpus.open(encoding="utf-8") as handle:
        records = [json.loads(next(handle)) for _ in range(6)]
    articles = [art(r["title"], r["text"]) for r in records]
    one = [e.to_json() for e in extract_many(articles, batch_size=2, processes=1)]
    two = [e.to_json() for e in extract_many(iter(articles), batch_size=2, processes=2)]
    assert [e["article"]["title"] for e in two] == [r["title"] for r in records]
    assert two == one
