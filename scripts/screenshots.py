#!/usr/bin/env python3
"""The README's screenshots, taken from the built site in headless Chromium.

    mvn -B -q package -DskipTests && python3 scripts/screenshots.py

Builds the site as of NOW into target/screenshots/site (with target/bantin.jar), serves it on 127.0.0.1 and
writes docs/trang-chu.png and docs/bai-viet.png (1280 px wide) and
docs/bai-viet-360.png (a 360 px phone). Python 3 standard library and Debian's chromium and chromium-driver
(bench/browser.py drives them) only.
"""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from browser import Chromium, Site  # noqa: E402

# A day of the week the sample schedule covers (data/lich-cong-tac/2026-W48.yaml), so that the home page's
# "Lịch công tác" box shows that day's entries whatever the day the screenshots are taken.
NOW = "2026-11-24T07:00+07:00"
SHOTS = [("trang-chu.png", "", 1280, 1480, False),  # tall enough for the "Văn bản mới" and "Lịch công tác" boxes
         ("bai-viet.png", "tin-tuc/so-noi-vu-trien-khai-cong-tac-nam-2014.html", 1280, 1000, False),
         ("bai-viet-360.png", "tin-tuc/so-noi-vu-trien-khai-cong-tac-nam-2014.html", 360, 740, True)]


def main():
    jar = ROOT / "target" / "bantin.jar"
    if not jar.exists():
        sys.exit("build the tool first: mvn -B -q package -DskipTests")
    site = ROOT / "target" / "screenshots" / "site"
    subprocess.run(["java", "-jar", str(jar), "build", "--source", str(ROOT), "--output", str(site), "--now", NOW],
                   check=True, stdout=subprocess.DEVNULL)
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
