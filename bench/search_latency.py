#!/usr/bin/env python3
"""Search latency on a generated site in headless Chromium, throttled like a mid-range phone.

    python3 bench/search_latency.py [--count 10000] [--runs 3]

Builds target/bench/N (as bench/bench.py, same corpus) if needed, serves it with gzip on 127.0.0.1 and
opens /tim-kiem.html in Chromium with Lighthouse's mobile throttling through the DevTools protocol:
CPU 4x slower, 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up. It prints:
  - the search index size (bytes, gzipped);
  - cold: from opening tim-kiem.html?q=... to the first result painted (download, parse, fold, search);
  - typing: with the index loaded, each query typed key by key, one key every --interval ms (150: a
    fast typist); for every key, the time from the input event to the next frame painted after the
    results changed (median and max over all keys), and the same for the first key that showed a result.
Python 3 standard library and Debian's chromium + chromium-driver only.
"""
import argparse
import gzip
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench  # noqa: E402
from browser import Chromium, Site  # noqa: E402

QUERIES = ["cai cach hanh chinh", "CAI CACH", "cải cách", "tuyen dung cong chuc", "dang uy so noi vu"]

# Records, for every input event, the time from the event to the frame painted after the page's own
# handler ran (rAF, then a task: the usual next-paint approximation), and how many results were shown.
PROBE = """
window.__typed = [];
document.addEventListener('input', function (e) {
  var t0 = e.timeStamp;
  requestAnimationFrame(function () { setTimeout(function () {
    window.__typed.push({value: e.target.value, results: document.getElementById('ket-qua-tim-kiem').children.length,
                         ms: performance.now() - t0});
  }, 0); });
}, true);
window.__firstResult = new Promise(function (resolve) {
  document.addEventListener('DOMContentLoaded', function () {
    var list = document.getElementById('ket-qua-tim-kiem');
    new MutationObserver(function (m, observer) {
      if (list.children.length) {
        observer.disconnect();
        requestAnimationFrame(function () { setTimeout(function () { resolve(performance.now()); }, 0); });
      }
    }).observe(list, {childList: true});
  });
});
"""


def throttle(browser):
    browser.cdp("Emulation.setCPUThrottlingRate", {"rate": 4})
    browser.cdp("Network.enable")
    browser.cdp("Network.emulateNetworkConditions", {"offline": False, "latency": 150,
                                                     "downloadThroughput": 1.6e6 / 8, "uploadThroughput": 750e3 / 8})
    browser.cdp("Page.addScriptToEvaluateOnNewDocument", {"source": PROBE})


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--count", type=int, default=10000)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--interval", type=int, default=150, help="ms between two keys")
    args = p.parse_args()
    site = bench.corpus(args.count)
    out = site / "out"
    if not (out / "tim-kiem.html").exists():
        subprocess.run(["java", "-jar", str(bench.ROOT / "target" / "bantin.jar"), "build", "--source", str(site),
                        "--output", str(out), "--now", bench.NOW], check=True, stdout=subprocess.DEVNULL)
    index = (out / "search-index.json").read_bytes()
    articles = sum(1 for _ in (out / "tin-tuc").glob("*.html"))
    print(f"site: {articles} article pages; search-index.json {len(index):,} bytes, "
          f"{len(gzip.compress(index, 6)):,} gzipped")
    server = Site(out)
    cold, keys, first = [], [], []
    try:
        for _ in range(args.runs):
            browser = Chromium(width=360, height=740, mobile=True)
            try:
                throttle(browser)
                browser.get(server.url + "tim-kiem.html?q=cai%20cach%20hanh%20chinh")
                cold.append(browser.run_async("var done = arguments[0]; window.__firstResult.then(done);"))
                for query in QUERIES:
                    browser.run("var i = document.getElementById('tu-khoa'); i.value = ''; window.__typed = [];")
                    for key in query:
                        browser.type("#tu-khoa", key)
                        time.sleep(args.interval / 1000)
                    typed = browser.run_async(
                        "var done = arguments[1], n = arguments[0];"
                        "(function wait() { if (window.__typed.length >= n) { done(window.__typed); } else { setTimeout(wait, 50); } })();",
                        len(query))
                    keys += [t["ms"] for t in typed]
                    shown = [t["ms"] for t in typed if t["results"] > 0]
                    if shown:
                        first.append(shown[0])
            finally:
                browser.close()
    finally:
        server.close()
    print(f"throttling: CPU 4x, 150 ms RTT, 1.6 Mbit/s down (Lighthouse mobile); one key every {args.interval} ms")
    print(f"cold, opening tim-kiem.html?q=... to first result painted: median {statistics.median(cold):.0f} ms, "
          f"max {max(cold):.0f} ms ({len(cold)} runs)")
    print(f"typing, input event to results painted, every key: median {statistics.median(keys):.0f} ms, "
          f"max {max(keys):.0f} ms ({len(keys)} keys)")
    print(f"typing, first key that showed results: median {statistics.median(first):.0f} ms, max {max(first):.0f} ms")


if __name__ == "__main__":
    main()
