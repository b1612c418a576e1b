#!/usr/bin/env python3
"""Edit-to-reload latency of the live preview (`bantin serve`) on a generated site.

    python3 bench/preview.py [--count 1000] [--edits 10]

Copies the bench corpus target/bench/N (made by bench.py: the project's generator, seed 1, the site's
templates, CSS and settings) to target/bench/N-preview, starts `java -jar target/bantin.jar serve
--port 0` on it, and listens to the reload events as a browser tab does. Each edit rewrites one article
file; its latency is the time from the end of the write to the moment the reload event has arrived AND
the article page, fetched again as the reloading tab does, shows the new text. Three kinds of edit:

  body          the text of an article from the middle of the archive
  title         the title of that article (its listings, neighbours' links and tag pages change too)
  newest-body   the text of the newest article (what an editor writing today's article does)
  newest-title  the title of the newest article: the worst case, since the "Các tin khác" box of
                every article page shows it, so every article page is written again

Prints the first full build time and the median and maximum latency per kind. Python 3 standard
library only; traffic goes to 127.0.0.1 only.
"""
import argparse
import http.client
import os
import queue
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench  # noqa: E402  (the corpus and the jar come from the build benchmark)

NOW = bench.NOW


def start(site):
    cmd = ["java", "-jar", str(bench.ROOT / "target" / "bantin.jar"), "serve", "--source", str(site), "--port", "0",
           "--now", NOW]
    started = time.perf_counter()
    # English messages: the lines read below are the English ones.
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env=dict(os.environ, BANTIN_LANG="en"))
    lines = queue.Queue()
    threading.Thread(target=lambda: [lines.put(l) for l in proc.stdout], daemon=True).start()
    deadline = time.time() + 300
    while time.time() < deadline:
        line = lines.get(timeout=300)
        m = re.match(r"Preview: http://127\.0\.0\.1:(\d+)/", line)
        if m:
            return proc, int(m.group(1)), time.perf_counter() - started, lines
        if "error(s)" in line:
            proc.terminate()
            sys.exit("the preview reported errors:\n" + line + "".join(drain(lines)))
    proc.terminate()
    sys.exit("the preview did not start")


def drain(lines):
    out = []
    while not lines.empty():
        out.append(lines.get())
    return out


class Events:
    """The reload events, read as a tab's EventSource does."""

    def __init__(self, port):
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.conn.request("GET", "/_bantin/events")
        self.resp = self.conn.getresponse()
        self.builds = queue.Queue()
        threading.Thread(target=self.read, daemon=True).start()
        self.current = self.builds.get(timeout=30)

    def read(self):
        for raw in self.resp:
            line = raw.decode("utf-8").strip()
            if line.startswith("data: "):
                self.builds.put(line[6:])

    def next(self, timeout=60):
        build = self.builds.get(timeout=timeout)
        self.current = build
        return build


def fetch(port, path):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    conn.request("GET", path)
    body = conn.getresponse().read().decode("utf-8")
    conn.close()
    return body


def edit(events, port, file, page, old, new, shown):
    text = file.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {file}"
    file.write_text(text.replace(old, new, 1), encoding="utf-8")
    t0 = time.perf_counter()
    events.next()
    body = fetch(port, page)
    latency = time.perf_counter() - t0
    if shown not in body:
        sys.exit(f"after the reload, {page} does not show the edit {shown!r}")
    return latency


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--count", type=int, default=1000)
    p.add_argument("--edits", type=int, default=10)
    args = p.parse_args()
    if not (bench.ROOT / "target" / "bantin.jar").exists():
        subprocess.run(["mvn", "-B", "-q", "package", "-DskipTests"], cwd=bench.ROOT, check=True)
    corpus = bench.corpus(args.count)
    site = corpus.parent / f"{args.count}-preview"
    shutil.rmtree(site, ignore_errors=True)
    shutil.copytree(corpus, site)
    files = sorted((site / "content").rglob("*.md"))
    middle = files[len(files) // 2]

    proc, port, first, lines = start(site)
    try:
        events = Events(port)
        top = re.search(r'href="/tin-tuc/([^"]+)\.html"', fetch(port, "/")).group(1)  # the newest published article
        newest = next(f for f in files if f.stem == top)
        results = {}
        kinds = (("body", middle), ("title", middle), ("newest-body", newest), ("newest-title", newest))
        for kind, file in kinds:
            page = f"/tin-tuc/{file.stem}.html"  # the generator names each file by its slug
            times = []
            for i in range(args.edits):
                text = file.read_text(encoding="utf-8")
                if kind.endswith("body"):
                    para = text.split("\n---\n", 1)[1].strip().split("\n")[0]
                    mark = f"Sửa lần {i + 1}."
                    times.append(edit(events, port, file, page, para, para + " " + mark, mark))
                else:
                    title = re.search(r'^title: "(.*)"$', text, re.M).group(1)
                    mark = f"({kind} {i + 1})"
                    times.append(edit(events, port, file, page, f'title: "{title}"', f'title: "{title} {mark}"', mark))
            results[kind] = times
        log = drain(lines)
    finally:
        proc.terminate()
        proc.wait(timeout=60)
    load = os.getloadavg()[0]
    print(f"N={args.count}: first full build (JVM start to serving) {first:.2f} s; "
          f"load average {load:.1f} on {os.cpu_count()} cores")
    print(f"{'edit':<13} {'median ms':>10} {'max ms':>8}  (from the write to the reloaded page, {args.edits} edits each)")
    for kind, times in results.items():
        print(f"{kind:<13} {statistics.median(times) * 1000:>10.0f} {max(times) * 1000:>8.0f}")
    updates = [l.strip() for l in log if l.startswith("Updated the preview")]
    print("last rebuild of each kind, as the preview reports it:")
    for k in range(len(results)):
        i = (k + 1) * args.edits - 1
        if i < len(updates):
            print("  " + updates[i])


if __name__ == "__main__":
    main()
