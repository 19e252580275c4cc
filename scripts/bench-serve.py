#!/usr/bin/env python3
"""Times `dossier serve`'s incremental rebuild: from saving a case file to the new page
being served, over 20 edits of the bench corpus, and prints the median.

    scripts/bench-serve.py [large|medium|huge]     (default: large)

Each edit appends a unique word to a different case file, then waits on the reload
request the served pages use (/__dossier/changes) and fetches the case's page until it
has the word. The corpus is the one scripts/bench generates (BENCH_DIR, default
/dev/shm/dossier-bench); each file is put back as it was afterwards.
"""
import os
import statistics
import subprocess
import sys
import threading
import time
import urllib.request

scale = sys.argv[1] if len(sys.argv) > 1 else "large"
repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
corpus = os.path.join(os.environ.get("BENCH_DIR", "/dev/shm/dossier-bench"), f"corpus-{scale}")
dossier = os.path.join(repo, ".build", "release", "dossier")
if not os.path.exists(os.path.join(corpus, "content", "site.yaml")):
    sys.exit(f"no corpus at {corpus}: run scripts/bench {scale} first")
subprocess.run(["swift", "build", "-c", "release", "--product", "dossier"], cwd=repo, check=True,
               stdout=subprocess.DEVNULL)

server = subprocess.Popen([dossier, "serve", "--source", corpus, "--port", "0", "--as-of", "2026-11-22"],
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
try:
    base = None
    started = time.monotonic()
    for line in server.stdout:
        if line.startswith("Built "):
            print(f"first build: {line.strip()} ({time.monotonic() - started:.1f} s to serve)")
        if line.startswith("Serving at "):
            base = line.split()[2]
            break
    if base is None:
        sys.exit("dossier serve did not start")

    def get(path):
        with urllib.request.urlopen(base + path.lstrip("/"), timeout=30) as response:
            return response.read().decode()

    cases = sorted(f for f in os.listdir(os.path.join(corpus, "content", "cases")) if f.endswith(".md"))
    timings = []
    for run in range(20):
        name = cases[(run * 397) % len(cases)]
        path = os.path.join(corpus, "content", "cases", name)
        with open(path, encoding="utf-8") as f:
            original = f.read()
        page = f"/cases/{name[:-3]}/"
        if "<h1>" not in get(page):
            continue  # a draft: not served without --drafts
        version = int(get("/__dossier/changes?after=-1"))
        marker = f"benchmark-edit-{run}-{time.time_ns()}"
        answer = {}
        waiter = threading.Thread(target=lambda: answer.setdefault("v", get(f"/__dossier/changes?after={version}")))
        waiter.start()
        time.sleep(0.05)
        saved = time.monotonic()
        with open(path, "w", encoding="utf-8") as f:
            f.write(original + f"\n{marker}\n")
        waiter.join()
        while marker not in get(page):
            time.sleep(0.002)
        timings.append((time.monotonic() - saved) * 1000)
        with open(path, "w", encoding="utf-8") as f:
            f.write(original)
        # Let the server take the restored file in before the next edit.
        get(f"/__dossier/changes?after={answer['v']}")
    timings.sort()
    print(f"{len(timings)} edits of {scale}: save to served page, median {statistics.median(timings):.0f} ms "
          f"(min {timings[0]:.0f}, max {timings[-1]:.0f})")
finally:
    server.terminate()
    server.wait(timeout=10)
