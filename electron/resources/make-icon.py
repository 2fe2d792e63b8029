#!/usr/bin/env python3
"""Draws the app icon (512x512 PNG, no dependencies): a key on a rounded blue-green square.
Run: python3 electron/resources/make-icon.py  (writes icon.png next to this file)."""
import math
import os
import struct
import zlib

SIZE = 512
BG = (15, 76, 92)
FG = (255, 200, 40)


def inside_rounded_square(x, y, r=96):
    cx = min(max(x, r), SIZE - 1 - r)
    cy = min(max(y, r), SIZE - 1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def on_key(x, y):
    # Ring of the key.
    d = math.hypot(x - 190, y - 256)
    if 58 <= d <= 100:
        return True
    # Shaft.
    if 280 <= x <= 420 and 240 <= y <= 272:
        return True
    # Teeth.
    if 350 <= x <= 376 and 272 <= y <= 320:
        return True
    if 394 <= x <= 420 and 272 <= y <= 336:
        return True
    return False


def pixel(x, y):
    # 2x2 supersampling for smoother edges.
    acc = [0, 0, 0, 0]
    for dx in (0.25, 0.75):
        for dy in (0.25, 0.75):
            sx, sy = x + dx, y + dy
            if not inside_rounded_square(sx, sy):
                continue
            colour = FG if on_key(sx, sy) else BG
            acc[0] += colour[0]
            acc[1] += colour[1]
            acc[2] += colour[2]
            acc[3] += 255
    n = 4
    return bytes(round(v / n) for v in acc)


def chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xFFFFFFFF)


def main():
    rows = bytearray()
    for y in range(SIZE):
        rows.append(0)
        for x in range(SIZE):
            rows += pixel(x, y)
    png = b'\x89PNG\r\n\x1a\n'
    png += chunk(b'IHDR', struct.pack('>IIBBBBB', SIZE, SIZE, 8, 6, 0, 0, 0))
    png += chunk(b'IDAT', zlib.compress(bytes(rows), 9))
    png += chunk(b'IEND', b'')
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'icon.png')
    with open(out, 'wb') as f:
        f.write(png)
    print(out, len(png), 'bytes')


if __name__ == '__main__':
    main()
