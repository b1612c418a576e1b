#!/usr/bin/env python3
"""The README's screenshots, taken from the built site in headless Chromium.

    mvn -B -q package -DskipTests && python3 docs/screenshots.py

Serves target/site on 127.0.0.1 and writes docs/trang-chu.png and docs/bai-viet.png (1280 px wide) and
docs/bai-viet-360.png (a 360 px phone). Python 3 standard library and Debian's chromium only.
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from browser import Chromium, Site  # noqa: E402

SHOTS = [("trang-chu.png", "", 1280, 1000, False),
         ("bai-viet.png", "tin-tuc/so-noi-vu-trien-khai-cong-tac-nam-2014.html", 1280, 1000, False),
         ("bai-viet-360.png", "tin-tuc/so-noi-vu-trien-khai-cong-tac-nam-2014.html", 360, 740, True)]


def main():
    site = ROOT / "target" / "site"
    if not (site / "index.html").exists():
        sys.exit("build the site first: mvn -B -q package -DskipTests")
    server = Site(site)
    try:
        for name, path, width, height, mobile in SHOTS:
            browser = Chromium(width=width, height=height, mobile=mobile)
            try:
                browser.get(server.url + path)
                browser.screenshot(ROOT / "docs" / name)
            finally:
                browser.close()
            print("docs/" + name)
    finally:
        server.close()


if __name__ == "__main__":
    main()
