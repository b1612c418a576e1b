#!/usr/bin/env python3
"""Build benchmark for Bản tin: whole-process timings of the CLI on a generated corpus.

    python3 bench/bench.py [--runs 3] [--counts 1000,10000] [--hugo] [--plain-java] [--jvm-flags "..."]

For each N it generates ../shared/bench/gen-corpus.py --seed 1 --format bantin (with image files)
into target/bench/N/ (kept between runs), then runs `./bantin build` (or, with --plain-java,
`java -jar target/bantin.jar build`) RUNS times
(a clean output each time) and prints the median wall time, CPU time, peak RSS, files written and
the build's own per-stage times, then the search index size and the heaviest article page with its CSS
(gzipped). Python 3 standard library only; no network. Search latency in a browser: search_latency.py.
the build's own per-stage times; then `check` (what the pre-commit hook runs) RUNS times. Python 3
standard library only; no network.
"""
import argparse
import gzip
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GEN = ROOT.parent / "shared" / "bench" / "gen-corpus.py"
NOW = "2026-11-23T00:00+07:00"
# Every timed build (Bản tin's and Hugo's) writes into a folder of its own under RUNS, and nothing is
# deleted while the bench runs. On an ext4 file system without a journal (as on the machines this was
# measured on), creating a file within 60 s of deleting many (6 min if not yet synced) scans the
# recently deleted inodes: writing 15,000 pages after deleting 15,000 took 0.6-6 s of CPU for the same
# bytes. Keeping deletions out of the timed window gives both tools the same, repeatable disk cost.
RUNS = ROOT / "target" / "bench" / "runs"


def corpus(n):
    """target/bench/N: the site's settings, templates and CSS plus N generated articles."""
    site = ROOT / "target" / "bench" / str(n)
    stamp = site / ".complete"
    if not stamp.exists():
        shutil.rmtree(site, ignore_errors=True)
        (site / "assets").mkdir(parents=True)
        gen = Path(os.environ.get("BANTIN_GEN_CORPUS", GEN))
        subprocess.run([sys.executable, str(gen), "--count", str(n), "--seed", "1", "--format", "bantin",
                        "--out", str(site / "content" / "tin-tuc"), "--assets", str(site / "assets")], check=True,
                       stdout=subprocess.DEVNULL)
        stamp.touch()
    # The generated articles are kept; the site's own templates, CSS and settings are always current.
    for folder in ("templates", "assets/css"):
        shutil.rmtree(site / folder, ignore_errors=True)
        shutil.copytree(ROOT / folder, site / folder)
    shutil.copy(ROOT / "jbake.properties", site / "jbake.properties")
    return site


def run_once(cmd, env=None):
    """Runs cmd; returns (wall s, cpu s, peak RSS MiB, stdout) for that one process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit("build failed:\n" + out)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, out


def count_files(out):
    pages = feeds = 0
    for _, _, files in os.walk(out):
        for f in files:
            if f.endswith(".html"):
                pages += 1
            elif f == "feed.xml":
                feeds += 1
    return pages, feeds


def fresh_output(name):
    """A folder under RUNS that no build has used yet in this bench."""
    k = 1
    while (RUNS / f"{name}-{k}").exists():
        k += 1
    return RUNS / f"{name}-{k}"


def clear_runs():
    """Deletes the outputs a previous bench left, then lets the file system forget the deletions."""
    if RUNS.exists():
        print(f"deleting the outputs of the last bench in {RUNS}, then waiting 65 s (see RUNS)", flush=True)
        shutil.rmtree(RUNS)
        os.sync()
        time.sleep(65)
    RUNS.mkdir(parents=True)


def bench_bantin(site, runs, jvm_flags, plain_java):
    jar = ROOT / "target" / "bantin.jar"
    results, stages = [], []
    env = dict(os.environ, BANTIN_JAVA_OPTS=" ".join(jvm_flags))
    for _ in range(runs):
        out = fresh_output(f"bantin-{site.name}")
        launcher = ["java", *jvm_flags, "-jar", str(jar)] if plain_java else [str(ROOT / "bantin")]
        cmd = [*launcher, "build", "--source", str(site), "--output", str(out), "--now", NOW]
        wall, cpu, rss, text = run_once(cmd, env)
        results.append((wall, cpu, rss))
        line = next((l for l in text.splitlines() if l.strip().startswith("stages:")), "")
        stages.append(dict((k, int(v)) for k, v in re.findall(r"([\w+() -]+?)=(\d+)ms", line.replace("stages:", ""))))
    pages, feeds = count_files(out)
    return results, stages, pages, feeds, out


def bench_check(site, runs, jvm_flags, plain_java):
    """`check` on the same site: validation only, nothing written (the pre-commit hook's command)."""
    jar = ROOT / "target" / "bantin.jar"
    env = dict(os.environ, BANTIN_JAVA_OPTS=" ".join(jvm_flags))
    launcher = ["java", *jvm_flags, "-jar", str(jar)] if plain_java else [str(ROOT / "bantin")]
    cmd = [*launcher, "check", "--source", str(site), "--now", NOW]
    return [run_once(cmd, env)[:3] for _ in range(runs)]


def bench_hugo(site, runs):
    """Hugo on the same articles, with an equivalent minimal site (list, single, taxonomies, RSS)."""
    hugo = shutil.which("hugo")
    if not hugo:
        return None
    hsite = site.parent / (site.name + "-hugo")
    if not (hsite / ".complete").exists():
        shutil.rmtree(hsite, ignore_errors=True)
        (hsite / "layouts" / "_default").mkdir(parents=True)
        shutil.copytree(site / "content", hsite / "content")
        (hsite / "config.toml").write_text(
            'baseURL = "https://sonoivu.example.gov.vn/"\nlanguageCode = "vi"\ntitle = "Sở Nội vụ"\n'
            'paginate = 10\n[taxonomies]\n  tag = "tags"\n  category = "category"\n'
            '[outputs]\n  home = ["HTML", "RSS"]\n  section = ["HTML", "RSS"]\n  taxonomy = ["HTML", "RSS"]\n'
            '  term = ["HTML", "RSS"]\n[services.rss]\n  limit = 20\n', encoding="utf-8")
        base = ('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>'
                '<body>{{ block "main" . }}{{ end }}</body></html>')
        (hsite / "layouts" / "_default" / "baseof.html").write_text(base, encoding="utf-8")
        (hsite / "layouts" / "_default" / "single.html").write_text(
            '{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Date.Format "02/01/2006 15:04" }}</p>'
            '{{ .Content }}{{ range .Params.tags }}<a href="{{ "tags/" | relURL }}{{ . | urlize }}/">{{ . }}</a>{{ end }}'
            '{{ end }}', encoding="utf-8")
        (hsite / "layouts" / "_default" / "list.html").write_text(
            '{{ define "main" }}<h1>{{ .Title }}</h1>{{ range .Paginator.Pages }}<h2><a href="{{ .RelPermalink }}">'
            '{{ .Title }}</a></h2><p>{{ .Summary }}</p>{{ end }}{{ template "_internal/pagination.html" . }}{{ end }}',
            encoding="utf-8")
        (hsite / ".complete").touch()
    results = []
    for _ in range(runs):
        out = fresh_output(f"hugo-{site.name}")
        wall, cpu, rss, _ = run_once([hugo, "--quiet", "-s", str(hsite), "-d", str(out)])
        results.append((wall, cpu, rss))
    return results


def weights(out):
    """Bytes a reader downloads: the search index and the heaviest article page with its CSS, gzipped."""
    index = (out / "search-index.json").read_bytes()
    css = len(gzip.compress((out / "css" / "site.css").read_bytes(), 6))
    article = max(len(gzip.compress(p.read_bytes(), 6)) for p in (out / "tin-tuc").glob("*.html"))
    return len(index), len(gzip.compress(index, 6)), article + css


def median(results, i):
    return statistics.median(r[i] for r in results)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--counts", default="1000,10000")
    p.add_argument("--hugo", action="store_true", help="also time Debian's hugo on the same corpus")
    p.add_argument("--jvm-flags", default="", help="extra flags for the java command")
    p.add_argument("--orientdb", action="store_true", help="also time the build with JBake's OrientDB store")
    p.add_argument("--plain-java", action="store_true", help="run java -jar target/bantin.jar instead of ./bantin")
    args = p.parse_args()
    if not (ROOT / "target" / "bantin.jar").exists() or not (ROOT / "target" / "bantin.jsa").exists():
        subprocess.run(["mvn", "-B", "-q", "package", "-DskipTests"], cwd=ROOT, check=True)
    clear_runs()
    print(f"{'N':>7} {'tool':<7} {'wall s':>7} {'cpu s':>7} {'RSS MiB':>8} {'pages':>7} {'feeds':>6}  stages (median ms)")
    seed = bench_check(ROOT, args.runs, args.jvm_flags.split(), args.plain_java)
    print(f"{'seed':>7} {'check':<7} {median(seed, 0):>7.2f} {median(seed, 1):>7.2f} {median(seed, 2):>8.0f}"
          "   (this repository's own site; the pre-commit hook's goal is 3 s)", flush=True)
    for n in (int(x) for x in args.counts.split(",")):
        site = corpus(n)
        results, stages, pages, feeds, out = bench_bantin(site, args.runs, args.jvm_flags.split(), args.plain_java)
        keys = [k for k in stages[0]]
        stage_text = " ".join(f"{k.strip()}={int(statistics.median(s.get(k, 0) for s in stages))}" for k in keys)
        print(f"{n:>7} {'bantin':<7} {median(results, 0):>7.2f} {median(results, 1):>7.2f} {median(results, 2):>8.0f}"
              f" {pages:>7} {feeds:>6}  {stage_text}", flush=True)
        raw, gz, article = weights(out)
        print(f"{n:>7} search-index.json {raw:,} bytes, {gz:,} gzipped; heaviest article page + CSS {article:,} bytes gzipped",
              flush=True)
        if args.orientdb:
            o = bench_bantin(site, args.runs, args.jvm_flags.split() + ["-Dbantin.orientdb.store=true"], args.plain_java)[0]
            print(f"{n:>7} {'+orient':<7} {median(o, 0):>7.2f} {median(o, 1):>7.2f} {median(o, 2):>8.0f}"
                  f"   the same build with OrientDB started and every document stored in it, as JBake does", flush=True)
        c = bench_check(site, args.runs, args.jvm_flags.split(), args.plain_java)
        print(f"{n:>7} {'check':<7} {median(c, 0):>7.2f} {median(c, 1):>7.2f} {median(c, 2):>8.0f}", flush=True)
        if args.hugo:
            h = bench_hugo(site, args.runs)
            if h is None:
                print(f"{n:>7} hugo    not installed (apt-get install hugo)")
            else:
                print(f"{n:>7} {'hugo':<7} {median(h, 0):>7.2f} {median(h, 1):>7.2f} {median(h, 2):>8.0f}"
                      f"   ratio bantin/hugo = {median(results, 0) / median(h, 0):.2f}", flush=True)


if __name__ == "__main__":
    main()
