"""``newsgraph reextract [--all | --stale | ID...]`` and ``newsgraph remove ID...``: keep the graph
current. Each article is replaced (or taken out) in one transaction: its evidence leaves the
relations, weights drop, actors and issues left with nothing are removed. Both are idempotent.

``newsgraph keep NAME...`` and ``newsgraph drop NAME...`` (each with ``--list``, ``--undo`` and
``--kind``): an analyst's decision that a name the extractor left out as an unlikely actor is one, or
that an actor is none, for every actor so named or those of one kind; the articles it changes are
read again.

``newsgraph reject SOURCE TYPE TARGET`` (with ``--list`` and ``--undo``): an analyst's decision that a
relation was misread; the articles that support it are read again without it. ``newsgraph relate
ARTICLE SOURCE TYPE TARGET`` (with ``--sentence``, ``--list`` and ``--undo``): a relation the
extractor missed in one article, added; the article is read again with it. ``newsgraph speaker
ARTICLE TEXT SPEAKER`` (or ``--nobody``, ``--list``, ``--undo``): who said one statement; its article
is read again (:mod:`graph.corrections`)."""

from __future__ import annotations

import json
import sys

from graph.cli.ingest import (
    add_alias_flag,
    add_analyze_flag,
    add_engine_flags,
    alias_file,
    analyze_after,
    engine_factory,
    progress,
    quiet_driver_logs,
    stopped,
)
from graph.corrections import (
    REJECTABLE_TYPES,
    add_relation,
    added_relations,
    apply_relation_change,
    plan_relation_change,
    rejected_relations,
    remove_addition,
    set_speaker,
    shown_rejection,
    speaker_decisions,
    unset_speaker,
)
from graph.errors import NewsgraphError
from graph.ingest import (
    Stopped,
    actor_decisions,
    articles_to_reextract,
    checked_names,
    drop_actor_names,
    keep_actor_names,
    let_go_actor_names,
    reextract,
    remove,
    restore_actor_names,
    shown_decision,
    stop_on_interrupt,
)
from graph.model import ACTOR_KINDS
from graph.store import connect


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "reextract", help="extract stored articles again (after the extractor improved) and replace them"
    )
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("ids", nargs="*", metavar="ID", default=[], help="article ids (art-...)")
    which.add_argument("--all", action="store_true", help="every stored article")
    which.add_argument(
        "--stale", action="store_true", help="articles read by another extractor version than this one"
    )
    add_alias_flag(parser)
    add_engine_flags(parser)
    add_analyze_flag(parser)
    parser.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.set_defaults(run=run_reextract)

    parser = subparsers.add_parser("remove", help="take articles out of the store, with what only they said")
    parser.add_argument("ids", nargs="+", metavar="ID", help="article ids (art-...)")
    add_analyze_flag(parser)
    parser.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    parser.set_defaults(run=run_remove)

    decision_parser(
        subparsers,
        "keep",
        "decide that names left out as unlikely actors are actors, and read their articles again",
        "Keep NAMEs as actors in this store: an actor with one of them as its name or an alias is never "
        "left out as unlikely, in the stored articles that left it out (read again now) and in every "
        "article ingested later. Case, dots, a leading 'the' and a possessive do not matter.",
        'names to keep, e.g. "Hagia Sophia"',
        "let the NAMEs go: weigh them like any other",
    )
    decision_parser(
        subparsers,
        "drop",
        "decide that actors are none, and read their articles again",
        "Drop NAMEs in this store: an actor with one of them as its name or an alias is always left out, "
        "even one that speaks or takes part in a relation (what it said stays, speaker unknown), in the "
        "stored articles that mention it (read again now) and in every article ingested later.",
        'names to drop, e.g. "Wikinews"',
        "bring the NAMEs back: weigh them like any other",
    )

    parser = subparsers.add_parser(
        "reject",
        help="decide that a relation was misread, and read its articles again without it",
        description="Reject the relation SOURCE TYPE TARGET in this store: the stored articles whose "
        "sentences support it are read again without it, and every article ingested later leaves it out. "
        "The two actors, their co-mention and everything else the articles say stay. Name each actor by "
        "its name, an alias or its id (person:...).",
    )
    parser.add_argument(
        "relation",
        nargs="*",
        metavar="SOURCE TYPE TARGET",
        help=f'e.g. "Workers" OWNS "Party"; TYPE one of {", ".join(REJECTABLE_TYPES)}',
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--list", action="store_true", help="print the relations this store's analysts rejected"
    )
    mode.add_argument("--undo", action="store_true", help="take the rejection back: the relation may return")
    add_alias_flag(parser)
    add_engine_flags(parser)
    add_analyze_flag(parser)
    parser.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.set_defaults(run=run_reject)

    parser = subparsers.add_parser(
        "relate",
        help="add a relation the extractor missed in one article",
        description="Add the relation SOURCE TYPE TARGET to one stored article: ARTICLE is its id "
        "(art-...), each end one of its actors (name, alias or id). Its evidence is the article's first "
        "sentence that names both, or the sentence holding the words given with --sentence. The article "
        "is read again now, and at every later re-extraction, with the relation.",
    )
    parser.add_argument(
        "relation",
        nargs="*",
        metavar="ARTICLE SOURCE TYPE TARGET",
        help='e.g. art-1dea0045f80895cc "Lars Holm" LEADS "Nordic Rail"; '
        f"TYPE one of {', '.join(REJECTABLE_TYPES)}",
    )
    parser.add_argument(
        "--sentence",
        metavar="WORDS",
        help="words of the sentence that says it (by default the first naming both)",
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--list", action="store_true", help="print the relations this store's analysts added")
    mode.add_argument(
        "--undo", action="store_true", help="take the addition back: the extractor's reading returns"
    )
    add_alias_flag(parser)
    add_analyze_flag(parser)
    parser.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    parser.set_defaults(run=run_relate)

    parser = subparsers.add_parser(
        "speaker",
        help="set who said a statement the extractor gave the wrong speaker or none",
        description="Set the speaker of one statement of a stored article: ARTICLE is its id (art-...), "
        "TEXT the statement's text or its start, SPEAKER one of that article's actors (name, alias or "
        "id), or --nobody when no one is named. The article is read again now and at every later "
        "re-extraction with that speaker.",
    )
    parser.add_argument("statement", nargs="*", metavar="ARTICLE TEXT [SPEAKER]")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--nobody", action="store_true", help="no one named said it")
    mode.add_argument("--list", action="store_true", help="print the speakers this store's analysts set")
    mode.add_argument(
        "--undo", action="store_true", help="take the setting back: the extractor's reading returns"
    )
    add_alias_flag(parser)
    add_analyze_flag(parser)
    parser.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    parser.set_defaults(run=run_speaker)


def decision_parser(subparsers, command: str, summary: str, description: str, names: str, undo: str):
    parser = subparsers.add_parser(command, help=summary, description=description)
    parser.add_argument("names", nargs="*", metavar="NAME", help=names)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--list", action="store_true", help=f"print the names this store's analysts {command}")
    mode.add_argument("--undo", action="store_true", help=undo)
    parser.add_argument(
        "--kind",
        choices=ACTOR_KINDS,
        help="only the actors of this kind so named (e.g. --kind Country: the country Jordan, not "
        "Michael Jordan); a decision for a kind wins over one for every kind",
    )
    add_alias_flag(parser)
    add_engine_flags(parser)
    add_analyze_flag(parser)
    parser.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.set_defaults(run=run_decision, command=command)


def _print(summary: dict, args, line: str) -> None:
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print(line)


def run_reextract(args) -> int:
    quiet_driver_logs()
    if args.ids and not all(i.startswith("art-") for i in args.ids):
        bad = next(i for i in args.ids if not i.startswith("art-"))
        raise NewsgraphError(f"'{bad}' is not an article id (they look like art-1dea0045f80895cc)")
    which = "all" if args.all else "stale" if args.stale else "ids"
    stop = None
    with stop_on_interrupt(), connect() as store:
        ids = articles_to_reextract(store, which, args.ids)
        with progress(len(ids), not args.quiet and not args.json and len(ids) > 3) as tick:
            try:
                summary = reextract(
                    store, ids, alias_file(args), on_article=tick, make_engine=engine_factory(args)
                )
            except Stopped as err:
                stop = err
        analysis = None if stop else analyze_after(store, summary, args)
    if stop:
        return stopped(stop, len(ids), args)
    for line in summary.errors:
        print(f"newsgraph: {line}", file=sys.stderr)
    _print(
        {**summary.as_dict(), "analysis": analysis},
        args,
        f"re-extracted {summary.articles_written} article(s); {summary.articles_skipped} not stored; "
        f"{summary.failed} failed",
    )
    return 1 if summary.failed else 0


def run_remove(args) -> int:
    with connect() as store:
        summary = remove(store, args.ids)
        analysis = analyze_after(store, summary, args)
    _print(
        {"removed": summary.articles_written, "not_stored": summary.articles_skipped, "analysis": analysis},
        args,
        f"removed {summary.articles_written} article(s); {summary.articles_skipped} were not stored",
    )
    return 0


#: What each decision command does, and with --undo.
DECISIONS = {
    ("keep", False): (keep_actor_names, "kept"),
    ("keep", True): (let_go_actor_names, "no longer keeping"),
    ("drop", False): (drop_actor_names, "dropped"),
    ("drop", True): (restore_actor_names, "no longer dropping"),
}


def run_decision(args) -> int:
    quiet_driver_logs()
    which = "kept" if args.command == "keep" else "dropped"
    if args.list and args.names:
        raise NewsgraphError("--list takes no NAME")
    if not args.list and not args.names:
        raise NewsgraphError(f"name a NAME to {args.command} (or --list, or --undo NAME)")
    if args.list and args.kind:
        raise NewsgraphError("--list takes no --kind: it lists every decision, each with its kind")
    names = checked_names(args.names, args.kind)
    with stop_on_interrupt(), connect() as store:
        if args.list:
            listed = getattr(actor_decisions(store), which)
            shown = "\n".join(shown_decision(n) for n in listed)
            _print({which: listed}, args, shown or f"no names are {which} in this store")
            return 0
        decide, verb = DECISIONS[(args.command, args.undo)]
        try:
            with progress(None, not args.quiet and not args.json) as tick:
                engine = engine_factory(args)
                result = decide(
                    store, names, alias_file=alias_file(args), on_article=tick, make_engine=engine
                )
        except Stopped as err:
            return stopped(err, None, args)
        analysis = analyze_after(store, result.reextracted, args)
    summary = {
        "kept": result.decisions.kept,
        "dropped": result.decisions.dropped,
        "actor_articles": result.actor_articles,
    }
    line = result.line(f"{verb} " + ", ".join(repr(shown_decision(n)) for n in names))
    return _finish(result.reextracted, summary, analysis, args, line)


def run_reject(args) -> int:
    quiet_driver_logs()
    if args.list:
        if args.relation:
            raise NewsgraphError("--list takes no relation")
        with connect() as store:
            rejected = rejected_relations(store)
        shown = "\n".join(shown_rejection(k) for k in rejected)
        _print({"rejected": rejected}, args, shown or "no relations are rejected in this store")
        return 0
    if len(args.relation) != 3:
        raise NewsgraphError(
            'name one relation as SOURCE TYPE TARGET, e.g. "Workers" OWNS "Party" (or --list)'
        )
    verb = "no longer rejecting" if args.undo else "rejected"
    with stop_on_interrupt(), connect() as store:
        # a relation misnamed, not stored or not rejected is refused before any progress bar
        change = plan_relation_change(store, *args.relation, undo=args.undo)
        try:
            with progress(None, not args.quiet and not args.json) as tick:
                result = apply_relation_change(
                    store,
                    change,
                    alias_file=alias_file(args),
                    on_article=tick,
                    make_engine=engine_factory(args),
                )
        except Stopped as err:
            return stopped(err, None, args)
        analysis = analyze_after(store, result.reextracted, args)
    summary = {"rejected": result.rejected, "evidence": result.evidence}
    return _finish(
        result.reextracted, summary, analysis, args, result.line(f"{verb} {' '.join(args.relation)!r}")
    )


def run_relate(args) -> int:
    quiet_driver_logs()
    if args.list:
        if args.relation:
            raise NewsgraphError("--list takes no relation")
        with connect() as store:
            added = added_relations(store)
        shown = "\n".join(f"{a.article} {' '.join(a.relation)}: {a.words[:80]!r}" for a in added)
        _print({"added": [vars(a) for a in added]}, args, shown or "no relations are added in this store")
        return 0
    if len(args.relation) != 4:
        raise NewsgraphError(
            'name one relation as ARTICLE SOURCE TYPE TARGET, e.g. art-1dea0045f80895cc "Lars Holm" LEADS '
            '"Nordic Rail" (or --list)'
        )
    with connect() as store:
        if args.undo:
            if args.sentence is not None:
                raise NewsgraphError("--undo takes no --sentence")
            result = remove_addition(store, *args.relation, alias_file(args))
            verb = "no longer adding"
        else:
            result = add_relation(store, *args.relation, words=args.sentence, alias_file=alias_file(args))
            verb = "added"
        analysis = analyze_after(store, result.reextracted, args)
    summary = {"added": [vars(a) for a in result.added], "evidence": result.evidence}
    line = result.line(f"{verb} {' '.join(args.relation[1:])!r} to {result.addition.article}")
    return _finish(result.reextracted, summary, analysis, args, line)


def run_speaker(args) -> int:
    quiet_driver_logs()
    given = len(args.statement)
    if args.list:
        if given:
            raise NewsgraphError("--list takes no statement")
        with connect() as store:
            decided = speaker_decisions(store)
        shown = "\n".join(f"{d.article} {d.text[:60]!r}: {d.speaker or 'no one named'}" for d in decided)
        _print({"speakers": [vars(d) for d in decided]}, args, shown or "no speakers are set in this store")
        return 0
    wanted = 2 if args.undo or args.nobody else 3
    if given != wanted:
        raise NewsgraphError(
            'name a statement as ARTICLE TEXT SPEAKER, e.g. art-1dea0045f80895cc "We will win" "Anna Berg" '
            "(or ARTICLE TEXT with --nobody or --undo, or --list)"
        )
    with connect() as store:
        if args.undo:
            result, verb = unset_speaker(store, *args.statement, alias_file(args)), "no longer setting"
        else:
            speaker = None if args.nobody else args.statement[2]
            result = set_speaker(store, args.statement[0], args.statement[1], speaker, alias_file(args))
            verb = "set"
        analysis = analyze_after(store, result.reextracted, args)
    summary = {"speakers": [vars(d) for d in result.decisions], "speaker": result.speaker}
    line = result.line(f"{verb} the speaker of {args.statement[1][:60]!r}")
    return _finish(result.reextracted, summary, analysis, args, line)


def _finish(reextracted, summary: dict, analysis: dict | None, args, line: str) -> int:
    """How every command that reads stored articles again ends: each failed article on stderr, the
    summary (with what was read again and the scores refreshed) as JSON or ``line``, exit 1 when an
    article failed."""
    for error in reextracted.errors:
        print(f"newsgraph: {error}", file=sys.stderr)
    _print({**summary, "reextracted": reextracted.as_dict(), "analysis": analysis}, args, line)
    return 1 if reextracted.failed else 0
