#!/usr/bin/python3
"""Fails when a translatable string has no finished Chinese translation, when the .ts file
keeps strings the sources no longer have, or when an English plural form is missing.

It runs lupdate over the sources into a copy of the committed .ts files, so a string added
to the code without running update_translations and translating it is caught too.
"""
import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path


def problems(ts_path: Path, numerus_only: bool) -> list[str]:
    found = []
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            numerus = message.get("numerus") == "yes"
            if kind in ("vanished", "obsolete"):
                found.append(f"{name}: no longer in the sources: {source!r}")
                continue
            if numerus_only and not numerus:
                continue
            if kind == "unfinished" or translation is None:
                found.append(f"{name}: not translated: {source!r}")
                continue
            forms = translation.findall("numerusform") if numerus else [translation]
            if not forms or any(not (form.text or "").strip() for form in forms):
                found.append(f"{name}: empty translation: {source!r}")
    return found


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--chinese", required=True, type=Path)
    parser.add_argument("--english", required=True, type=Path)
    parser.add_argument("--sources", required=True, type=Path,
                        help="file listing the translatable sources, one per line")
    args = parser.parse_args()

    sources = [line for line in args.sources.read_text().splitlines() if line]
    failures = []
    with tempfile.TemporaryDirectory() as scratch:
        for original, numerus_only in ((args.chinese, False), (args.english, True)):
            copy = Path(scratch) / original.name
            shutil.copyfile(original, copy)
            result = subprocess.run(
                [args.lupdate, "-locations", "none", "-no-ui-lines", "-silent", *sources,
                 "-ts", str(copy)],
                capture_output=True, text=True)
            if result.returncode != 0:
                print(result.stdout, result.stderr, file=sys.stderr)
                return 1
            failures += [f"{original.name}: {p}" for p in problems(copy, numerus_only)]
    for failure in failures:
        print(failure)
    if failures:
        print(f"{len(failures)} translation problem(s). Run the update_translations target, "
              "translate every new string in translations/hongyan_zh_CN.ts and remove "
              "vanished ones.", file=sys.stderr)
        return 1
    print("translations complete")
    return 0


if __name__ == "__main__":
    sys.exit(main())
