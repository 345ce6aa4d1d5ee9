#!/usr/bin/env python3
"""Builds kb-content/geo/streets.tsv.gz, the street gazetteer, from the Avisos Madrid TRAIN split.

Every report of the train split carries the street address the citizen (or 010) gave and the point Avisos Madrid
placed it at. Grouped by street and number, the median of those points places a typed address ("calle de Embajadores
97") without any geocoding service. Only the train split is read: the dev and test splits stay unseen.

Usage (from the repository root):  python3 scripts/build-street-gazetteer.py
Output lines: <street as written in the data> TAB <number> <lat> <lon>;<number> <lat> <lon>;...
"""
import gzip
import json
import re
import statistics
import sys
from collections import defaultdict

SOURCE = "kb-content/nlu/data/avisos-madrid/train.jsonl.gz"
TARGET = "kb-content/geo/streets.tsv.gz"
ADDRESS = re.compile(r"^([A-Za-zÁÉÍÓÚÜÑáéíóúüñ]+) ([^,]+), 0*(\d{1,4})(?: [A-Za-z])?$")
# Madrid's municipal area, with a margin: a point outside it is a data error.
LAT, LON = (40.30, 40.65), (-3.90, -3.50)


def main():
    points = defaultdict(list)
    names = {}
    with gzip.open(SOURCE, "rt", encoding="utf-8") as rows:
        for line in rows:
            row = json.loads(line)
            match = ADDRESS.match((row.get("address") or "").strip())
            lat, lon = row.get("lat"), row.get("long")
            if not match or lat is None or lon is None:
                continue
            if not (LAT[0] < lat < LAT[1] and LON[0] < lon < LON[1]):
                continue
            street = match.group(1).capitalize() + " " + match.group(2).strip()
            key = street.lower()
            names.setdefault(key, street)
            number = int(match.group(3))
            if number > 0:
                points[(key, number)].append((lat, lon))
    streets = defaultdict(list)
    for (key, number), found in points.items():
        streets[key].append((number, statistics.median(p[0] for p in found), statistics.median(p[1] for p in found)))
    with gzip.open(TARGET, "wt", encoding="utf-8", compresslevel=9) as out:
        for key in sorted(streets):
            entries = ";".join(f"{n} {lat:.6f} {lon:.6f}" for n, lat, lon in sorted(streets[key]))
            out.write(f"{names[key]}\t{entries}\n")
    print(f"{len(streets)} streets, {sum(len(v) for v in streets.values())} numbers -> {TARGET}", file=sys.stderr)


if __name__ == "__main__":
    main()
