#!/usr/bin/env python3
"""Build benchmark for Bản tin: whole-process timings of the CLI on a generated corpus.

    python3 bench/bench.py [--runs 3] [--counts 1000,10000] [--hugo] [--plain-java] [--jvm-flags "..."]

For each N it generates N articles with the project's own generator (src/test/java/vn/gov/noivu/bantin/
Corpus.java, seed 1, as the tests' 1,000-article site; with image files) into target/bench/N/ (kept between runs), then runs `./bantin build` (or, with --plain-java,
`java -jar target/bantin.jar build`) RUNS times (a clean output each time) and prints the median wall
time, CPU time, peak RSS, files written and the build's own per-stage times, then the search index size
and the heaviest article page with its CSS (gzipped), then `check` (what the pre-commit hook runs) RUNS
times, then the same build again into the last output with nothing edited (the up-to-date check) RUNS
times. With --hugo it also times Debian's hugo (0.111, installed with apt-get when missing) on the same
articles with two sites: "minimal" (a floor: much less on each page than Bản tin) and "equivalent" (what
Bản tin renders, element for element; see HUGO_EQ_LAYOUTS), taking turns with Bản tin run after run, and
prints the ratio of Bản tin's wall time to each. Last, issue 8's goals, met or not.
Python 3 standard library only; no network but apt-get's when --hugo must install hugo. Search latency in a
browser: search_latency.py.
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
NOW = "2026-11-23T00:00+07:00"
# Every timed build (Bản tin's and Hugo's) writes into a folder of its own under RUNS, and nothing is
# deleted while the bench runs. On an ext4 file system without a journal (as on the machines this was
# measured on), creating a file within 60 s of deleting many (6 min if not yet synced) scans the
# recently deleted inodes: writing 15,000 pages after deleting 15,000 took 0.6-6 s of CPU for the same
# bytes. Keeping deletions out of the timed window gives both tools the same, repeatable disk cost.
RUNS = ROOT / "target" / "bench" / "runs"


def generate(site, n):
    """N articles into site/content/tin-tuc and their images into site/assets/images, by the tests' generator
    (compiled by `mvn package`, which also compiles the tests; else by `mvn test-compile`)."""
    classes = ROOT / "target" / "classes"
    tests = ROOT / "target" / "test-classes"
    if not (tests / "vn" / "gov" / "noivu" / "bantin" / "Corpus.class").exists():
        subprocess.run(["mvn", "-B", "-q", "test-compile"], cwd=ROOT, check=True)
    subprocess.run(["java", "-cp", f"{classes}{os.pathsep}{tests}", "vn.gov.noivu.bantin.Corpus", "--count", str(n),
                    "--seed", "1", str(site)], check=True)


def corpus(n):
    """target/bench/N: the site's settings, templates and CSS plus N generated articles."""
    site = ROOT / "target" / "bench" / str(n)
    stamp = site / ".complete"
    if not stamp.exists():
        shutil.rmtree(site, ignore_errors=True)
        site.mkdir(parents=True)
        generate(site, n)
        stamp.touch()
    # The generated articles are kept; the site's own templates, CSS and settings are always current.
    for folder in ("templates", "assets/css"):
        shutil.rmtree(site / folder, ignore_errors=True)
        shutil.copytree(ROOT / folder, site / folder)
    shutil.copy(ROOT / "jbake.properties", site / "jbake.properties")
    # A build records itself for the unchanged rebuild only if no source changed in the second before it
    # started (build/UpToDate): the first timed build must not start right after this copy.
    time.sleep(1.5)
    return site


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


def bantin(args, jvm_flags, plain_java):
    """Runs the CLI once with `args` (a command, then --source and the rest; --now is added): ./bantin, or
    with plain_java `java -jar`, with the extra JVM flags. Returns run_once's (wall, cpu, rss, stdout)."""
    jar = ROOT / "target" / "bantin.jar"
    env = dict(os.environ, BANTIN_JAVA_OPTS=" ".join(jvm_flags))
    launcher = ["java", *jvm_flags, "-jar", str(jar)] if plain_java else [str(ROOT / "bantin")]
    return run_once([*launcher, *args, "--now", NOW], env)


def bantin_once(site, jvm_flags, plain_java):
    """One clean build with the CLI; returns ((wall, cpu, rss), stage times in ms, output folder)."""
    out = fresh_output(f"bantin-{site.name}")
    wall, cpu, rss, text = bantin(["build", "--source", str(site), "--output", str(out)], jvm_flags, plain_java)
    line = next((l for l in text.splitlines() if l.strip().startswith("stages:")), "")
    stages = dict((k, int(v)) for k, v in re.findall(r"([\w+() -]+?)=(\d+)ms", line.replace("stages:", "")))
    return (wall, cpu, rss), stages, out


def bench_check(site, runs, jvm_flags, plain_java):
    """`check` on the same site: validation only, nothing written (the pre-commit hook's command)."""
    return [bantin(["check", "--source", str(site)], jvm_flags, plain_java)[:3] for _ in range(runs)]


def bench_unchanged(site, out, runs, jvm_flags, plain_java):
    """`build` again into `out`, which the last timed build wrote from the same files: the record beside it
    says nothing changed. Fails unless every run says "Up to date"."""
    results = []
    for _ in range(runs):
        wall, cpu, rss, text = bantin(["build", "--source", str(site), "--output", str(out)], jvm_flags, plain_java)
        if not text.startswith("Up to date"):
            sys.exit("an unchanged rebuild built again:\n" + text)
        results.append((wall, cpu, rss))
    return results


def hugo_minimal_site(site):
    """target/bench/N-hugo: a deliberately minimal Hugo site on the same articles: title, date, content
    and tag links on article pages, paginated lists with summaries, RSS per taxonomy term (20 items).
    It is a floor for Hugo, not the same work as Bản tin (see hugo_equivalent_site)."""
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
    return hsite


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
# The articles are the very files Bản tin reads (hard links). Hugo-only files: config.toml, layouts/,
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

HUGO_EQ_LAYOUTS = {
    # Every HTML page. Title, description, canonical URL and page number are worked out here once.
    "_default/baseof.html": r'''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{{- $pag := partial "paginator.html" . }}
{{- $no := 1 }}{{ with $pag }}{{ $no = .PageNumber }}{{ end }}
{{- $heading := partial "heading.html" . }}
{{- $title := $heading }}
{{- if gt $no 1 }}{{ $title = printf "%s – trang %d" $heading $no }}{{ else if .IsHome }}{{ $title = site.Title }}{{ end }}
{{- $desc := .Description }}
{{- if .IsHome }}{{ $desc = site.Params.description }}{{ else if eq .Kind "term" }}{{ $desc = $heading }}{{ else if .Params.category }}{{ $desc = .Params.summary }}
{{- else if eq .Kind "404" }}{{ $desc = printf "Trang bạn tìm không có trên %s" site.Title }}{{ end }}
{{- $canonical := .Permalink }}{{ if gt $no 1 }}{{ $canonical = $pag.URL | absURL }}{{ end }}
{{- $feedPage := false }}{{ if eq .Kind "term" }}{{ $feedPage = . }}{{ else if .Params.category }}{{ $feedPage = index (.GetTerms "category") 0 }}{{ end }}
{{- $img := false }}{{ with .Params.image }}{{ $img = resources.Get . }}{{ end }}
<title>{{ $title }}{{ if ne $title site.Title }} – {{ site.Title }}{{ end }}</title>
<meta name="description" content="{{ $desc | default site.Params.description }}">
<link rel="canonical" href="{{ $canonical }}">
<link rel="stylesheet" href="{{ "css/site.css" | relURL }}">
{{ with site.Home.OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" title="{{ site.Title }}" href="{{ .RelPermalink }}">{{ end }}
{{ with $feedPage }}{{ with .OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" title="{{ site.Title }} – {{ $feedPage.Title }}" href="{{ .RelPermalink }}">
{{ end }}{{ end -}}
<meta property="og:site_name" content="{{ site.Title }}">
<meta property="og:type" content="{{ if .Params.category }}article{{ else }}website{{ end }}">
<meta property="og:title" content="{{ $title }}">
<meta property="og:url" content="{{ $canonical }}">
<meta property="og:locale" content="vi_VN">
{{ with $desc }}<meta property="og:description" content="{{ . }}">
{{ end }}{{ with $img }}<meta property="og:image" content="{{ .Permalink }}">
{{ with $.Params.image_alt }}<meta property="og:image:alt" content="{{ . }}">
{{ end }}<meta name="twitter:card" content="summary_large_image">
{{ else }}<meta name="twitter:card" content="summary">
{{ end }}{{ block "head" . }}{{ end }}</head>
<body>
<a class="skip" href="#noi-dung">Bỏ qua, đến nội dung chính</a>
{{ $cur := "" }}{{ if and (eq .Kind "term") (eq .Data.Plural "category") }}{{ $cur = .Title }}{{ end -}}
{{ $search := ne .Layout "search" -}}
{{ partialCached "header.html" (dict "cur" $cur "search" $search) $cur $search }}
{{ block "breadcrumbs" . }}<nav class="breadcrumbs wrap" aria-label="Đường dẫn">
<ol>
<li><a href="{{ site.Home.RelPermalink }}">Trang chủ</a></li>
{{ block "crumbs" . }}<li aria-current="page">{{ .LinkTitle }}</li>{{ end }}
</ol>
</nav>{{ end }}
<main id="noi-dung" class="wrap">
{{ block "main" . }}{{ end }}
<p class="print-only">Địa chỉ trang: {{ $canonical }}</p>
</main>
{{ partialCached "footer.html" . }}
</body>
</html>
''',
    "partials/paginator.html": r'''{{/* The pager of a paginated listing (home: all articles, newest first; a term: its articles), else false. */}}
{{- $p := false }}
{{- if .IsHome }}{{ $p = .Paginate site.RegularPages }}{{ else if eq .Kind "term" }}{{ $p = .Paginator }}{{ end }}
{{- return $p -}}
''',
    "partials/heading.html": r'''{{- $h := .Title }}
{{- if .IsHome }}{{ $h = "Tin mới nhất" }}{{ else if eq .Kind "404" }}{{ $h = "Không tìm thấy trang" }}
{{- else if eq .Kind "term" }}{{ $h = printf "%s: %s" (cond (eq .Data.Plural "category") "Chuyên mục" "Chủ đề") .Title }}{{ end }}
{{- return $h -}}
''',
    # Same for every page but for the current category (aria-current) and the search page (no form).
    "partials/header.html": r'''<header class="site-header">
<div class="wrap">
<p class="site-name"><a href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a></p>
<nav aria-label="Chuyên mục">
<ul class="menu">
{{ range partialCached "categories.html" site }}<li><a href="{{ .RelPermalink }}"{{ if eq .Title $.cur }} aria-current="page"{{ end }}>{{ .Title }}</a></li>
{{ end }}</ul>
</nav>
{{ if .search }}<form class="site-search" role="search" aria-label="Tìm kiếm" action="{{ "tim-kiem.html" | relURL }}" method="get">
<label class="visually-hidden" for="tu-khoa-dau-trang">Từ khóa tìm kiếm</label>
<input type="search" id="tu-khoa-dau-trang" name="q" placeholder="Tìm kiếm tin bài">
<button type="submit">Tìm</button>
</form>
{{ end }}</div>
</header>''',
    "partials/footer.html": r'''<footer class="site-footer">
<div class="wrap">
<p class="footer-name">{{ site.Title }}</p>
<p>Địa chỉ: {{ site.Params.address }}</p>
<p>Điện thoại: {{ site.Params.phone }}</p>
<p>Thư điện tử: <a href="mailto:{{ site.Params.email }}">{{ site.Params.email }}</a></p>
<ul class="footer-links">
<li><a href="{{ "chu-de/" | relURL }}">Chủ đề</a></li>
<li><a href="{{ "luu-tru/" | relURL }}">Lưu trữ</a></li>
<li><a href="{{ "tim-kiem.html" | relURL }}">Tìm kiếm</a></li>
<li><a href="{{ "dang-ky-nhan-tin.html" | relURL }}">Đăng ký nhận tin RSS</a></li>
</ul>
</div>
</footer>''',
    "partials/date.html": r'''<time datetime="{{ .Format "2006-01-02T15:04:05-07:00" }}">{{ .Format "02/01/2006 15:04" }} (GMT+7)</time>''',
    "partials/card.html": r'''<article class="card">
<h2 class="card-title"><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
<p class="meta">{{ partial "date.html" .Date }} · {{ range .GetTerms "category" }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</p>
{{ with .Params.summary }}<p class="summary">{{ . }}</p>
{{ end }}</article>
''',
    # A sidebar box: dict "id" "title" "pages".
    "partials/links.html": r'''{{ with .pages }}<section class="box" aria-labelledby="{{ $.id }}">
<h2 id="{{ $.id }}">{{ $.title }}</h2>
<ul>
{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time datetime="{{ .Date.Format "2006-01-02T15:04:05-07:00" }}">({{ .Date.Format "02/01/2006 15:04" }} (GMT+7))</time></li>
{{ end }}</ul>
</section>
{{ end }}''',
    # Bản tin's pager: previous, page 1, the pages within 2 of the current one, a gap at distance 3, the
    # last page, next. Built from the page numbers (index into .Pagers), not by walking every pager.
    "partials/pager.html": r'''{{ $n := .TotalPages }}{{ if gt $n 1 }}{{ $cur := .PageNumber }}{{ $pagers := .Pagers -}}
<nav class="pager" aria-label="Phân trang">
<ul>
{{ with .Prev }}<li><a href="{{ .URL }}" rel="prev">‹ Trang trước</a></li>{{ end }}
{{ $lo := 1 }}{{ if gt $cur 4 }}{{ $lo = sub $cur 3 }}<li><a href="{{ .First.URL }}">1</a></li>
{{ end }}{{ $hi := $n }}{{ if lt (add $cur 3) $n }}{{ $hi = add $cur 3 }}{{ end -}}
{{ range seq $lo $hi }}{{ $d := sub . $cur }}{{ if lt $d 0 }}{{ $d = sub 0 $d }}{{ end -}}
{{ if or (eq . 1) (eq . $n) (le $d 2) }}<li><a href="{{ (index $pagers (sub . 1)).URL }}"{{ if eq . $cur }} aria-current="page"{{ end }}>{{ . }}</a></li>
{{ else }}<li class="gap" aria-hidden="true">…</li>
{{ end }}{{ end -}}
{{ if lt $hi $n }}<li><a href="{{ .Last.URL }}">{{ $n }}</a></li>
{{ end }}{{ with .Next }}<li><a href="{{ .URL }}" rel="next">Trang sau ›</a></li>{{ end }}
</ul>
</nav>
{{ end }}''',
    # The category term pages in the configured (menu) order; computed once.
    "partials/categories.html": r'''{{ $terms := slice }}{{ range site.Params.categories }}{{ $name := . -}}
{{ range site.Taxonomies.category }}{{ if eq .Page.Title $name }}{{ $terms = $terms | append .Page }}{{ end }}{{ end }}{{ end -}}
{{ return $terms }}''',
    # The 6 newest articles, for "Các tin khác" (the same for every page: computed once).
    "partials/latest.html": r'''{{ return first 6 site.RegularPages }}''',
    # Every year and every month with its articles, newest first (computed once for all archive pages).
    "partials/archive-groups.html": r'''{{ return dict "years" (site.RegularPages.GroupByDate "2006") "months" (site.RegularPages.GroupByDate "2006-01") }}''',
    "partials/months.html": r'''<ul class="archive-months">
{{ range .months }}{{ if hasPrefix .Key $.year }}{{ $m := index .Pages 0 }}<li><a href="{{ (site.GetPage (printf "/luu-tru/%s" (replace .Key "-" "/"))).RelPermalink }}">Tháng {{ $m.Date.Format "1/2006" }}</a> <span class="count">({{ len .Pages }} bài)</span></li>
{{ end }}{{ end }}</ul>
''',
    "_default/single.html": r'''{{ define "head" -}}
{{ $img := false }}{{ with .Params.image }}{{ with resources.Get . }}{{ $img = slice .Permalink }}{{ end }}{{ end -}}
<meta property="article:published_time" content="{{ .Date.Format "2006-01-02T15:04:05-07:00" }}">
<meta property="article:section" content="{{ .Params.category }}">
{{ range .Params.tags }}<meta property="article:tag" content="{{ . }}">
{{ end -}}
{{ $ld := dict "@context" "https://schema.org" "@type" "NewsArticle" "mainEntityOfPage" .Permalink "headline" .Title
  "description" .Params.summary "datePublished" (.Date.Format "2006-01-02T15:04:05-07:00")
  "dateModified" (.Lastmod.Format "2006-01-02T15:04:05-07:00") "author" (dict "@type" "Person" "name" .Params.author)
  "publisher" (dict "@type" "GovernmentOrganization" "name" site.Title "url" site.BaseURL)
  "articleSection" .Params.category "keywords" (delimit .Params.tags ", ") "inLanguage" "vi" -}}
{{ with $img }}{{ $ld = merge $ld (dict "image" .) }}{{ end -}}
<script type="application/ld+json">{{ $ld | jsonify | safeJS }}</script>
{{ end }}
{{ define "crumbs" }}{{ range .GetTerms "category" }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}<li aria-current="page">{{ .Title }}</li>{{ end }}
{{ define "main" -}}
{{ $cat := index (.GetTerms "category") 0 }}{{ $same := $cat.Pages -}}
<div class="layout">
<article class="article">
<h1>{{ .Title }}</h1>
<p class="meta">{{ partial "date.html" .Date }} · <a href="{{ $cat.RelPermalink }}">{{ $cat.Title }}</a></p>
{{ with .Params.summary }}<p class="lead">{{ . }}</p>
{{ end }}{{ with .Params.image }}{{ with resources.Get . }}<figure class="lead-image">
<img src="{{ .RelPermalink }}" alt="{{ $.Params.image_alt }}" width="{{ .Width }}" height="{{ .Height }}">
{{ with $.Params.image_caption }}<figcaption>{{ . }}</figcaption>
{{ end }}</figure>
{{ end }}{{ end }}<div class="body">
{{ .Content }}
</div>
{{ with .Params.author }}<p class="byline">Tin, ảnh: {{ . }}</p>
{{ end }}{{ with .GetTerms "tags" }}<p class="tags">Chủ đề: {{ range $i, $t := . }}{{ if $i }}, {{ end }}<a href="{{ .RelPermalink }}" rel="tag">{{ .Title }}</a>{{ end }}</p>
{{ end }}{{ $newer := $same.Next . }}{{ $older := $same.Prev . }}{{ if or $newer $older }}<nav class="prev-next" aria-label="Bài trước và bài sau trong chuyên mục">
<ul>
{{ with $newer }}<li>Bài mới hơn: <a href="{{ .RelPermalink }}" rel="next">{{ .Title }}</a></li>
{{ end }}{{ with $older }}<li>Bài cũ hơn: <a href="{{ .RelPermalink }}" rel="prev">{{ .Title }}</a></li>
{{ end }}</ul>
</nav>
{{ end }}</article>
<aside class="sidebar" aria-label="Tin liên quan">
{{ partial "links.html" (dict "id" "tin-cung-chuyen-muc" "title" "Tin cùng chuyên mục" "pages" (first 5 (where (first 6 $same) "Permalink" "ne" .Permalink))) -}}
{{ partial "links.html" (dict "id" "cac-tin-khac" "title" "Các tin khác" "pages" (first 5 (where (partialCached "latest.html" .) "Permalink" "ne" .Permalink))) -}}
</aside>
</div>
{{ end }}''',
    # Home: "Tin mới nhất", every article, 10 per page.
    "index.html": r'''{{ define "breadcrumbs" }}{{ $pag := partial "paginator.html" . }}{{ if gt $pag.PageNumber 1 }}<nav class="breadcrumbs wrap" aria-label="Đường dẫn">
<ol>
<li><a href="{{ site.Home.RelPermalink }}">Trang chủ</a></li>
<li aria-current="page">Trang {{ $pag.PageNumber }}</li>
</ol>
</nav>{{ end }}{{ end }}
{{ define "main" }}{{ partial "listing.html" . }}{{ end }}''',
    # A category or a tag: its articles, 10 per page.
    "_default/term.html": r'''{{ define "crumbs" }}{{ if eq .Data.Plural "tags" }}<li><a href="{{ "chu-de/" | relURL }}">Chủ đề</a></li>
{{ end }}<li aria-current="page">{{ .Title }}</li>{{ end }}
{{ define "main" }}{{ partial "listing.html" . }}{{ end }}''',
    "partials/listing.html": r'''{{ $pag := partial "paginator.html" . -}}
<h1>{{ partial "heading.html" . }}{{ if gt $pag.PageNumber 1 }} <span class="page-no">(trang {{ $pag.PageNumber }}/{{ $pag.TotalPages }})</span>{{ end }}</h1>
{{ range $pag.Pages }}{{ partial "card.html" . }}{{ else }}<p>Chưa có bài viết nào.</p>
{{ end }}{{ partial "pager.html" $pag }}{{ with .OutputFormats.Get "rss" }}<p class="feed-link"><a href="{{ .RelPermalink }}">Theo dõi qua RSS</a> · <a href="{{ "dang-ky-nhan-tin.html" | relURL }}">Tất cả kênh RSS</a></p>{{ end }}
''',
    # The tags index (the "tags" taxonomy page, at /chu-de/).
    "_default/terms.html": r'''{{ define "main" }}<h1>Chủ đề</h1>
<ul class="tag-index">
{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> <span class="count">({{ .Count }} bài)</span></li>
{{ end }}</ul>
{{ end }}''',
    # Archive sections written by the bench: luu-tru/ (all years), luu-tru/YYYY/, luu-tru/YYYY/MM/.
    "archive/list.html": r'''{{ define "crumbs" }}{{ range .Ancestors.Reverse }}{{ if not .IsHome }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>
{{ end }}{{ end }}<li aria-current="page">{{ .LinkTitle }}</li>{{ end }}
{{ define "main" }}{{ $a := partialCached "archive-groups.html" . -}}
<h1>{{ .Title }}</h1>
{{ with .Params.month -}}
{{ $key := . }}{{ $group := false }}{{ $newer := false }}{{ $older := false }}{{ $prev := false -}}
{{ range $a.months }}{{ if $group }}{{ if not $older }}{{ $older = . }}{{ end }}{{ else if eq .Key $key }}{{ $group = . }}{{ $newer = $prev }}{{ else }}{{ $prev = . }}{{ end }}{{ end -}}
<p class="count">{{ len $group.Pages }} bài, mới nhất trước.</p>
<ul class="archive-list">
{{ range $group.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time datetime="{{ .Date.Format "2006-01-02T15:04:05-07:00" }}">({{ .Date.Format "02/01/2006 15:04" }} (GMT+7))</time></li>
{{ end }}</ul>
{{ if or $newer $older }}<nav class="prev-next" aria-label="Tháng trước và tháng sau">
<ul>
{{ with $newer }}<li>Tháng sau: <a href="{{ (site.GetPage (printf "/luu-tru/%s" (replace .Key "-" "/"))).RelPermalink }}">tháng {{ (index .Pages 0).Date.Format "1/2006" }}</a></li>
{{ end }}{{ with $older }}<li>Tháng trước: <a href="{{ (site.GetPage (printf "/luu-tru/%s" (replace .Key "-" "/"))).RelPermalink }}">tháng {{ (index .Pages 0).Date.Format "1/2006" }}</a></li>
{{ end }}</ul>
</nav>
{{ end }}
{{- else }}{{ with $.Params.year -}}
{{ $year := . }}{{ range $a.years }}{{ if eq .Key $year }}<p class="count">{{ len .Pages }} bài.</p>
{{ end }}{{ end }}{{ partial "months.html" (dict "months" $a.months "year" $year) }}
{{- else -}}
{{ range $a.years }}<section aria-labelledby="nam-{{ .Key }}">
<h2 id="nam-{{ .Key }}"><a href="{{ (site.GetPage (printf "/luu-tru/%s" .Key)).RelPermalink }}">Năm {{ .Key }}</a> <span class="count">({{ len .Pages }} bài)</span></h2>
{{ partial "months.html" (dict "months" $a.months "year" .Key) }}</section>
{{ end }}{{ end }}{{ end }}
{{ end }}''',
    "_default/search.html": r'''{{ define "head" }}<link rel="preload" href="{{ "search-index.json" | relURL }}" as="fetch" crossorigin>
{{ end }}
{{ define "main" }}<h1>Tìm kiếm</h1>
<form id="tim-kiem" class="search-form" role="search" aria-label="Tìm tin bài" action="{{ "tim-kiem.html" | relURL }}" method="get"
  data-index="{{ "search-index.json" | relURL }}" data-base="{{ site.Home.RelPermalink }}">
<label for="tu-khoa">Từ khóa (gõ có dấu hoặc không dấu đều được)</label>
<div class="search-row">
<input type="search" id="tu-khoa" name="q" autocomplete="off" spellcheck="false">
<button type="submit">Tìm</button>
</div>
</form>
<noscript><p class="notice">Trình duyệt của bạn đang tắt JavaScript nên trang này không tìm kiếm được. Bạn vẫn tìm được tin bài theo <a href="{{ "luu-tru/" | relURL }}">lưu trữ theo tháng</a>, theo <a href="{{ "chu-de/" | relURL }}">chủ đề</a> hoặc theo chuyên mục ở đầu trang.</p></noscript>
<p id="trang-thai-tim-kiem" class="search-status" role="status"></p>
<ol id="ket-qua-tim-kiem" class="search-results"></ol>
<p class="search-help">Không thấy bài cần tìm? Xem <a href="{{ "luu-tru/" | relURL }}">lưu trữ theo tháng</a> hoặc <a href="{{ "chu-de/" | relURL }}">các chủ đề</a>.</p>
<script src="{{ "js/tim-kiem.js" | relURL }}" defer></script>
{{ end }}''',
    # The list of every feed: the site's, each category's (menu order), each tag's.
    "_default/subscribe.html": r'''{{ define "main" }}<h1>Đăng ký nhận tin RSS</h1>
<p>Sao chép địa chỉ của kênh vào phần mềm đọc tin (RSS reader) để nhận tin mới ngay khi được đăng. Danh sách đầy đủ cũng có ở dạng <a href="{{ "feeds.opml" | relURL }}">OPML</a> để nhập một lần vào phần mềm đọc tin.</p>
<h2>Toàn trang</h2>
<ul class="feed-list">
{{ with site.Home.OutputFormats.Get "rss" }}<li><a href="{{ .RelPermalink }}">{{ site.Title }}</a> <code>{{ .Permalink }}</code></li>
{{ end }}</ul>
<h2>Theo chuyên mục</h2>
<ul class="feed-list">
{{ range partialCached "categories.html" site }}{{ $t := .Title }}{{ with .OutputFormats.Get "rss" }}<li><a href="{{ .RelPermalink }}">{{ $t }}</a> <code>{{ .Permalink }}</code></li>
{{ end }}{{ end }}</ul>
<h2>Theo chủ đề</h2>
<ul class="feed-list">
{{ range site.Taxonomies.tags.Alphabetical }}{{ $t := .Page.Title }}{{ with .Page.OutputFormats.Get "rss" }}<li><a href="{{ .RelPermalink }}">{{ $t }}</a> <code>{{ .Permalink }}</code></li>
{{ end }}{{ end }}</ul>
{{ end }}''',
    "404.html": r'''{{ define "breadcrumbs" }}{{ "" }}{{/* none (an empty define would not replace the block) */}}{{ end }}
{{ define "main" }}<h1>Không tìm thấy trang</h1>
<p>Địa chỉ bạn mở không có trên trang này, hoặc bài viết đã được gỡ xuống.</p>
<p><a href="{{ site.Home.RelPermalink }}">Về trang chủ</a> hoặc xem <a href="{{ "chu-de/" | relURL }}">các chủ đề</a>.</p>
{{ end }}''',
    # RSS 2.0 of the home page (every article) and of each term: the newest 20, full content.
    "_default/rss.xml": r'''{{- $pages := .Pages }}{{ if .IsHome }}{{ $pages = site.RegularPages }}{{ end -}}
{{- $pages = first site.Config.Services.RSS.Limit $pages -}}
{{- $title := site.Title }}{{ if not .IsHome }}{{ $title = printf "%s – %s" site.Title .Title }}{{ end -}}
{{ printf "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" | safeHTML }}
<rss xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0">
  <channel>
    <title>{{ $title }}</title>
    <link>{{ .Permalink }}</link>
    <description>{{ if .IsHome }}{{ site.Params.description }}{{ else }}Tin mới nhất {{ cond (eq .Data.Plural "category") "chuyên mục" "chủ đề" }} “{{ .Title }}” – {{ site.Title }}{{ end }}</description>
    <language>vi</language>
    {{ with index $pages 0 }}<lastBuildDate>{{ .Date.Format "Mon, 02 Jan 2006 15:04:05 -0700" | safeHTML }}</lastBuildDate>{{ end }}
    <generator>Hugo</generator>
    {{ with .OutputFormats.Get "rss" }}{{ printf "<atom:link rel=%q href=%q type=%q />" "self" .Permalink .MediaType.Type | safeHTML }}{{ end }}
    {{- range $pages }}
    <item>
      <title>{{ .Title }}</title>
      <link>{{ .Permalink }}</link>
      <description>{{ .Params.summary }}</description>
      <content:encoded>{{ .Content | html }}</content:encoded>
      <category>{{ .Params.category }}</category>
      {{- range .Params.tags }}
      <category>{{ . }}</category>
      {{- end }}
      <pubDate>{{ .Date.Format "Mon, 02 Jan 2006 15:04:05 -0700" | safeHTML }}</pubDate>
      <guid isPermaLink="true">{{ .Permalink }}</guid>
      <dc:creator>{{ .Params.author }}</dc:creator>
    </item>
    {{- end }}
  </channel>
</rss>
''',
    # search-index.json: one row per article (url, title, summary, date, category, tags).
    "index.searchindex.json": r'''{{- $tags := slice }}{{ range site.Taxonomies.tags.Alphabetical }}{{ $tags = $tags | append .Page.Title }}{{ end -}}
{"version":2,
"categories":{{ site.Params.categories | jsonify }},
"tags":{{ $tags | jsonify }},
"items":[
{{ range $i, $p := site.RegularPages }}{{ if $i }},
{{ end }}{{ slice .RelPermalink .Title .Params.summary (.Date.Format "2006-01-02") .Params.category .Params.tags | jsonify }}{{ end }}
]}
''',
    "index.opml.opml": r'''{{ printf "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" | safeHTML }}
<opml version="2.0">
  <head>
    <title>Các kênh RSS – {{ site.Title }}</title>
  </head>
  <body>
    {{- with site.Home.OutputFormats.Get "rss" }}
    <outline type="rss" text="{{ site.Title }}" title="{{ site.Title }}" xmlUrl="{{ .Permalink }}" htmlUrl="{{ site.Home.Permalink }}" />
    {{- end }}
    {{- range partialCached "categories.html" site }}{{ $p := . }}{{ with .OutputFormats.Get "rss" }}
    <outline type="rss" text="{{ site.Title }} – {{ $p.Title }}" title="{{ site.Title }} – {{ $p.Title }}" xmlUrl="{{ .Permalink }}" htmlUrl="{{ $p.Permalink }}" />
    {{- end }}{{ end }}
    {{- range site.Taxonomies.tags.Alphabetical }}{{ $p := .Page }}{{ with $p.OutputFormats.Get "rss" }}
    <outline type="rss" text="{{ site.Title }} – {{ $p.Title }}" title="{{ site.Title }} – {{ $p.Title }}" xmlUrl="{{ .Permalink }}" htmlUrl="{{ $p.Permalink }}" />
    {{- end }}{{ end }}
  </body>
</opml>
''',
    "robots.txt": r'''User-agent: *
Allow: /

Sitemap: {{ "sitemap.xml" | absURL }}
''',
}


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
    """target/bench/N-hugo-eq: the Hugo site that renders what Bản tin renders (see HUGO_EQ_LAYOUTS)."""
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
    (hsite / "config.toml").write_text(f'''baseURL = {toml_str(props["site.url"])}
languageCode = "vi"
defaultContentLanguage = "vi"
title = {toml_str(props["site.title"])}
paginate = {props["site.page_size"]}
paginatePath = "trang"
removePathAccents = true
enableRobotsTXT = true
disableHugoGeneratorInject = true
[uglyURLs]
  tin-tuc = true
[taxonomies]
  category = "category"
  tag = "tags"
[permalinks]
  tin-tuc = "/tin-tuc/:filename"
  category = "/chuyen-muc/:slug/"
  tags = "/chu-de/:slug/"
[mediaTypes."text/x-opml"]
  suffixes = ["opml"]
[outputFormats.RSS]
  baseName = "feed"
[outputFormats.SearchIndex]
  mediaType = "application/json"
  baseName = "search-index"
  isPlainText = true
  notAlternative = true
[outputFormats.OPML]
  mediaType = "text/x-opml"
  baseName = "feeds"
  notAlternative = true
[outputs]
  home = ["HTML", "RSS", "SearchIndex", "OPML"]
  section = ["HTML"]
  taxonomy = ["HTML"]
  term = ["HTML", "RSS"]
  page = ["HTML"]
[services.rss]
  limit = {props["feed.items"]}
[markup.goldmark.parser]
  autoHeadingID = false  # Bản tin's headings have no id
[params]
  description = {toml_str(props["site.description"])}
  address = {toml_str(props["site.address"])}
  phone = {toml_str(props["site.phone"])}
  email = {toml_str(props["site.email"])}
  categories = [{", ".join(toml_str(c) for c in categories)}]
# Pages Bản tin does not have: the "tin-tuc" section list and the list of all categories.
[[cascade]]
  [cascade._build]
    render = "never"
  [cascade._target]
    kind = "section"
    path = "/tin-tuc"
[[cascade]]
  [cascade._build]
    render = "never"
  [cascade._target]
    kind = "taxonomy"
    path = "/category"
''', encoding="utf-8")
    shutil.rmtree(hsite / "layouts", ignore_errors=True)
    for name, text in HUGO_EQ_LAYOUTS.items():
        (hsite / "layouts" / name).parent.mkdir(parents=True, exist_ok=True)
        (hsite / "layouts" / name).write_text(text, encoding="utf-8")
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
    return f"wall {min(r[0] for r in results):.2f}-{max(r[0] for r in results):.2f} s"


# Issue 8's goals, checked at the end of a run: (N, what, goal, unit).
GOALS = [(1000, "build", 2.5, "s"), (10000, "build / hugo-eq", 0.5, "ratio"), (10000, "peak RSS", 1024, "MiB"),
         (10000, "check", 5.0, "s"), (10000, "unchanged rebuild", 2.0, "s")]


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--counts", default="1000,10000")
    p.add_argument("--hugo", action="store_true", help="also time Debian's hugo on the same articles: a minimal and an equivalent site")
    p.add_argument("--jvm-flags", default="", help="extra flags for the java command")
    p.add_argument("--plain-java", action="store_true", help="run java -jar target/bantin.jar instead of ./bantin")
    args = p.parse_args()
    flags = args.jvm_flags.split()
    if not (ROOT / "target" / "bantin.jar").exists() or not (ROOT / "target" / "bantin.jsa").exists():
        subprocess.run(["mvn", "-B", "-q", "package", "-DskipTests"], cwd=ROOT, check=True)
    if args.hugo and not install_hugo():
        sys.exit("--hugo: Debian's hugo is not installed and apt-get could not install it")
    clear_runs()
    print(f"{'N':>7} {'tool':<8} {'wall s':>7} {'cpu s':>7} {'RSS MiB':>8} {'pages':>7} {'feeds':>6}  stages (median ms)")
    seed = bench_check(ROOT, args.runs, flags, args.plain_java)
    print(f"{'seed':>7} {'check':<8} {median(seed, 0):>7.2f} {median(seed, 1):>7.2f} {median(seed, 2):>8.0f}"
          "   (this repository's own site; the pre-commit hook's goal is 3 s)", flush=True)
    measured = {}
    for n in (int(x) for x in args.counts.split(",")):
        site = corpus(n)
        hugo_sites = [("hugo-min", "minimal", hugo_minimal_site(site)), ("hugo-eq", "equivalent", hugo_equivalent_site(site))] \
            if args.hugo else []
        # The tools take turns, run after run, so that a slower minute of a shared machine weighs on each alike.
        results, stages, hugo = [], [], {tool: [] for tool, _, _ in hugo_sites}
        hugo_out = {}
        for _ in range(args.runs):
            r, st, out = bantin_once(site, flags, args.plain_java)
            results.append(r)
            stages.append(st)
            for tool, _, hsite in hugo_sites:
                h, hugo_out[tool] = hugo_once(hsite, f"{tool}-{n}")
                hugo[tool].append(h)
        pages, feeds = count_files(out)
        keys = [k for k in stages[0]]
        stage_text = " ".join(f"{k.strip()}={int(statistics.median(s.get(k, 0) for s in stages))}" for k in keys)
        print(f"{n:>7} {'bantin':<8} {median(results, 0):>7.2f} {median(results, 1):>7.2f} {median(results, 2):>8.0f}"
              f" {pages:>7} {feeds:>6}  {spread(results)}; {stage_text}", flush=True)
        measured[(n, "build")] = median(results, 0)
        measured[(n, "peak RSS")] = median(results, 2)
        raw, gz, article = weights(out)
        print(f"{n:>7} search-index.json {raw:,} bytes, {gz:,} gzipped; heaviest article page + CSS {article:,} bytes gzipped",
              flush=True)
        c = bench_check(site, args.runs, flags, args.plain_java)
        print(f"{n:>7} {'check':<8} {median(c, 0):>7.2f} {median(c, 1):>7.2f} {median(c, 2):>8.0f}", flush=True)
        measured[(n, "check")] = median(c, 0)
        u = bench_unchanged(site, out, args.runs, flags, args.plain_java)
        print(f"{n:>7} {'rebuild':<8} {median(u, 0):>7.2f} {median(u, 1):>7.2f} {median(u, 2):>8.0f}"
              "   the same build again into the last output, nothing edited: up to date", flush=True)
        measured[(n, "unchanged rebuild")] = median(u, 0)
        for tool, label, _ in hugo_sites:
            h = hugo[tool]
            hpages, hfeeds, hstubs = count_files(hugo_out[tool], stubs=True)
            rounds = sorted(b[0] / x[0] for b, x in zip(results, h))
            print(f"{n:>7} {tool:<8} {median(h, 0):>7.2f} {median(h, 1):>7.2f} {median(h, 2):>8.0f}"
                  f" {hpages:>7} {hfeeds:>6}  ratio bantin/hugo-{label} = {median(results, 0) / median(h, 0):.2f}"
                  f" (run by run {rounds[0]:.2f}-{rounds[-1]:.2f}; +{hstubs} redirect stubs; {spread(h)})", flush=True)
            measured[(n, "build / " + tool)] = median(results, 0) / median(h, 0)
    print("goals (issue 8):")
    for n, what, goal, unit in GOALS:
        if (n, what) in measured:
            value = measured[(n, what)]
            text = f"{value:.2f}" if unit != "MiB" else f"{value:.0f}"
            print(f"  {n:>6} {what:<16} {text:>7} {unit:<5} goal <= {goal:g}  {'met' if value <= goal else 'NOT MET'}", flush=True)


if __name__ == "__main__":
    main()
