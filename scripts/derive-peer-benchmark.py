#!/usr/bin/env python3
"""Derives resources/benchmark/peer-footprints.json from Boavizta's published dataset.

Usage: scripts/derive-peer-benchmark.py PATH/TO/boavizta-data-us.csv [COMMIT]

The dataset (Boavizta environmental-footprint-data, boavizta-data-us.csv) is not part of
CarbonLabel; a maintainer runs this once when the dataset changes and commits the output.
Method (docs/benchmark.md):
  - a group is the rows of one `subcategory` (Laptop, Smartphone, Tablet, Desktop, Monitor,
    Server);
  - total = gwp_total (kg CO2e, over the sheet's own lifetime and use location), every row of
    the group that has one;
  - manufacturing = gwp_total x gwp_manufacturing_ratio, rows that have both;
  - each value is kept to 0.1 kg, sorted; the statistics are type-7 quantiles of the kept values
    (Hyndman & Fan 1996; R's default).
"""
import csv
import json
import math
import sys

GROUPS = [
    # (group id, subcategory in the dataset)
    ("laptop", "Laptop"),
    ("smartphone", "Smartphone"),
    ("tablet", "Tablet"),
    ("desktop", "Desktop"),
    ("monitor", "Monitor"),
    ("server", "Server"),
]
PROBABILITIES = [("p5", 0.05), ("p10", 0.10), ("median", 0.50), ("p90", 0.90), ("p95", 0.95)]


def quantile7(values, p):
    h = (len(values) - 1) * p
    lo = math.floor(h)
    hi = min(lo + 1, len(values) - 1)
    return values[lo] + (h - lo) * (values[hi] - values[lo])


def summary(values):
    values = sorted(values)
    stats = {"n": len(values)}
    for name, p in PROBABILITIES:
        stats[name] = round(quantile7(values, p), 1)
    stats["values"] = values
    return stats


def number(text):
    text = (text or "").strip()
    return float(text) if text else None


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    path = sys.argv[1]
    commit = sys.argv[2] if len(sys.argv) == 3 else "61323eb5c3bb63b0703e7a9c6456482ccbaac3a6"
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    groups = {}
    for group, subcategory in GROUPS:
        total, manufacturing = [], []
        for line, row in enumerate(rows, start=2):
            if row["subcategory"] != subcategory:
                continue
            gwp = number(row["gwp_total"])
            if gwp is None:
                continue
            total.append(round(gwp, 1))
            ratio = number(row["gwp_manufacturing_ratio"])
            if ratio is not None:
                manufacturing.append(round(gwp * ratio, 1))
        groups[group] = {
            "subcategory": subcategory,
            "total": summary(total),
            "manufacturing": summary(manufacturing),
        }
    out = {
        "format": "carbonlabel-peer-benchmark",
        "version": 1,
        "source": "Boavizta environmental-footprint-data, boavizta-data-us.csv",
        "source_url": "https://github.com/Boavizta/environmental-footprint-data",
        "commit": commit,
        "licence": "ODbL 1.0 (database), DbCL 1.0 (contents)",
        "method": "total = gwp_total; manufacturing = gwp_total x gwp_manufacturing_ratio; "
                  "values to 0.1 kg CO2e; statistics are type-7 quantiles (Hyndman & Fan 1996)",
        "groups": groups,
    }
    json.dump(out, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
