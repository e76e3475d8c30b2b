"""Compares Squawk's and Driftguard's findings on the rule fixtures; called by compare.sh."""
import json
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

# Our rule -> the Squawk rules that look for the same problem. Empty: Squawk has no counterpart.
MAPPING = {
    "non-concurrent-index": ["require-concurrent-index-creation", "require-concurrent-index-deletion",
                             "require-concurrent-reindex"],
    "add-column-volatile-default": ["adding-field-with-default"],
    "add-not-null-column-without-default": ["adding-required-field"],
    "set-not-null-without-check": ["adding-not-nullable-field"],
    "constraint-without-not-valid": ["adding-foreign-key-constraint", "constraint-missing-not-valid"],
    "unique-constraint-without-index": ["disallowed-unique-constraint", "adding-serial-primary-key-field"],
    "column-type-rewrite": ["changing-column-type"],
    "rename-column-or-table": ["renaming-column", "renaming-table"],
    "drop-column-or-table": ["ban-drop-column", "ban-drop-table"],
    "drop-cascade": [],
    "truncate-table": ["ban-truncate-cascade"],
    "update-or-delete-without-where": [],
    "new-enum-value-used-in-transaction": [],
    "missing-lock-timeout": ["require-lock-timeout", "require-timeout-settings"],
    "integer-primary-key": ["prefer-bigint-over-int", "prefer-bigint-over-smallint"],
    "discouraged-column-type": ["ban-char-field", "prefer-text-field", "prefer-timestamp-tz"],
    "identifier-too-long": ["identifier-too-long"],
}

squawk, jar, rules_dir, work = sys.argv[1:5]


def statement_ranges(text):
    """(first line, last line) of each statement, 1-based; good enough for the fixtures' plain SQL."""
    ranges, start, in_block = [], None, False
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if in_block:
            in_block = "*/" not in stripped
            continue
        if stripped.startswith("/*"):
            in_block = "*/" not in stripped
            continue
        if start is None and (not stripped or stripped.startswith("--")):
            continue
        if start is None:
            start = number
        if re.search(r";\s*(--.*)?$", stripped):
            ranges.append((start, number))
            start = None
    return ranges


def statement_of(ranges, line):
    for index, (first, last) in enumerate(ranges):
        if first <= line <= last:
            return index
    return -1


def squawk_findings(path):
    # Prisma runs a migration file as one transaction; --assume-in-transaction tells Squawk so.
    out = subprocess.run([squawk, "--reporter", "json", "--pg-version", "16", "--assume-in-transaction", path],
                         capture_output=True, text=True).stdout
    return [(f["rule_name"], f["line"] + 1) for f in json.loads(out or "[]")]


def driftguard_findings(rule, path, fixture_id):
    project = os.path.join(work, "projects", fixture_id.replace("/", "_"))
    migration = os.path.join(project, "prisma", "migrations", "1_fixture")
    os.makedirs(migration, exist_ok=True)
    with open(path, encoding="utf-8") as src, open(os.path.join(migration, "migration.sql"), "w",
                                                     encoding="utf-8") as dst:
        dst.write(src.read())
    snapshot = os.path.join(work, "snapshots", rule + ".json")
    out = subprocess.run(["java", "-jar", jar, "lint", project, "--catalog", snapshot, "--format", "json",
                          "--fail-on", "NEVER"], capture_output=True, text=True, check=True).stdout
    return [(f["ruleId"], f["location"]["line"]) for f in json.loads(out)["findings"] if "location" in f]


fixtures = []
for rule in sorted(MAPPING):
    for kind in ("bad", "good"):
        folder = os.path.join(rules_dir, rule, kind)
        if os.path.isdir(folder):
            fixtures += [(rule, kind, name, os.path.join(folder, name)) for name in sorted(os.listdir(folder))]

# One JVM per fixture: run a few at once.
with ThreadPoolExecutor(max_workers=4) as pool:
    ours_by_fixture = list(pool.map(lambda f: driftguard_findings(f[0], f[3], f"{f[0]}/{f[1]}/{f[2]}"), fixtures))

rows, details = [], []
for rule in sorted(MAPPING):
    counterpart = MAPPING[rule]
    agree = ours_only = theirs_only = statements = 0
    for (fixture_rule, kind, name, path), found in zip(fixtures, ours_by_fixture):
        if fixture_rule != rule:
            continue
        with open(path, encoding="utf-8") as f:
            ranges = statement_ranges(f.read())
        ours = {statement_of(ranges, line) for r, line in found if r == rule}
        theirs = {statement_of(ranges, line) for r, line in squawk_findings(path) if r in counterpart}
        for index in range(len(ranges)):
            statements += 1
            if (index in ours) == (index in theirs):
                agree += 1
                continue
            who = "Driftguard only" if index in ours else "Squawk only"
            if index in ours:
                ours_only += 1
            else:
                theirs_only += 1
            details.append(f"| `{rule}` | `{kind}/{name}` | statement {index + 1} (line {ranges[index][0]}) | {who} |")
    rows.append(f"| `{rule}` | {', '.join('`' + c + '`' for c in counterpart) or '(none)'} | {statements} | "
                f"{agree} | {ours_only} | {theirs_only} |")

print("| Driftguard rule | Squawk rules | statements | agree | Driftguard only | Squawk only |")
print("|---|---|---:|---:|---:|---:|")
print("\n".join(rows))
print()
print("| rule | fixture | statement | flagged by |")
print("|---|---|---|---|")
print("\n".join(details))
