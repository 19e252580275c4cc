#!/usr/bin/env python3
"""Makes a corpus from ../shared/bench/gen-corpus.py acceptable to dossier's content checks.

The generator writes two things dossier refuses, as it should refuse them from a volunteer:
  - a photo without `photo_alt` (the content model requires a description of every photo);
  - on a few cases, a `released` date before the `detained` date.
This adds `photo_alt: "Portrait of <name>"` and drops such a `released` line, and prints what
it changed, so the benchmark measures a build that succeeds.

    bench-corpus-fixups.py CORPUSDIR
"""
import os
import re
import sys


def bounds(date, last):
    """The first (or last) day a YYYY, YYYY-MM or YYYY-MM-DD date allows, as a tuple."""
    parts = [int(p) for p in date.split("-")]
    return tuple(parts + ([12, 31] if last else [1, 1])[len(parts) - 1:])[:3]


def main(corpus):
    folder = os.path.join(corpus, "content", "cases")
    alt_added = releases_dropped = 0
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
        if text != original:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
    print(f"  corpus fix-ups: photo_alt added to {alt_added} cases, "
          f"{releases_dropped} 'released' before 'detained' dropped")


if __name__ == "__main__":
    main(sys.argv[1])
