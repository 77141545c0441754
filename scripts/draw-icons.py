#!/usr/bin/env python3
"""Draws Between's app icons as PNG files (standard library only: zlib and struct).

The same picture as static/img/icon.svg: two circles side by side, white and the soft accent,
on the accent colour of between.css (--accent #2f6f62, --accent-soft #e3efeb). The "any" icons
have rounded corners; the maskable one fills the square and keeps the circles inside the
safe zone (the centre 80 %), so that a launcher may cut any shape out of it.

    python3 scripts/draw-icons.py        # writes src/main/resources/static/img/icon-*.png
"""
import os
import struct
import zlib

ACCENT = (0x2F, 0x6F, 0x62)
WHITE = (0xFF, 0xFF, 0xFF)
SOFT = (0xE3, 0xEF, 0xEB)

OUT = os.path.join(os.path.dirname(__file__), "..", "src", "main", "resources", "static", "img")


def coverage(inside, x, y, samples=4):
    """The share of the pixel (x, y) that inside(px, py) covers, by supersampling."""
    hits = 0
    for i in range(samples):
        for j in range(samples):
            if inside(x + (i + 0.5) / samples, y + (j + 0.5) / samples):
                hits += 1
    return hits / (samples * samples)


def draw(size, maskable):
    # In units of the 32-unit SVG; the maskable icon shrinks the picture to 70 % (safe zone).
    scale = size / 32.0
    shrink = 0.7 if maskable else 1.0
    centre = size / 2.0

    def unit(px):
        return (px - centre) / (scale * shrink) + 16.0

    def in_background(px, py):
        if maskable:
            return True
        r = 8 * scale
        cx = min(max(px, r), size - r)
        cy = min(max(py, r), size - r)
        return (px - cx) ** 2 + (py - cy) ** 2 <= r * r

    def in_circle(cx, cy, r):
        return lambda px, py: (unit(px) - cx) ** 2 + (unit(py) - cy) ** 2 <= r * r

    left = in_circle(11, 16, 4)
    right = in_circle(21, 16, 4)
    rows = []
    for y in range(size):
        row = bytearray([0])  # filter type 0
        for x in range(size):
            background = coverage(in_background, x, y) if not maskable else 1.0
            colour = ACCENT
            a_left = coverage(left, x, y)
            a_right = coverage(right, x, y)
            mixed = [c * (1 - a_left - a_right) + w * a_left + s * a_right
                     for c, w, s in zip(colour, WHITE, SOFT)]
            row.extend(int(round(v)) for v in mixed)
            row.append(int(round(255 * background)))
        rows.append(bytes(row))
    return png(size, size, b"".join(rows))


def png(width, height, raw):
    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


ICONS = {
    "icon-192.png": (192, False),
    "icon-512.png": (512, False),
    "icon-maskable-512.png": (512, True),
    "apple-touch-icon-180.png": (180, True),  # iOS rounds the corners itself
}

if __name__ == "__main__":
    for name, (size, maskable) in ICONS.items():
        path = os.path.normpath(os.path.join(OUT, name))
        with open(path, "wb") as f:
            f.write(draw(size, maskable))
        print(path)
