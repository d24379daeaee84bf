#!/usr/bin/env python3
"""Trims an O*NET database release (tab-separated text edition) to what CareerClusters uses, keeping O*NET's own
file layout (header row and columns), so the site reads a trimmed file and a full one the same way.

Usage: python3 tools/trim-onet.py FOLDER_WITH_ONET_TSV_FILES content/data/onet

Kept, per occupation:
- occupation_data.tsv: every row (title and description).
- task_statements.tsv: "Core" tasks only, at most 8, in O*NET's order.
- alternate_titles.tsv: the 20 titles named by the most sources (O*NET's "Source(s)" column), in O*NET's order.
- sample_of_reported_titles.tsv: every row (titles workers reported; those shown in My Next Move).
- job_zones.tsv: every row.
- interests.tsv: the "IH" rows only (first, second and third interest high points).
- technology_skills.tsv: "Hot Technology" = Y only, at most 10, "In Demand" ones first.
Run by a maintainer when O*NET publishes a release; the site never runs it.
"""
import collections, os, sys

source, target = sys.argv[1], sys.argv[2]

def rows(name):
    with open(os.path.join(source, name), encoding="utf-8") as f:
        header = f.readline().rstrip("\n")
        return header, [line.rstrip("\n").split("\t") for line in f if line.strip()]

def write(name, header, kept):
    with open(os.path.join(target, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(header + "\n")
        for r in kept:
            f.write("\t".join(r) + "\n")
    print(f"{name}: {len(kept)} rows")

def per_code(data, limit, key=None):
    groups = collections.OrderedDict()
    for r in data:
        groups.setdefault(r[0], []).append(r)
    out = []
    for code, group in groups.items():
        ordered = sorted(group, key=key) if key else group
        out += ordered[:limit]
    return out

os.makedirs(target, exist_ok=True)
h, d = rows("occupation_data.tsv"); write("occupation_data.tsv", h, d)
h, d = rows("task_statements.tsv"); write("task_statements.tsv", h, per_code([r for r in d if r[4] == "Core"], 8))
h, d = rows("alternate_titles.tsv")
order = {id(r): i for i, r in enumerate(d)}
write("alternate_titles.tsv", h, per_code(d, 20, key=lambda r: (-len([s for s in r[4].split(",") if s.strip()]), order[id(r)])))
h, d = rows("sample_of_reported_titles.tsv"); write("sample_of_reported_titles.tsv", h, d)
h, d = rows("job_zones.tsv"); write("job_zones.tsv", h, d)
h, d = rows("interests.tsv"); write("interests.tsv", h, [r for r in d if r[4] == "IH"])
h, d = rows("technology_skills.tsv")
order = {id(r): i for i, r in enumerate(d)}
write("technology_skills.tsv", h, per_code([r for r in d if r[5] == "Y"], 10, key=lambda r: (r[6] != "Y", order[id(r)])))
