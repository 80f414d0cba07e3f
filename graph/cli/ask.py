"""``newsgraph ask "QUESTION" [--json]``: a question in plain words, answered from the store.

Prints the one-line answer, the lines under it (hops, months, statements), the cited sentences with
speaker, article, date and link, and the named Cypher query with its parameters. ``--json`` prints
the contract: ``{"question", "intent", "actors": [{"id", "name"}], "answer", "evidence": [{"text",
"speaker", "article", "title", "published", "url"}], "cypher", "params"}``. Exit status 0 when the
graph answered, 1 when it holds no answer (an empty answer, a name it does not know, a question it
does not understand).
"""

from __future__ import annotations

import json
import textwrap

from graph.store import connect


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "ask", help="ask the graph a question in plain words; every answer cites its sentences"
    )
    parser.add_argument("question", help='e.g. "How is Donald Trump connected to Wells Fargo?"')
    parser.add_argument("--json", action="store_true", help="print one JSON object (the ask contract)")
    parser.set_defaults(run=run)


def run(args) -> int:
    from graph.ask import ask

    with connect() as store:
        answer = ask(store, args.question)
    if args.json:
        print(json.dumps(answer.to_json(), indent=2, ensure_ascii=False, default=str))
        return 0 if answer.status == "answered" else 1
    print(answer.answer)
    for line in answer.details:
        print(textwrap.fill(line, width=100, initial_indent="  ", subsequent_indent="    "))
    if answer.evidence:
        print("\nevidence:")
        for item in answer.evidence:
            speaker = f"{item['speaker']}: " if item.get("speaker") else ""
            print(
                textwrap.fill(
                    f"“{speaker}{item['text']}”", width=100, initial_indent="  ", subsequent_indent="   "
                )
            )
            source = ", ".join(
                str(v)
                for v in (item.get("title") or item.get("article"), item.get("published"), item.get("url"))
                if v
            )
            print(f"     — {source}")
    if answer.cypher:
        print(f"\ncypher ({answer.intent or 'actor search'}):")
        print(textwrap.indent(answer.cypher, "  "))
        print(f"  params: {json.dumps(answer.params, ensure_ascii=False, default=str)}")
    return 0 if answer.status == "answered" else 1
