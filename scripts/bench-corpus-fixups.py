#!/usr/bin/env python3
"""Makes a corpus from ../shared/bench/gen-corpus.py acceptable to dossier's content checks.

The generator writes three things dossier refuses, as it should refuse them from a volunteer:
  - a photo without `photo_alt` (the content model requires a description of every photo);
  - on a few cases, a `released` date before the `detained` date;
  - on a few cases, a date after the day the benchmark builds as of (`--as-of`), which
    cannot have happened yet (8 releases in July 2025 on large).
This adds `photo_alt: "Portrait of <name>"` and drops such date lines, and prints what it
changed, so the benchmark measures a build that succeeds. Running it again changes nothing.

    bench-corpus-fixups.py CORPUSDIR AS_OF
"""
import os
import re
import sys


def bounds(date, last):
    """The first (or last) day a YYYY, YYYY-MM or YYYY-MM-DD date allows, as a tuple."""
    parts = [int(p) for p in date.split("-")]
    return tuple(parts + ([12, 31] if last else [1, 1])[len(parts) - 1:])[:3]


def main(corpus, as_of):
    folder = os.path.join(corpus, "content", "cases")
    alt_added = releases_dropped = future_dropped = 0
    today = bounds(as_of, False)
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        original = text
        if "\nphoto:" in text and "\nphoto_alt:" not in text:
            person = re.search(r"^name: (.*)$", text, re.M).group(1).strip("'\"")
            text = text.replace("\nphoto:", '\nphoto_alt: "Portrait of %s"\nphoto:' % person, 1)
            alt_added += 1
        detained = re.search(r"^detained: (\S+)$", text, re.M)
        released = re.search(r"^released: (\S+)$", text, re.M)
        if detained and released and bounds(released.group(1), True) < bounds(detained.group(1), False):
            text = text.replace(released.group(0) + "\n", "", 1)
            releases_dropped += 1
        for match in list(re.finditer(r"^(?:detained|sentenced|released): (\S+)\n", text, re.M)):
            if bounds(match.group(1), False) > today:
                text = text.replace(match.group(0), "", 1)
                future_dropped += 1
        if text != original:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
    print(f"  corpus fix-ups: photo_alt added to {alt_added} cases, "
          f"{releases_dropped} 'released' before 'detained' dropped, "
          f"{future_dropped} dates after {as_of} dropped")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
