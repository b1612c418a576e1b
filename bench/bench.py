#!/usr/bin/env python3
"""Build benchmark for Bản tin: whole-process timings of the command line on generated corpora, against Hugo.

    python3 bench/bench.py [--counts 1000,10000,100000] [--runs 3] [--large-runs 1] [--hugo] [--jvm-flags "..."]

For each N it generates N articles with the project's own generator (src/test/java/vn/gov/noivu/bantin/Corpus.java,
seed 1, as the tests' 1,000-article site; with image files) into target/bench/N/ (kept between runs), and then
times, each as a whole process (JVM start included), taking turns run after run so that a slower minute of this
shared machine weighs on each alike:
- a full clean build with `./bantin build` and with `java -jar target/bantin.jar build` (the two commands users
  are told to type: the jar's launcher starts a JVM with ./bantin's settings), each into a fresh folder;
- with --hugo, Debian's hugo (0.111, installed with apt-get when missing) on two sites made from the same
  article files: hugo-min (bench/hugo/min: a floor, much less on each page than Bản tin) and hugo-eq
  (bench/hugo/eq: what Bản tin writes, element for element);
the same build with the site's cache deleted first ("cold": every file read, parsed and rendered); `check`
with the cache deleted and with it warm, and after an edit of one article; the unchanged rebuild (the same
build again into the last output: "Up to date"); the incremental build after an edit of one article's text
(the article is restored afterwards); and a new copy of the site in another folder (as a second clone is)
given the first one's cache, then `check` and `build` there. With --photos WxH (e.g. 3000x2000), it also
times the same N articles with a camera-like photo on every other article (Corpus --photos,
target/bench/N-anh-WxH) against the same articles without any picture (--photos none): Bản tin's first build
(its cache deleted before: every photo made), its second build into a fresh folder (every photo from the cache;
it must say "0 made"), and with --hugo Hugo making the same sizes from the same photos (bench/hugo/photos:
.Resize and .Fill, resources/_gen deleted before the first build). It prints one table: wall time (median, and the
range), CPU time and peak RSS of each, the ratios to hugo-min and hugo-eq, java -jar / ./bantin, and the
copy's runs over the cold ones; then the search index and heaviest article page sizes and the build's own
stage times; last, the goals, met or not. N of 50,000 and more are timed --large-runs times (default 1).
Python 3 standard library only; no network but apt-get's when --hugo must install hugo. Search latency in a
browser: search_latency.py; the preview: preview.py.
"""
import argparse
import gzip
import os
import re
import shutil
import statistics
import string
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HUGO = Path(__file__).resolve().parent / "hugo"
NOW = "2026-11-23T00:00+07:00"
# Every timed build (Bản tin's and Hugo's) writes into a folder of its own under RUNS, and nothing is
# deleted while the bench runs. On an ext4 file system without a journal (as on the machines this was
# measured on), creating a file within 60 s of deleting many (6 min if not yet synced) scans the
# recently deleted inodes: writing 15,000 pages after deleting 15,000 took 0.6-6 s of CPU for the same
# bytes. Keeping deletions out of the timed window gives both tools the same, repeatable disk cost.
RUNS = ROOT / "target" / "bench" / "runs"


def generate(site, n, pictures=None):
    """N articles into site/content/tin-tuc and their images into site/assets/images, by the tests' generator
    (compiled by `mvn package`, which also compiles the tests; else by `mvn test-compile`); with pictures, Corpus's
    --photos ("none", or WxH for a camera-like photo on every other article). The photos are drawn with the
    shaded jar's libraries."""
    classes = ROOT / "target" / "classes"
    tests = ROOT / "target" / "test-classes"
    if not (tests / "vn" / "gov" / "noivu" / "bantin" / "Corpus.class").exists():
        subprocess.run(["mvn", "-B", "-q", "test-compile"], cwd=ROOT, check=True)
    extra = ["--photos", pictures] if pictures else []
    classpath = os.pathsep.join(str(p) for p in (classes, tests, ROOT / "target" / "bantin.jar"))
    subprocess.run(["java", "-cp", classpath, "vn.gov.noivu.bantin.Corpus", "--count", str(n), "--seed", "1", *extra,
                    str(site)], check=True)


def corpus(n, pictures=None):
    """target/bench/N: the site's settings, templates and CSS plus N generated articles; with pictures (Corpus's
    --photos), target/bench/N-anh-PICTURES."""
    site = ROOT / "target" / "bench" / (str(n) if pictures is None else f"{n}-anh-{pictures}")
    stamp = site / ".complete"
    if not stamp.exists():
        shutil.rmtree(site, ignore_errors=True)
        site.mkdir(parents=True)
        generate(site, n, pictures)
        stamp.touch()
    # The generated articles are kept; the site's own templates, CSS and settings are always current.
    for folder in ("templates", "assets/css"):
        shutil.rmtree(site / folder, ignore_errors=True)
        shutil.copytree(ROOT / folder, site / folder)
    shutil.copy(ROOT / "jbake.properties", site / "jbake.properties")
    return site


def drop_cache(site):
    """Deletes the site's build cache (cache.folder's default, .cache), so that the next command reads every file."""
    shutil.rmtree(site / ".cache", ignore_errors=True)


def clone(site):
    """A copy of the site in a folder of its own, with the site's cache: what a second clone of a repository is
    when CI restores the cache another clone's pipeline saved (file times differ, contents are the same)."""
    copy = site.parent / (site.name + "-clone")
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(site, copy)
    return copy


def run_once(cmd, env=None):
    """Runs cmd; returns (wall s, cpu s, peak RSS MiB, stdout) for that one process. The file system is
    synced first, so that no run pays for writing back the pages the run before it wrote."""
    os.sync()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit("build failed:\n" + out)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, out


def count_files(out, stubs=False):
    """Pages (.html) and feeds (feed.xml, or index.xml for Hugo's default RSS) under out; with stubs, also the redirect stubs (tiny .html files
    with a meta refresh, such as the trang/1/ pages Hugo writes for every paginated listing), which are
    then not counted as pages."""
    pages = feeds = redirects = 0
    for folder, _, files in os.walk(out):
        for f in files:
            if f.endswith(".html"):
                path = os.path.join(folder, f)
                if stubs and os.path.getsize(path) < 1024 and b'http-equiv="refresh"' in Path(path).read_bytes():
                    redirects += 1
                else:
                    pages += 1
            elif f in ("feed.xml", "index.xml"):  # Bản tin's and the equivalent site's; Hugo's default name
                feeds += 1
    return (pages, feeds, redirects) if stubs else (pages, feeds)


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


def bantin(args, jvm_flags, plain_java=False):
    """Runs the CLI once with `args` (a command, then --source and the rest; --now is added): ./bantin with the
    extra JVM flags, or with plain_java `java -jar target/bantin.jar` as the documentation gives it. Returns
    run_once's (wall, cpu, rss, stdout)."""
    # English messages and --verbose: the bench reads the "stages:" line and the outcome's first words.
    env = dict(os.environ, BANTIN_JAVA_OPTS=" ".join(jvm_flags), BANTIN_LANG="en")
    launcher = ["java", "-jar", str(ROOT / "target" / "bantin.jar")] if plain_java else [str(ROOT / "bantin")]
    return run_once([*launcher, *args, "--now", NOW, "--verbose"], env)


def stages_of(text):
    """The build's own stage times (ms) from its `stages:` line."""
    line = next((l for l in text.splitlines() if l.strip().startswith("stages:")), "")
    return dict((k.strip(), int(v)) for k, v in re.findall(r"([\w+() -]+?)=(\d+)ms", line.replace("stages:", "")))


def bantin_once(site, jvm_flags, plain_java, cold=False):
    """One clean build with the CLI into a new folder, after deleting the site's cache when cold; returns
    ((wall, cpu, rss), stage times in ms, output folder)."""
    if cold:
        drop_cache(site)
    out = fresh_output(f"bantin-{site.name}")
    wall, cpu, rss, text = bantin(["build", "--source", str(site), "--output", str(out)], jvm_flags, plain_java)
    return (wall, cpu, rss), stages_of(text), out


def bench_check(site, runs, jvm_flags, cold=False):
    """`check` on the same site: validation only, nothing written (the pre-commit hook's command); cold: after
    deleting the site's cache, each run."""
    results = []
    for _ in range(runs):
        if cold:
            drop_cache(site)
        results.append(bantin(["check", "--source", str(site)], jvm_flags)[:3])
    return results


def bench_check_after_edit(site, runs, jvm_flags):
    """`check` with a warm cache right after an edit of one article's text (each run a new edit), as the pre-commit
    hook runs it. The article is restored afterwards, with its time."""
    article = middle_article(site)
    original, stat = article.read_bytes(), article.stat()
    results = []
    try:
        for k in range(runs):
            article.write_bytes(original + f"\nĐoạn kiểm tra số {k + 1}.\n".encode("utf-8"))
            results.append(bantin(["check", "--source", str(site)], jvm_flags)[:3])
    finally:
        article.write_bytes(original)
        os.utime(article, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    return results


def bench_clone(site, runs, jvm_flags):
    """`check`, then `build` into a new folder, on a new copy of the site given the site's cache, run by run."""
    checks, builds = [], []
    for _ in range(runs):
        copy = clone(site)
        checks.append(bantin(["check", "--source", str(copy)], jvm_flags)[:3])
        builds.append(bantin(["build", "--source", str(copy), "--output", str(fresh_output(copy.name))], jvm_flags)[:3])
    return checks, builds


def bench_unchanged(site, out, runs, jvm_flags):
    """`build` again into `out`, which the last timed build wrote from the same files: the record beside it
    says nothing changed. Fails unless every run says "Up to date"."""
    results = []
    for _ in range(runs):
        wall, cpu, rss, text = bantin(["build", "--source", str(site), "--output", str(out)], jvm_flags)
        if not text.startswith("Up to date"):
            sys.exit("an unchanged rebuild built again:\n" + text)
        results.append((wall, cpu, rss))
    return results


def middle_article(site):
    """The published article nearest the middle of the archive, by file name (a draft's edit writes nothing)."""
    files = sorted((site / "content" / "tin-tuc").rglob("*.md"))
    for f in files[len(files) // 2:]:
        if "\ndraft: true" not in f.read_text(encoding="utf-8").split("\n---", 1)[0]:
            return f
    sys.exit("no published article in the second half of the archive")


def bench_incremental(site, out, runs, jvm_flags):
    """`build` into `out` at once after an edit of one article's text, run by run (each a new edit): the build
    makes the site the output shows from the cache and writes what the edit touched. Fails unless every run was
    incremental (it says "Updated"). The article is restored afterwards, with its time."""
    article = middle_article(site)
    original = article.read_bytes()
    stat = article.stat()
    results, stages = [], []
    try:
        for k in range(runs):
            article.write_bytes(original + f"\nĐoạn thêm số {k + 1} cho phép đo.\n".encode("utf-8"))
            wall, cpu, rss, text = bantin(["build", "--source", str(site), "--output", str(out)], jvm_flags)
            st = stages_of(text)
            if not text.startswith("Updated"):
                sys.exit("an edit of one article was not built incrementally:\n" + text)
            results.append((wall, cpu, rss))
            stages.append(st)
    finally:
        article.write_bytes(original)
        os.utime(article, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    return results, stages


def hugo_site(site, flavour, folders, link=True):
    """SITE-hugo: the folders of the site (hard links with link, else copies), with bench/hugo/FLAVOUR's layouts and
    config.toml."""
    hsite = site.parent / (site.name + "-hugo")
    if not (hsite / ".complete").exists():
        shutil.rmtree(hsite, ignore_errors=True)
        hsite.mkdir(parents=True)
        for folder in folders:
            shutil.copytree(site / folder, hsite / folder, copy_function=os.link if link else shutil.copy2)
        (hsite / ".complete").touch()
    shutil.rmtree(hsite / "layouts", ignore_errors=True)
    shutil.copytree(HUGO / flavour / "layouts", hsite / "layouts")
    shutil.copy(HUGO / flavour / "config.toml", hsite / "config.toml")
    return hsite


def hugo_minimal_site(site):
    """target/bench/N-hugo: the minimal Hugo site (bench/hugo/min) on the same articles: title, date, content
    and tag links on article pages, paginated lists with summaries, RSS per taxonomy term (20 items). It is a
    floor for Hugo, not the same work as Bản tin (see hugo_equivalent_site)."""
    return hugo_site(site, "min", ["content"], link=False)


# ---------------------------------------------------------------------------------------------------
# The "equivalent" Hugo site: the pages, feeds and files Bản tin writes for the same articles, with the
# same elements on each page, written the way a Hugo theme author would write them (and no slower):
#
#   every page      <head> (title, description, canonical, stylesheet, RSS autodiscovery of the site feed
#                   and of the page's category or tag feed, Open Graph + twitter), the header (site name,
#                   menu of all categories with aria-current on the current one, search form), breadcrumbs,
#                   the footer (address, phone, email, links). Header and footer do not depend on the page
#                   beyond the current category, so they are partialCached (one variant per category).
#   article         tin-tuc/<slug>.html (uglyURLs for the section): h1, date "dd/MM/yyyy HH:mm (GMT+7)",
#                   category link, lead, lead image (figure/img with width and height read from the file,
#                   caption), body, byline, tag links, article:* meta, JSON-LD NewsArticle, newer/older
#                   article in the same category (Pages.Next/Prev on the category term's pages: a binary
#                   search), "Tin cùng chuyên mục" (first 6 of the category, minus this page, first 5) and
#                   "Các tin khác" (the 6 newest articles are a partialCached value; minus this page, first 5).
#   home, category  paginated 10 per page (paginatePath "trang") with cards (title link, date, category
#   and tag pages   link, summary), a numbered pager built from page numbers (O(1) per page, like Bản tin's;
#                   Hugo's _internal/pagination.html walks every pager, O(pages²)), an RSS feed each (20
#                   items, description = summary, content:encoded = full .Content, categories, dc:creator).
#   tags index      /chu-de/ (the "tags" taxonomy page): every tag with its count.
#   archives        luu-tru/, luu-tru/YYYY/, luu-tru/YYYY/MM/. Hugo 0.111 cannot make pages from dates (no
#                   content adapters before 0.126), so the bench writes one _index.md per year and month
#                   that has published articles (a section each, type "archive"); each lists its period from
#                   .Site.RegularPages.GroupByDate "2006" / "2006-01", computed once (partialCached). Month
#                   pages link the newer and older month, as Bản tin's do.
#   other outputs   search-index.json (custom output format of the home page: url, title, summary, date,
#                   category and tags of every article), feeds.opml (another home output format), the
#                   subscription page listing every feed, the search page, 404.html, sitemap.xml,
#                   robots.txt; CSS, the search script and the article images are copied like Bản tin's.
#
# The articles are the very files Bản tin reads (hard links). Hugo-only files: config.toml and layouts/
# (bench/hugo/eq/, the settings filled from the site's jbake.properties),
# the archive _index.md files, content/tags/_index.md (title "Chủ đề", at /chu-de/), tim-kiem.md and
# dang-ky-nhan-tin.md (with _build.list = never, so that .Site.RegularPages is exactly the articles).
# The "tin-tuc" section page and the "category" taxonomy page, which Bản tin does not have, are not
# rendered (cascade _build.render = never).
#
# Known differences, none of them more or less work to speak of: URLs with "đ" keep it (removePathAccents
# strips marks only) and tags sort by that key (đ after z); paginated pages are trang/N/ rather than
# trang-N.html, and Hugo also writes a trang/1/ redirect stub per listing (counted apart); Goldmark writes
# table alignment as style= instead of class=; html/template writes "+" in attributes as &#43;; JSON-LD
# keys come sorted; the search index names categories and tags instead of numbering them; the images of
# drafts are not copied (Hugo publishes the resources pages use); the sitemap leaves out the feed list
# page. Not rendered at all: Bản tin's build-time checks (links, front matter schema, settings), which
# Hugo has no equivalent for and which Bản tin's time includes.
# ---------------------------------------------------------------------------------------------------

def site_settings(site):
    """The settings Bản tin reads from jbake.properties (key=value, UTF-8) that the Hugo site needs too."""
    props = {}
    for line in (site / "jbake.properties").read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.lstrip().startswith("#"):
            key, value = line.split("=", 1)
            props[key.strip()] = value.strip()
    return props


def published_months(content):
    """The "YYYY/MM" of every article that is not a draft (from the front matter's date, as Bản tin does)."""
    months = set()
    for md in content.rglob("*.md"):
        head = md.read_text(encoding="utf-8").split("\n---", 1)[0]
        if re.search(r"^draft:\s*true\s*$", head, re.M):
            continue
        date = re.search(r"^date:\s*(\d{4})-(\d{2})", head, re.M)
        months.add(f"{date[1]}/{date[2]}")
    return sorted(months)


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def hugo_equivalent_site(site):
    """target/bench/N-hugo-eq: the Hugo site that renders what Bản tin renders (bench/hugo/eq/; see above)."""
    hsite = site.parent / (site.name + "-hugo-eq")
    if not (hsite / ".complete").exists():
        shutil.rmtree(hsite, ignore_errors=True)
        # The same article files (hard links: identical bytes, no copy) and the same images.
        shutil.copytree(site / "content" / "tin-tuc", hsite / "content" / "tin-tuc", copy_function=os.link)
        shutil.copytree(site / "assets" / "images", hsite / "assets" / "images", copy_function=os.link)
        (hsite / ".complete").touch()
    # Everything else is rewritten every time, from the site's current settings (like corpus()).
    props = site_settings(site)
    title = props["site.title"]
    categories = [c.strip() for c in props["site.categories"].split(",")]
    # Hugo-only pages: the search page, the feed list, the tags index's title and address, the archive.
    content = hsite / "content"
    for folder in ("tags", "luu-tru"):
        shutil.rmtree(content / folder, ignore_errors=True)
    (content / "tim-kiem.md").write_text(
        f'---\ntitle: "Tìm kiếm"\ndescription: "Tìm tin bài trên {title} theo tiêu đề, tóm tắt, chủ đề hoặc chuyên mục."\n'
        'url: /tim-kiem.html\nlayout: search\n_build:\n  list: never\n---\n', encoding="utf-8")
    (content / "dang-ky-nhan-tin.md").write_text(
        f'---\ntitle: "Đăng ký nhận tin RSS"\ndescription: "Các kênh RSS của {title}: toàn trang, từng chuyên mục và '
        'từng chủ đề."\nurl: /dang-ky-nhan-tin.html\nlayout: subscribe\n_build:\n  list: never\n---\n', encoding="utf-8")
    (content / "tags").mkdir()
    (content / "tags" / "_index.md").write_text(
        f'---\ntitle: "Chủ đề"\ndescription: "Tất cả chủ đề của {title}"\nurl: /chu-de/\n---\n', encoding="utf-8")
    archive = content / "luu-tru"
    archive.mkdir()
    (archive / "_index.md").write_text(
        f'---\ntitle: "Lưu trữ"\ndescription: "Tất cả bài viết của {title} theo năm và tháng"\ntype: archive\n---\n',
        encoding="utf-8")
    for ym in published_months(site / "content" / "tin-tuc"):
        year, month = ym.split("/")
        if not (archive / year).exists():
            (archive / year).mkdir()
            (archive / year / "_index.md").write_text(
                f'---\ntitle: "Lưu trữ năm {year}"\nlinkTitle: "Năm {year}"\n'
                f'description: "Các bài viết đăng trong năm {year} trên {title}"\ntype: archive\nyear: "{year}"\n---\n',
                encoding="utf-8")
        (archive / year / month).mkdir()
        (archive / year / month / "_index.md").write_text(
            f'---\ntitle: "Lưu trữ tháng {int(month)}/{year}"\nlinkTitle: "Tháng {int(month)}"\n'
            f'description: "Các bài viết đăng trong tháng {int(month)}/{year} trên {title}"\ntype: archive\n'
            f'month: "{year}-{month}"\n---\n', encoding="utf-8")
    config = string.Template((HUGO / "eq" / "config.toml").read_text(encoding="utf-8")).substitute(
        url=toml_str(props["site.url"]), title=toml_str(props["site.title"]), page_size=props["site.page_size"],
        feed_items=props["feed.items"], description=toml_str(props["site.description"]),
        address=toml_str(props["site.address"]), phone=toml_str(props["site.phone"]), email=toml_str(props["site.email"]),
        categories=", ".join(toml_str(c) for c in categories))
    (hsite / "config.toml").write_text(config, encoding="utf-8")
    shutil.rmtree(hsite / "layouts", ignore_errors=True)
    shutil.copytree(HUGO / "eq" / "layouts", hsite / "layouts")
    shutil.rmtree(hsite / "static", ignore_errors=True)
    shutil.copytree(site / "assets" / "css", hsite / "static" / "css")
    (hsite / "static" / "js").mkdir()
    shutil.copy(ROOT / "src/main/resources/vn/gov/noivu/bantin/search/tim-kiem.js", hsite / "static" / "js")
    return hsite


def hugo_once(hsite, name):
    """One clean Hugo build of a prepared site; returns ((wall, cpu, rss), output folder)."""
    out = fresh_output(name)
    wall, cpu, rss, text = run_once([shutil.which("hugo"), "-s", str(hsite), "-d", str(out)])
    problems = [l for l in text.splitlines() if l.startswith(("WARN", "ERROR"))]
    if problems:
        print(f"{name}: hugo said:\n  " + "\n  ".join(problems), flush=True)
    return (wall, cpu, rss), out


def install_hugo():
    """Debian's hugo (0.111 on bookworm), installed the way .ci/run installs Chromium; False if that failed."""
    if shutil.which("hugo"):
        return True
    print("hugo is missing: installing Debian's package (apt-get install hugo)", flush=True)
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    for cmd in (["apt-get", "install", "-y", "hugo"], ["apt-get", "update"], ["apt-get", "install", "-y", "hugo"]):
        subprocess.run([*sudo, *cmd], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if shutil.which("hugo"):
            return True
    return False


def hugo_photo_site(site):
    """SITE-hugo: Hugo on the same articles and photos (hard links), with bench/hugo/photos: hugo-min's pages plus
    the sizes Bản tin makes of each photo (.Resize: 360, 720, 1080, 1600 as WebP, 360 and 720 as JPEG, a 1,200-pixel
    JPEG) and its thumbnails (.Fill 3:2: 200, 280, 400, JPEG and WebP), at Bản tin's qualities: 13 files a photo."""
    return hugo_site(site, "photos", ["content", "assets/images"])


def photo_counts(text):
    """(made, from the cache) from the build's "Photos: M made, C from the cache" line, or None."""
    m = re.search(r"Photos: (\d+) made, (\d+) from the cache", text)
    return (int(m[1]), int(m[2])) if m else None


def bench_photos(n, size, runs, first_runs, hugo, flags):
    """The photo rows of the table: the same N articles without pictures, then with a photo of SIZE on every other
    article, built first with an empty cache and then with the cache the first build filled; with hugo, Hugo's first
    and second builds of the same sizes. Returns (rows, notes)."""
    plain = corpus(n, "none")
    photos = corpus(n, size)
    hsite = hugo_photo_site(photos) if hugo else None
    bantin_once(plain, flags, False)  # the articles in the cache, as for the second builds with photos
    timed = {"no photos": [], "photos: first": [], "photos: second": []}
    if hsite:
        timed["hugo photos: first"] = []
        timed["hugo photos: second"] = []
    notes, counts = [], {}
    for k in range(max(runs, first_runs)):
        if k < runs:
            r, _, _ = bantin_once(plain, flags, False)
            timed["no photos"].append(r)
        if k < first_runs:
            shutil.rmtree(photos / ".cache", ignore_errors=True)
            out = fresh_output(f"bantin-{photos.name}")
            wall, cpu, rss, text = bantin(["build", "--source", str(photos), "--output", str(out)], flags)
            timed["photos: first"].append((wall, cpu, rss))
            counts["first"] = photo_counts(text)
            if hsite:
                shutil.rmtree(hsite / "resources", ignore_errors=True)
                h, _ = hugo_once(hsite, f"hugo-{photos.name}")
                timed["hugo photos: first"].append(h)
        if k < runs:
            out = fresh_output(f"bantin-{photos.name}")
            wall, cpu, rss, text = bantin(["build", "--source", str(photos), "--output", str(out)], flags)
            counts["second"] = photo_counts(text)
            if counts["second"] is None or counts["second"][0] != 0:
                sys.exit("the second build made photos again:\n" + text)
            timed["photos: second"].append((wall, cpu, rss))
            if hsite:
                h, _ = hugo_once(hsite, f"hugo-{photos.name}")
                timed["hugo photos: second"].append(h)
    made = sum(1 for _ in (photos / "assets" / "images").rglob("*.jpg"))
    source = sum(f.stat().st_size for f in (photos / "assets" / "images").rglob("*.jpg"))
    notes.append(f"{n:>7,}: {made} photos of {size} ({source / made / 1e6:.2f} MB each, {source / 1e6:.0f} MB in all); photos made "
                 f"and from the cache: first build {counts.get('first')}, second {counts.get('second')}; cache "
                 f"{sum(f.stat().st_size for f in (photos / '.cache').rglob('*') if f.is_file()) / 1e6:.0f} MB")
    rows = []
    for what, results in timed.items():
        ratios = {}
        if what == "photos: second":
            ratios["no photos"] = median(results, 0) / median(timed["no photos"], 0)
        if what == "photos: first" and hsite:
            ratios["hugo"] = median(results, 0) / median(timed["hugo photos: first"], 0)
        rows.append((n, what, results, ratios))
    return rows, notes


def weights(out):
    """Bytes a reader downloads: the search index and the heaviest article page with its CSS, gzipped."""
    index = (out / "search-index.json").read_bytes()
    css = len(gzip.compress((out / "css" / "site.css").read_bytes(), 6))
    article = max(len(gzip.compress(p.read_bytes(), 6)) for p in (out / "tin-tuc").glob("*.html"))
    return len(index), len(gzip.compress(index, 6)), article + css


def median(results, i):
    return statistics.median(r[i] for r in results)


def spread(results):
    """The fastest and slowest wall time of the runs: the machine's noise, next to the median."""
    return f"{min(r[0] for r in results):.2f}-{max(r[0] for r in results):.2f}"


def median_stages(stages):
    keys = list(dict.fromkeys(k for s in stages for k in s))
    return " ".join(f"{k}={int(statistics.median(s.get(k, 0) for s in stages))}" for k in keys)


# The goals, checked at the end of a run: (N, row, measure, goal, unit); "ratio" rows are the row's median wall
# time over another row's ("hugo-min", "cold": the same command with the cache deleted).
GOALS = [(10000, "build java -jar", "hugo-min", 0.5, "ratio"), (10000, "build cold", "hugo-min", 0.5, "ratio"),
         (1000, "build java -jar", "hugo-min", 1.0, "ratio"), (10000, "check after edit", "wall", 0.5, "s"),
         (10000, "clone check", "cold", 0.4, "ratio"), (10000, "clone build", "cold", 0.4, "ratio"),
         (10000, "edit one article", "wall", 1.5, "s"), (10000, "build java -jar", "rss", 400, "MiB"),
         (100000, "build java -jar", "rss", 1024, "MiB")]
STRETCH = {}


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--large-runs", type=int, default=1, help="runs for N of 50,000 and more")
    p.add_argument("--counts", default="1000,10000,100000")
    p.add_argument("--hugo", action="store_true", help="also time Debian's hugo on the same articles: a minimal and an equivalent site")
    p.add_argument("--jvm-flags", default="", help="extra flags for ./bantin's JVM (BANTIN_JAVA_OPTS)")
    p.add_argument("--photos", default="", help="also time a photo on every other article, e.g. 3000x2000 (Corpus --photos)")
    p.add_argument("--photo-counts", default="1000", help="N for --photos")
    p.add_argument("--first-runs", type=int, default=1, help="--photos: first builds (each makes every photo)")
    p.add_argument("--photos-only", action="store_true", help="--photos without the other rows")
    args = p.parse_args()
    flags = args.jvm_flags.split()
    if not (ROOT / "target" / "bantin.jar").exists() or not (ROOT / "target" / "bantin.jsa").exists():
        subprocess.run(["mvn", "-B", "-q", "package", "-DskipTests"], cwd=ROOT, check=True)
    if args.hugo and not install_hugo():
        sys.exit("--hugo: Debian's hugo is not installed and apt-get could not install it")
    clear_runs()
    load = os.getloadavg()
    print(f"load average at the start: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} ({os.cpu_count()} cores)", flush=True)
    rows, notes, table = [], [], {}
    if args.photos:
        for n in (int(x) for x in args.photo_counts.split(",")):
            photo_rows, photo_notes = bench_photos(n, args.photos, args.runs, args.first_runs, args.hugo, flags)
            rows.extend(photo_rows)
            notes.extend(photo_notes)
            for r in photo_rows:
                print_photo_row(r)
    if args.photos_only:
        for line in notes:
            print(line)
        return
    rows.append(("seed", "check", bench_check(ROOT, args.runs, flags), {}))
    for n in (int(x) for x in args.counts.split(",")):
        runs = args.large_runs if n >= 50000 else args.runs
        site = corpus(n)
        hugo_sites = [("hugo-min", hugo_minimal_site(site)), ("hugo-eq", hugo_equivalent_site(site))] if args.hugo else []
        timed = {"build cold": [], "build java -jar": [], "build ./bantin": [], **{tool: [] for tool, _ in hugo_sites}}
        stages, outs = [], {}
        for _ in range(runs):
            r, _, _ = bantin_once(site, flags, True, cold=True)
            timed["build cold"].append(r)
            r, st, outs["java"] = bantin_once(site, flags, True)
            timed["build java -jar"].append(r)
            stages.append(st)
            r, _, outs["bantin"] = bantin_once(site, flags, False)
            timed["build ./bantin"].append(r)
            for tool, hsite in hugo_sites:
                h, outs[tool] = hugo_once(hsite, f"{tool}-{n}")
                timed[tool].append(h)
        out = outs["bantin"]
        pages, feeds = count_files(out)
        raw, gz, article = weights(out)
        notes.append(f"{n:>7,}: {pages:,} pages + {feeds} feeds; search-index.json {raw:,} bytes ({gz:,} gzipped); "
                     f"heaviest article page + CSS {article:,} bytes gzipped; full build stages (median ms): "
                     + median_stages(stages))
        for tool, _ in hugo_sites:
            hpages, hfeeds, hstubs = count_files(outs[tool], stubs=True)
            notes.append(f"{n:>7,}: {tool} wrote {hpages:,} pages + {hfeeds} feeds (+{hstubs} redirect stubs)")
        timed["check cold"] = bench_check(site, runs, flags, cold=True)
        bantin_once(site, flags, True)  # the cache a build leaves, for what follows
        timed["check"] = bench_check(site, runs, flags)
        timed["check after edit"] = bench_check_after_edit(site, runs, flags)
        timed["unchanged rebuild"] = bench_unchanged(site, out, runs, flags)
        timed["edit one article"], inc_stages = bench_incremental(site, out, runs, flags)
        timed["clone check"], timed["clone build"] = bench_clone(site, runs, flags)
        notes.append(f"{n:>7,}: one-article edit stages (median ms): " + median_stages(inc_stages))
        for what in ("build cold", "build java -jar", "build ./bantin", *[t for t, _ in hugo_sites], "check cold", "check",
                     "check after edit", "unchanged rebuild", "edit one article", "clone check", "clone build"):
            ratios = {}
            if what.startswith("build"):
                for tool, _ in hugo_sites:
                    ratios[tool] = median(timed[what], 0) / median(timed[tool], 0)
                    rounds = sorted(b[0] / h[0] for b, h in zip(timed[what], timed[tool]))
                    ratios[tool + " runs"] = f"{rounds[0]:.2f}-{rounds[-1]:.2f}"
            if what == "build ./bantin":
                ratios["java -jar"] = median(timed[what], 0) / median(timed["build java -jar"], 0)
            if what.startswith("clone"):
                ratios["cold"] = median(timed[what], 0) / median(timed["check cold" if what == "clone check" else "build cold"], 0)
            rows.append((n, what, timed[what], ratios))
            table[(n, what)] = (timed[what], ratios)
        load = os.getloadavg()
        notes.append(f"{n:>7,}: load average after: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
        print_table(rows, hugo=bool(hugo_sites))  # so far, in case a later N does not finish
    print()
    for line in notes:
        print(line)
    print("goals:")
    for n, what, measure, goal, unit in GOALS:
        if (n, what) not in table:
            continue
        results, ratios = table[(n, what)]
        if measure == "rss":
            value = median(results, 2)
        elif measure == "wall":
            value = median(results, 0)
        elif measure in ratios:
            value = ratios[measure]
        else:
            continue
        stretch = STRETCH.get((n, what, measure))
        verdict = "met" if value <= goal else "NOT MET"
        if stretch is not None and value <= stretch:
            verdict += f" (stretch <= {stretch:g} met)"
        elif stretch is not None:
            verdict += f" (stretch <= {stretch:g} not met)"
        label = f"{what} / {measure}" if unit == "ratio" else f"{what} {measure}"
        print(f"  {n:>7,} {label:<28} {value:>8.2f} {unit:<5} goal <= {goal:g}: {verdict}", flush=True)


def print_photo_row(row):
    """One row of the photo bench, as it is measured."""
    n, what, results, ratios = row
    extra = " ".join(f"/{k} {v:.2f}" for k, v in ratios.items())
    print(f"{n:>7,} {what:<22} wall {median(results, 0):>7.2f} s ({spread(results)}) cpu {median(results, 1):>7.2f} s "
          f"RSS {median(results, 2):>5.0f} MiB {extra}", flush=True)


def print_table(rows, hugo):
    """The one table: a row per N and command; ratios of wall-time medians."""
    print()
    head = f"{'N':>7} {'what':<18} {'wall s':>7} {'range':>11} {'cpu s':>7} {'RSS MiB':>8}"
    if hugo:
        head += f" {'/hugo-min':>9} {'(runs)':>11} {'/hugo-eq':>9} {'(runs)':>11}"
    print(head + f" {'/jar':>6} {'/cold':>6}")
    for n, what, results, ratios in rows:
        line = (f"{n if isinstance(n, str) else format(n, ','):>7} {what:<18} {median(results, 0):>7.2f}"
                f" {spread(results):>11} {median(results, 1):>7.2f} {median(results, 2):>8.0f}")
        if hugo:
            for tool in ("hugo-min", "hugo-eq"):
                line += f" {ratios[tool]:>9.2f} {ratios[tool + ' runs']:>11}" if tool in ratios else f" {'':>9} {'':>11}"
        line += f" {ratios['java -jar']:>6.2f}" if "java -jar" in ratios else f" {'':>6}"
        line += f" {ratios['cold']:>6.2f}" if "cold" in ratios else ""
        print(line, flush=True)


if __name__ == "__main__":
    main()
