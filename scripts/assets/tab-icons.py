"""Draws the three tab-bar icons (home, services, mine) as 81x81 PNGs in two colours.
Run once by hand (python3 scripts/assets/tab-icons.py); the PNGs are committed."""
import struct, zlib, math, os

SIZE = 81
OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'src', 'assets', 'tab')

def png(pixels):
    raw = b''.join(b'\x00' + bytes(sum((list(p) for p in row), [])) for row in pixels)
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', SIZE, SIZE, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')

def render(inside, rgb):
    # 4x4 supersampling for smooth edges
    rows = []
    for y in range(SIZE):
        row = []
        for x in range(SIZE):
            hits = sum(inside(x + (i + 0.5) / 4, y + (j + 0.5) / 4) for i in range(4) for j in range(4))
            row.append((*rgb, round(255 * hits / 16)))
        rows.append(row)
    return png(rows)

def home(x, y):
    roof = y >= 12 and y <= 40 and abs(x - 40.5) <= (y - 12) * 1.15 and abs(x - 40.5) >= (y - 12) * 1.15 - 8
    walls = 38 <= y <= 70 and (16 <= x <= 22 or 59 <= x <= 65) or 64 <= y <= 70 and 16 <= x <= 65
    door = 50 <= y <= 70 and 35 <= x <= 46
    return roof or walls or door

def services(x, y):
    def square(x0, y0):
        return x0 <= x <= x0 + 24 and y0 <= y <= y0 + 24 and not (x0 + 5 < x < x0 + 19 and y0 + 5 < y < y0 + 19)
    return square(12, 12) or square(45, 12) or square(12, 45) or (45 <= x <= 69 and 45 <= y <= 69)

def mine(x, y):
    head = (x - 40.5) ** 2 + (y - 26) ** 2 <= 13 ** 2 and (x - 40.5) ** 2 + (y - 26) ** 2 >= 8 ** 2
    body = y >= 46 and y <= 70 and (x - 40.5) ** 2 / 27 ** 2 + (y - 70) ** 2 / 24 ** 2 <= 1 and ((x - 40.5) ** 2 / 22 ** 2 + (y - 70) ** 2 / 19 ** 2 >= 1 or y >= 65)
    return head or body

for name, shape in [('home', home), ('services', services), ('mine', mine)]:
    for suffix, rgb in [('', (0x4a, 0x55, 0x63)), ('-active', (0x0b, 0x5c, 0xad))]:
        with open(os.path.join(OUT, f'{name}{suffix}.png'), 'wb') as f:
            f.write(render(shape, rgb))
