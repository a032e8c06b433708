#!/usr/bin/env python3
"""Checks that a change left ClusterSim's outputs identical, on every file of the scenario library.

    python3 tools/identity.py check BASE_REV        # build BASE_REV and the work tree, run both, compare
    python3 tools/identity.py run OUT [--dll DLL]   # run the library into OUT with a built clustersim.dll
    python3 tools/identity.py compare BEFORE AFTER  # compare two such folders

Every scenario file runs at `--set population.people=5000 --ticks 36` (or the smallest of a few larger sizes
the file accepts) on one thread with the CSV panel and on two threads with the Parquet panel; comparison files
run `compare` the same way; sweep files are only checked. Then every file of the two trees must be equal in
bytes, except:
- manifest.json files are compared as JSON with started_utc, wall_time_seconds, git_commit, absolute paths
  and the staging folder's name masked;
- report.html files are compared with the same masks;
- checkpoint files (*.ckpt, a fork's shared history) are not compared byte for byte, nor their hashes in the
  manifests: their layout is the checkpoint format's, which may move (docs/outputs.md); the tables of the runs
  that continue from them are compared like every other;
- when BEFORE's indicators.csv has park_* columns that AFTER's has not, those columns are dropped and their
  values must reappear in AFTER's parks.csv (keyed scenario,replication,tick,date,park); the Parquet twins are
  then compared by value through tools/parquet-values.mjs (hyparquet, installed by npm on first use).
With `--added COLUMN[,COLUMN...]` (a change that appends columns on purpose), AFTER's tables are compared with
those columns dropped, and the manifests' output_format_version is masked.
Exit 0 when everything is identical, 1 otherwise; each difference is one line on stderr.
"""
import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SIZES = [5000, 10000, 20000, 50000, 100000]
TICKS = 36
SETTINGS = [("t1", ["--threads", "1", "--panel"]), ("t2", ["--threads", "2", "--panel", "parquet"])]
KEY = ["scenario", "replication", "tick", "date"]


def library():
    root = os.path.join(REPO, "scenarios")
    files = []
    for d, _, names in os.walk(root):
        files += [os.path.relpath(os.path.join(d, n), root) for n in names if n.endswith(".yaml")]
    return sorted(files)


def kind(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("compare:"):
                return "compare"
            if line.startswith("sweep:") or line.startswith("targets:") or line.startswith("facts:"):
                return "sweep"
    return "run"


def build(tree):
    subprocess.run(["dotnet", "build", os.path.join(tree, "runner"), "-c", "Release", "--nologo", "-v", "q"],
                   check=True, stdout=subprocess.DEVNULL)
    return os.path.join(tree, "runner", "bin", "Release", "net10.0", "clustersim.dll")


def run_library(out, dll, scenarios_root):
    os.makedirs(out, exist_ok=True)
    for rel in library():
        path = os.path.join(scenarios_root, rel)
        name = rel[:-len(".yaml")].replace(os.sep, "__")
        k = kind(path)
        for tag, options in SETTINGS:
            target = os.path.join(out, tag, name)
            if k == "sweep":
                r = subprocess.run(["dotnet", dll, "check", path, "--print"], capture_output=True, text=True)
                os.makedirs(target, exist_ok=True)
                with open(os.path.join(target, "check.txt"), "w", encoding="utf-8") as f:
                    f.write(str(r.returncode) + "\n" + r.stdout)
                continue
            command = ["run", path] if k == "run" else ["compare", path]
            if k == "compare":
                options = [o for o in options if o not in ("--panel", "parquet")]
            for people in SIZES:
                shutil.rmtree(target, ignore_errors=True)
                args = ["dotnet", dll, *command, "--set", f"population.people={people}", "--ticks", str(TICKS),
                        "--out", target, "--quiet", *options]
                r = subprocess.run(args, capture_output=True, text=True)
                if r.returncode != 2:
                    break
            if r.returncode != 0:
                sys.exit(f"identity: {rel} ({tag}) exited {r.returncode}: {r.stderr.strip()}")
            print(f"{rel} {tag}: {people} people", file=sys.stderr)


MASKED_KEYS = {"started_utc", "wall_time_seconds", "git_commit"}
ADDED = set()


def mask_text(text, root):
    text = text.replace(root, "<ROOT>")
    text = re.sub(r"\.[^/\"\s]*\.tmp-(?:[0-9a-f]+-)?\d+", ".<STAGING>", text)
    text = re.sub(r"/[^\"\s<>]*/scenarios/", "<SCENARIOS>/", text)
    text = re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?", "<TIME>", text)
    text = re.sub(r"\b[0-9a-f]{40}\b", "<COMMIT>", text)
    # The report's provenance table shows the manifest's fields as rows.
    text = re.sub(r"((?:wall_time_seconds|git_commit|started_utc)</td>\s*<td[^>]*>)[^<]*", r"\1<MASKED>", text)
    return text


CHECKPOINT_LISTS = {"checkpoints", "fork_checkpoints"}


def without_added_csv(before, after):
    """True when AFTER equals BEFORE once the ADDED columns AFTER has and BEFORE lacks are dropped."""
    hb, rb = read_csv(before)
    ha, ra = read_csv(after)
    keep = [i for i, c in enumerate(ha) if not (c in ADDED and c not in hb)]
    return len(keep) < len(ha) and [ha[i] for i in keep] == hb and [[r[i] for i in keep] for r in ra] == rb


def without_added_parquet(before, after):
    b, a = parquet_values(before), parquet_values(after)
    return {k: v for k, v in a.items() if not (k in ADDED and k not in b)} == b


def mask_json(value, root):
    if isinstance(value, dict):
        return {k: ("<MASKED>" if k in MASKED_KEYS
                    else [mask_checkpoint(c, root) for c in v] if k in CHECKPOINT_LISTS and isinstance(v, list)
                    else mask_json(v, root)) for k, v in value.items()}
    if isinstance(value, list):
        return [mask_json(v, root) for v in value]
    if isinstance(value, str):
        return mask_text(value, root)
    return value


def mask_checkpoint(reference, root):
    """A checkpoint's hash follows its file layout, which a refactoring may change (the format version says so);
    what it restores is checked by the outputs of the runs that continue from it."""
    return {k: ("<MASKED>" if k == "sha256" else mask_json(v, root)) for k, v in reference.items()}


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def park_columns(header):
    return [c for c in header if c.startswith("park_")]


def compare_indicators_csv(before, after, parks_after, problems):
    hb, rb = read_csv(before)
    ha, ra = read_csv(after)
    moved = park_columns(hb)
    if not moved or park_columns(ha):
        return False
    keep = [i for i, c in enumerate(hb) if not c.startswith("park_")]
    if [hb[i] for i in keep] != ha or [[r[i] for i in keep] for r in rb] != ra:
        problems.append(f"{after}: differs from {before} once the park_* columns are dropped")
    expected = park_long(hb, rb)
    if not os.path.exists(parks_after):
        problems.append(f"{parks_after}: missing; {before} had park columns")
        return True
    hp, rp = read_csv(parks_after)
    got = {tuple(r[:5]): dict(zip(hp[5:], r[5:])) for r in rp}
    if hp[:5] != KEY + ["park"]:
        problems.append(f"{parks_after}: key columns are {hp[:5]}")
    if set(got) != set(expected):
        problems.append(f"{parks_after}: keys differ from the park columns of {before}")
    for key, values in expected.items():
        if key in got and got[key] != values:
            problems.append(f"{parks_after}: {key} has {got[key]}, the park columns had {values}")
            break
    return True


def park_long(header, rows):
    """The park_* columns of a wide indicator table as {(scenario, replication, tick, date, park): {measure: text}}."""
    out = {}
    for c, name in enumerate(header):
        if not name.startswith("park_"):
            continue
        measure, park = split_park_column(name)
        for r in rows:
            out.setdefault((*r[:4], park), {})[measure] = r[c]
    return out


PARK_MEASURES = ["park_capital_grants", "park_self_funding", "park_occupancy", "park_tenants", "park_applicants", "park_result"]


def split_park_column(name):
    for m in PARK_MEASURES:
        if name.startswith(m + "_"):
            return m[len("park_"):], name[len(m) + 1:]
    raise ValueError(name)


def parquet_values(path):
    tools = os.path.join(REPO, "tools")
    if not os.path.isdir(os.path.join(tools, "node_modules", "hyparquet")):
        subprocess.run(["npm", "install", "--silent", "--prefix", tools], check=True, stdout=subprocess.DEVNULL)
    r = subprocess.run(["node", os.path.join(tools, "parquet-values.mjs"), path], capture_output=True, text=True, check=True)
    return json.loads(r.stdout)


def compare_indicators_parquet(before, after, parks_after, problems):
    b, a = parquet_values(before), parquet_values(after)
    kept = {k: v for k, v in b.items() if not k.startswith("park_")}
    if kept != a:
        problems.append(f"{after}: values differ from {before} once the park_* columns are dropped")
    if not os.path.exists(parks_after):
        problems.append(f"{parks_after}: missing")
        return
    p = parquet_values(parks_after)
    rows = len(p["park"]) if "park" in p else 0
    got = {}
    for i in range(rows):
        key = (p["scenario"][i], p["replication"][i], p["tick"][i], p["date"][i], p["park"][i])
        got[key] = {m: p[m][i] for m in p if m not in KEY + ["park"]}
    n = len(b.get("tick", []))
    for name, column in b.items():
        if not name.startswith("park_"):
            continue
        measure, park = split_park_column(name)
        for i in range(n):
            key = (b["scenario"][i], b["replication"][i], b["tick"][i], b["date"][i], park)
            if got.get(key, {}).get(measure) != column[i]:
                problems.append(f"{parks_after}: {key} {measure} is {got.get(key, {}).get(measure)}, was {column[i]}")
                return


def compare_trees(before, after):
    problems = []
    files_b = {os.path.relpath(os.path.join(d, n), before) for d, _, ns in os.walk(before) for n in ns}
    files_a = {os.path.relpath(os.path.join(d, n), after) for d, _, ns in os.walk(after) for n in ns}
    handled = set()
    for rel in sorted(files_b & files_a):
        fb, fa = os.path.join(before, rel), os.path.join(after, rel)
        base = os.path.basename(rel)
        folder = os.path.dirname(rel)
        if base == "indicators.csv":
            if compare_indicators_csv(fb, fa, os.path.join(after, folder, "parks.csv"), problems):
                handled.add(os.path.join(folder, "parks.csv"))
                if os.path.join(folder, "indicators.parquet") in files_a:
                    compare_indicators_parquet(os.path.join(before, folder, "indicators.parquet"), os.path.join(after, folder, "indicators.parquet"),
                                               os.path.join(after, folder, "parks.parquet"), problems)
                    handled.update({os.path.join(folder, "indicators.parquet"), os.path.join(folder, "parks.parquet")})
                continue
        if rel in handled or rel.endswith(".ckpt"):
            continue
        with open(fb, "rb") as f:
            db = f.read()
        with open(fa, "rb") as f:
            da = f.read()
        if db == da:
            continue
        if base == "indicators.parquet" and os.path.join(folder, "indicators.parquet") in handled:
            continue
        if ADDED and base.endswith(".csv") and without_added_csv(fb, fa):
            continue
        if ADDED and base.endswith(".parquet") and without_added_parquet(fb, fa):
            continue
        if base.endswith(".json"):
            if mask_json(json.loads(db), before) == mask_json(json.loads(da), after):
                continue
        elif base.endswith(".html"):
            if mask_text(db.decode(), before) == mask_text(da.decode(), after):
                continue
        problems.append(f"{fa}: differs from {fb}")
    for rel in sorted(files_b - files_a):
        problems.append(f"{os.path.join(after, rel)}: missing (present in {before})")
    for rel in sorted(files_a - files_b - handled):
        problems.append(f"{os.path.join(after, rel)}: new (absent from {before})")
    for p in problems:
        print("identity: " + p, file=sys.stderr)
    print(f"identity: {len(files_a)} files compared, {len(problems)} differences", file=sys.stderr)
    return 0 if not problems else 1


def check(base_rev):
    work = tempfile.mkdtemp(prefix="identity-")
    tree = os.path.join(work, "base")
    subprocess.run(["git", "-C", REPO, "worktree", "add", "--detach", tree, base_rev], check=True, stdout=subprocess.DEVNULL)
    try:
        # The base runs the work tree's library, so both sides run the same scenario files.
        run_library(os.path.join(work, "before"), build(tree), os.path.join(REPO, "scenarios"))
        run_library(os.path.join(work, "after"), build(REPO), os.path.join(REPO, "scenarios"))
        code = compare_trees(os.path.join(work, "before"), os.path.join(work, "after"))
    finally:
        subprocess.run(["git", "-C", REPO, "worktree", "remove", "--force", tree], stdout=subprocess.DEVNULL)
    print(f"identity: outputs in {work}", file=sys.stderr)
    return code


def main(argv):
    if "--added" in argv:
        at = argv.index("--added")
        ADDED.update(argv[at + 1].split(","))
        MASKED_KEYS.add("output_format_version")
        argv = argv[:at] + argv[at + 2:]
    if len(argv) >= 2 and argv[0] == "check":
        return check(argv[1])
    if len(argv) >= 2 and argv[0] == "run":
        dll = argv[argv.index("--dll") + 1] if "--dll" in argv else build(REPO)
        run_library(argv[1], dll, os.path.join(REPO, "scenarios"))
        return 0
    if len(argv) == 3 and argv[0] == "compare":
        return compare_trees(argv[1], argv[2])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
