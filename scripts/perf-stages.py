#!/usr/bin/env python3
"""A build's CPU samples by the stage that spent them, from a `perf record -g` of a release
build (frame pointers are enough):

    perf record -g -o build.data .build/release/dossier build --output /dev/shm/out
    scripts/perf-stages.py build.data

Each sample counts for the innermost frame that names a stage, so malloc, swift_retain or
the kernel's write count for the code that called them. Samples whose stack was lost (glibc
has no frame pointers, so a stack inside malloc often ends there) are "unattributed"; they
are mostly allocation, spread over the stages in about their shares. The "floor:" stages
are what `../shared/bench/floor.sh` does too.
"""
import collections
import subprocess
import sys

STAGES = [
    ("floor: cmark", ["cmark_", "S_parse", "S_process", "CommonMark.", "houdini", "S_render"]),
    ("floor: reading the files", ["FileBytes", "ContentLoader", "ContentTree"]),
    ("floor: writing the files", ["PlainFile.write", "makeFolders", "SiteWriter.folders"]),
    ("front matter", ["yaml_", "YAML", "FieldReader", "Decoder.", "PartialDate", "FrontMatter"]),
    ("parse, the rest", ["ContentParser", "ContentFileParser", "SingleFileParser", "Transliteration",
                         "SectionAnchors", "Case.timelineAnchors"]),
    ("pictures", ["Image", "vips_"]),
    ("resolving", ["SiteResolver", "LinkChecker", "URLClaims", "CaseGroups", "SignatoryIndex",
                   "Site.localized", "SiteAddresses"]),
    ("search index", ["SearchWordFolder", "SearchPostings", "SearchIndex", "SearchText", "SearchDocument",
                      "searchDocuments", "SearchScriptFile", "SearchNames", "SearchShards",
                      "SearchSpellings", "SearchKey", "SearchPieceTable", "SearchFileContents",
                      "SearchRecord"]),
    ("open data and JSON-LD", ["OpenData", "JSONValue", "CSV"]),
    ("feeds", ["Feed"]),
    ("sitemap", ["Sitemap"]),
    ("QR codes", ["QRCode"]),
    ("link audit", ["LinkAudit"]),
    ("templates", ["TemplateRenderer", "TemplateLibrary", "HTMLEscaping", "OutputBuffer", "withPage"]),
    ("page contexts", ["SiteContexts", "TemplateContext", "TemplateObject", "makeSummaries",
                       "PageContexts", "LanguageContexts", "FilterContexts", "PhotoContexts",
                       "SharingContexts"]),
    ("writer, the rest", ["SiteWriter", "SiteRenderer"]),
    ("freeing", ["BackgroundRelease", "malloc_trim", "FreedMemory"]),
]


def samples(data):
    script = subprocess.run(["perf", "script", "-i", data, "-F", "ip,sym", "--no-demangle"],
                            capture_output=True, text=True, check=True).stdout
    stack = []
    for line in script.split("\n"):
        if line.startswith("\t") or line.startswith(" " * 8):
            stack.append(line.strip().split(" ", 1)[-1])
        elif stack:
            yield stack
            stack = []
    if stack:
        yield stack


def main():
    stacks = list(samples(sys.argv[1]))
    symbols = sorted({frame for stack in stacks for frame in stack})
    demangled = subprocess.run(["swift", "demangle", "--simplified"], input="\n".join(symbols),
                               capture_output=True, text=True, check=True).stdout.split("\n")
    names = dict(zip(symbols, demangled))
    counts = collections.Counter()
    for stack in stacks:
        stage = next((name for frame in stack for name, marks in STAGES
                      if any(mark in names.get(frame, frame) for mark in marks)), "unattributed")
        counts[stage] += 1
    total = sum(counts.values())
    print("| stage | share of the samples |")
    print("| --- | ---: |")
    for stage, count in counts.most_common():
        print(f"| {stage} | {100 * count / total:.1f}% |")
    print(f"\n{total:,} samples")


if __name__ == "__main__":
    main()
