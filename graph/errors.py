"""The errors newsgraph shows to people: each becomes one clear line, never a stack trace.

>>> str(InputError("notes.txt", "the file is empty"))
'notes.txt: the file is empty'
"""


class NewsgraphError(Exception):
    """Base class: the message is what the user reads, so it names the thing and the reason."""

    exit_code = 1


class InputError(NewsgraphError):
    """An input file (or one line of it) that cannot be read as an article."""

    exit_code = 2

    def __init__(self, path: str, reason: str, line: int | None = None):
        self.path, self.reason, self.line = str(path), reason, line
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {reason}")


class StoreError(NewsgraphError):
    """Neo4j is not reachable, refuses the credentials, or refused a query."""

    exit_code = 3


class QueryError(NewsgraphError):
    """A query that cannot run as asked (a write in read-only mode, a syntax error, bad parameters)."""

    exit_code = 4


class NotFound(NewsgraphError):
    """An actor, article or query name that is not in the store or in ``cypher/``."""

    exit_code = 5
