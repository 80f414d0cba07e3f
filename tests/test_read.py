"""Reading article files: every format, and one clear error per bad file or line."""

from __future__ import annotations

import json

import pytest

from graph.errors import InputError
from graph.model import article_id
from graph.read import iter_articles, read_file, read_path


def errors(items):
    return [str(i) for i in items if isinstance(i, InputError)]


def articles(items):
    return [i for i in items if not isinstance(i, InputError)]


def test_txt_first_line_is_the_headline(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("\n  Trump calls Xi \nThe two leaders spoke.\n\nA second paragraph.\n", encoding="utf-8")
    (article,) = read_path(path)
    assert article.title == "Trump calls Xi"
    assert article.text == "The two leaders spoke.\n\nA second paragraph."
    assert article.source_path == str(path)


def test_same_article_in_any_format_gets_the_same_id(tmp_path):
    title, body = "Trump calls Xi", "The two leaders spoke on Friday."
    (tmp_path / "a.txt").write_text(f"{title}\n{body}\n", encoding="utf-8")
    (tmp_path / "b.md").write_text(f"# {title}\n\n{body}\n", encoding="utf-8")
    (tmp_path / "c.json").write_text(json.dumps({"title": title, "text": body}), encoding="utf-8")
    ids = {a.id for a in articles(iter_articles([tmp_path]))}
    assert ids == {article_id(title, body)}


def test_markdown_front_matter_and_markup(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        "---\ntitle: Talks resume\npublished: 2019-05-01\nurl: https://example.org/x\n---\n"
        "Body with **bold** and a [link](https://example.org) in it.\n",
        encoding="utf-8",
    )
    (article,) = read_path(path)
    assert (article.title, article.published, article.url) == (
        "Talks resume",
        "2019-05-01",
        "https://example.org/x",
    )
    assert "link" in article.text and "https://" not in article.text and "**" not in article.text


def test_html_main_text_without_boilerplate(tmp_path):
    nav = "<nav><a href='/'>Home</a> | <a href='/world'>World</a> | Subscribe now</nav>"
    body = "".join(
        f"<p>Paragraph {i}: Donald Trump and Xi Jinping spoke about trade and tariffs.</p>" for i in range(6)
    )
    page = f"<html><head><title>Leaders talk</title></head><body>{nav}<article><h1>Leaders talk</h1>{body}</article><footer>Cookie policy</footer></body></html>"
    path = tmp_path / "a.html"
    path.write_text(page, encoding="utf-8")
    (article,) = read_path(path)
    assert article.title == "Leaders talk"
    assert "Xi Jinping" in article.text
    assert "Subscribe" not in article.text and "Cookie" not in article.text


def test_jsonl_bad_line_is_reported_and_the_rest_goes_on(tmp_path):
    path = tmp_path / "batch.jsonl"
    good = json.dumps({"title": "One", "text": "First article text.", "published": "2019-01-02", "url": "u"})
    path.write_text(
        "\n".join(
            [
                good,
                "{not json",
                json.dumps({"title": "No text"}),
                json.dumps({"title": "Two", "text": "Second."}),
            ]
        ),
        encoding="utf-8",
    )
    items = list(read_file(path))
    assert [a.title for a in articles(items)] == ["One", "Two"]
    assert articles(items)[0].published == "2019-01-02"
    errs = errors(items)
    assert errs[0].startswith(f"{path}:2: malformed JSON line")
    assert errs[1] == f"{path}:3: the field 'text' is missing or empty"


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "the file is empty"),
        ("blank.txt", b"   \n\n ", "the file has only white space"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "the file is binary, not text"),
        ("latin1.txt", "Caf\u00e9 headline\nbody".encode("latin-1"), "the file is not UTF-8 text"),
        ("notes.docx", b"anything", "unknown file type '.docx'"),
        ("only-title.txt", b"A headline alone\n", "no article text after the headline line"),
        ("bad.json", b'{"title": ', "malformed JSON"),
    ],
)
def test_bad_files_get_one_line_naming_file_and_reason(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    (item,) = list(read_file(path))
    assert isinstance(item, InputError)
    message = str(item)
    assert message.startswith(str(path)) and reason in message
    assert "\n" not in message


def test_size_cap(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    path.write_text("Headline\n" + "word " * 300_000, encoding="utf-8")
    monkeypatch.setenv("NEWSGRAPH_MAX_FILE_MB", "1")
    (item,) = list(read_file(path))
    assert isinstance(item, InputError) and "over the 1.0 MB cap" in str(item)


def test_folder_walk_and_empty_folder(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("A\nbody a", encoding="utf-8")
    (tmp_path / "b.txt").write_text("B\nbody b", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")  # not an article type: ignored inside folders
    (tmp_path / "empty").mkdir()
    items = list(iter_articles([tmp_path, tmp_path / "empty", tmp_path / "missing.txt"]))
    assert sorted(a.title for a in articles(items)) == ["A", "B"]
    errs = errors(items)
    assert any("empty: the folder has no article files" in e for e in errs)
    assert any("missing.txt: no such file or folder" in e for e in errs)


def test_a_folders_readme_and_licence_are_not_articles(tmp_path):
    (tmp_path / "README.md").write_text("# A corpus\n\nAbout these files.", encoding="utf-8")
    (tmp_path / "LICENSE.txt").write_text("MIT License\n\nPermission is hereby granted.", encoding="utf-8")
    (tmp_path / "notice").mkdir()
    (tmp_path / "notice" / "CHANGELOG.md").write_text("# Changes\n\n- first", encoding="utf-8")
    (tmp_path / "readme-story.txt").write_text("Readme story\nA real article.", encoding="utf-8")
    items = list(iter_articles([tmp_path]))
    assert [a.title for a in articles(items)] == ["Readme story"] and not errors(items)
    # Named on the command line, such a file is still read: the user asked for it.
    assert [a.title for a in read_path(tmp_path / "LICENSE.txt")] == ["MIT License"]
    # A folder holding only its papers has no article files.
    only = tmp_path / "notice"
    assert any("the folder has no article files" in e for e in errors(list(iter_articles([only]))))


def test_json_lone_surrogate_becomes_replacement_character(tmp_path):
    path = tmp_path / "odd.jsonl"
    path.write_text('{"title": "Odd \\ud800 title", "text": "Text with \\udfff in it."}\n', encoding="utf-8")
    (article,) = read_path(path)
    assert article.title == "Odd \ufffd title" and article.text == "Text with \ufffd in it."
    assert article.id.startswith("art-")


def test_a_published_value_that_is_not_a_date_is_warned_about_and_dropped(tmp_path, caplog):
    """Issue 9 item 11: 'last Tuesday' is one warning naming the file, line and field; the article
    is kept with no date. An ISO date-time keeps its date."""
    path = tmp_path / "odd.jsonl"
    rows = [
        {"title": "A", "text": "Trump met Xi.", "published": "last Tuesday"},
        {"title": "B", "text": "Biden met Xi.", "published": "2020-01-02T08:00:00Z"},
        {"title": "C", "text": "Obama met Xi.", "published": "2020-02-03"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    md = tmp_path / "odd.md"
    md.write_text("---\ntitle: D\npublished: 31/12/2019\n---\nMerkel met Xi.\n", encoding="utf-8")
    with caplog.at_level("WARNING", logger="graph.read"):
        found = articles(iter_articles([path, md]))
    assert [a.published for a in found] == [None, "2020-01-02", "2020-02-03", None]
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert warnings == [
        f"{path}:1: the field 'published' is not a date (YYYY-MM-DD): 'last Tuesday'; "
        "the article is stored with no date",
        f"{md}: the field 'published' is not a date (YYYY-MM-DD): '31/12/2019'; "
        "the article is stored with no date",
    ]
