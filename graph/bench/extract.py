"""``newsgraph bench extract``: the extractor against raw ``nlp.pipe``, same texts, same run.

All passes stream ``corpus/wikinews-2019-2020.jsonl`` (never the whole corpus in memory): raw
``nlp.pipe`` over the texts the extractor parses (title line + text, cleaned), then
:func:`graph.extract.pipeline.extract_many`, then raw ``nlp.pipe`` again (the raw figure is the mean
of the two, so the machine's load changing during the run favours neither side). Figures: articles
and tokens per second for each, their ratio, the growth of resident memory during the extractor pass
measured after a quarter and after all of the articles (flat memory: the second figure is close to
the first), and the process's peak resident memory.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from graph.errors import InputError
from graph.model import Article

DEFAULT_CORPUS = Path("corpus/wikinews-2019-2020.jsonl")


def register(subparsers) -> None:
    parser = subparsers.add_parser("extract", help="the extractor against raw spaCy nlp.pipe on the corpus")
    parser.add_argument(
        "--articles", type=int, default=None, metavar="N", help="first N articles (default all)"
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="a JSON-lines corpus")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument(
        "--processes",
        type=int,
        default=None,
        help="parser processes, for both the extractor and raw spaCy (default: the cores, at most 2)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(run=run)


def iter_corpus(path: Path, limit: int | None = None) -> Iterator[Article]:
    """Articles of a JSON-lines corpus, one line at a time."""
    if not path.exists():
        raise InputError(str(path), "no such corpus file")
    with open(path, encoding="utf-8") as handle:
        count = 0
        for line in handle:
            if limit is not None and count >= limit:
                return
            if not line.strip():
                continue
            row = json.loads(line)
            yield Article.from_fields(
                row.get("title", ""), row.get("text", ""), published=row.get("published")
            )
            count += 1


def _rss_mb() -> float:
    """Current resident set size in MB (from /proc; peak RSS where /proc is missing)."""
    try:
        with open("/proc/self/statm") as handle:
            pages = int(handle.read().split()[1])
        return pages * resource.getpagesize() / 1e6
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


def measure(corpus: Path, limit: int | None = None, batch_size: int = 32, processes: int = 1) -> dict:
    from graph.extract import clean, language
    from graph.extract.pipeline import extract_many

    nlp = language.load_nlp()
    total = limit if limit is not None else sum(1 for _ in iter_corpus(corpus))
    # Warm up both paths (model weights, matchers, gazetteers) outside the timings.
    for _ in extract_many(iter_corpus(corpus, 2)):
        pass

    def raw_pass() -> tuple[float, int, int]:
        start, tokens, count = time.perf_counter(), 0, 0
        texts = (clean.clean(a.title, a.text).text for a in iter_corpus(corpus, limit))
        for doc in nlp.pipe(texts, batch_size=batch_size, n_process=processes):
            tokens += len(doc)
            count += 1
        return time.perf_counter() - start, tokens, count

    # Raw spaCy runs before and after the extractor and the two timings are averaged, so a change
    # in the machine's load during the run does not favour either side.
    raw_before, raw_tokens, raw_articles = raw_pass()

    rss_start = _rss_mb()
    rss_quarter = rss_last = None
    start, articles, facts = time.perf_counter(), 0, 0
    for extraction in extract_many(iter_corpus(corpus, limit), batch_size=batch_size, processes=processes):
        articles += 1
        facts += len(extraction.entities) + len(extraction.statements) + len(extraction.relations)
        if rss_quarter is None and articles >= max(1, total // 4):
            rss_quarter = _rss_mb()
        if articles == total:  # measured inside the stream too, with a batch in flight like at 1/4
            rss_last = _rss_mb()
    seconds = time.perf_counter() - start
    rss_end = _rss_mb()
    raw_after, _, _ = raw_pass()
    raw_seconds = (raw_before + raw_after) / 2

    return {
        "articles": articles,
        "processes": processes,
        "tokens": raw_tokens,
        "articles_per_s": round(articles / seconds, 2),
        "tokens_per_s": round(raw_tokens / seconds, 1),
        "raw_articles_per_s": round(raw_articles / raw_seconds, 2),
        "raw_tokens_per_s": round(raw_tokens / raw_seconds, 1),
        "ratio": round(raw_seconds / seconds, 3),
        "words_per_article": round(raw_tokens / max(1, articles) * 0.85),
        "facts": facts,
        "rss_growth_mb_quarter": round((rss_quarter or rss_end) - rss_start, 1),
        "rss_growth_mb_all": round((rss_last or rss_end) - rss_start, 1),
        "rss_growth_mb_after_stream": round(rss_end - rss_start, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3, 1),
    }


def run(args) -> int:
    from graph.extract.pipeline import default_processes

    figures = measure(args.corpus, args.articles, args.batch_size, args.processes or default_processes())
    if args.json:
        print(json.dumps(figures))
        return 0
    print(
        f"extract: {figures['articles']} articles, {figures['tokens']} tokens, "
        f"{figures['processes']} parser process(es)",
        file=sys.stderr,
    )
    f = figures
    print(
        f"newsgraph extract  {f['articles_per_s']:8.2f} articles/s  {f['tokens_per_s']:9.1f} tokens/s\n"
        f"raw nlp.pipe       {f['raw_articles_per_s']:8.2f} articles/s"
        f"  {f['raw_tokens_per_s']:9.1f} tokens/s\n"
        f"ratio (extract / raw speed): {figures['ratio']:.2f}\n"
        f"RSS growth during extraction: {figures['rss_growth_mb_quarter']} MB after 1/4, "
        f"{figures['rss_growth_mb_all']} MB after all"
    )
    return 0
