#!/usr/bin/env python3
"""The site's emblem, drawn once here and written as every file browsers and feed readers ask for.

    python3 scripts/icons.py            # writes the files below into assets/

The emblem is a gold five-pointed star in a gold ring on the site's red (the header's colour). This script is
the only source of the files: the SVG is written from the same shapes the PNGs are painted from, the PNGs and
the ICO are painted here pixel by pixel (8 x 8 samples per pixel), so the bytes depend on nothing but this file
(no browser, no image library, zlib at a fixed level). Commit what it writes; run it again after a change.

    assets/favicon.svg            the emblem, for browsers that take SVG icons (and the header, beside the name)
    assets/favicon.ico            16, 32 and 48 px (PNG inside), for /favicon.ico and older browsers
    assets/icon-192.png           192 px, for Android's home screen
    assets/apple-touch-icon.png   180 px on a full red square (iOS rounds the corners itself; no transparency)
    assets/images/logo.png        144 px, the feeds' channel image (RSS allows 144 px at most)
"""
import math
import struct
import sys
import zlib
from pathlib import Path

RED = (0x8A, 0x12, 0x12)
GOLD = (0xF5, 0xC5, 0x18)
SIZE = 64.0  # the drawing's units: a 64 x 64 square
RING = (32.0, 32.0, 26.5, 2.5)  # centre x, centre y, radius, stroke width
STAR = (32.0, 33.5, 17.0, 6.9)  # centre x, centre y, outer radius, inner radius
SAMPLES = 8


def star_points():
    cx, cy, outer, inner = STAR
    points = []
    for k in range(10):
        r = outer if k % 2 == 0 else inner
        angle = math.radians(-90 + 36 * k)
        points.append((round(cx + r * math.cos(angle), 3), round(cy + r * math.sin(angle), 3)))
    return points


POINTS = star_points()


def in_star(x, y):
    inside = False
    j = len(POINTS) - 1
    for i, (xi, yi) in enumerate(POINTS):
        xj, yj = POINTS[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def colour(x, y, square):
    """The colour at a point of the drawing, or None where it is transparent."""
    cx, cy, r, w = RING
    d = math.hypot(x - 32.0, y - 32.0)
    if not square and d > 32.0:
        return None
    if in_star(x, y) or abs(math.hypot(x - cx, y - cy) - r) <= w / 2:
        return GOLD
    return RED


def paint(px, square=False):
    """RGBA rows of the emblem at px x px, each pixel the average of SAMPLES x SAMPLES points."""
    rows = []
    step = SIZE / px
    for row in range(px):
        line = bytearray()
        for col in range(px):
            total = [0, 0, 0]
            covered = 0
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    c = colour((col + (sx + 0.5) / SAMPLES) * step, (row + (sy + 0.5) / SAMPLES) * step, square)
                    if c is not None:
                        covered += 1
                        for k in range(3):
                            total[k] += c[k]
            if covered == 0:
                line += bytes(4)
            else:
                line += bytes(round(t / covered) for t in total) + bytes([round(255 * covered / SAMPLES ** 2)])
        rows.append(bytes(line))
    return rows


def png(rows):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    px = len(rows)
    raw = b"".join(b"\x00" + r for r in rows)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", px, px, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def ico(sizes):
    images = [png(paint(px)) for px in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries = b""
    for px, data in zip(sizes, images):
        entries += struct.pack("<BBBBHHII", px % 256, px % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(images)


def svg():
    hexa = "#%02x%02x%02x"
    cx, cy, r, w = RING
    points = " ".join("%g,%g" % p for p in POINTS)
    return ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">\n'
            '<circle cx="32" cy="32" r="32" fill="%s"/>\n' % (hexa % RED)
            + '<circle cx="%g" cy="%g" r="%g" fill="none" stroke="%s" stroke-width="%g"/>\n' % (cx, cy, r, hexa % GOLD, w)
            + '<polygon points="%s" fill="%s"/>\n' % (points, hexa % GOLD)
            + '</svg>\n').encode()


def main():
    assets = Path(__file__).resolve().parent.parent / "assets"
    files = {
        "favicon.svg": svg(),
        "favicon.ico": ico([16, 32, 48]),
        "icon-192.png": png(paint(192)),
        "apple-touch-icon.png": png(paint(180, square=True)),
        "images/logo.png": png(paint(144)),
    }
    for name, data in files.items():
        path = assets / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"{path.relative_to(assets.parent)}: {len(data):,} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
