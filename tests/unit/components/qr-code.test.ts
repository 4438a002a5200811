/**
 * @jest-environment node
 */
// The receipt's QR code: what the encoder draws decodes back to the 预约号 (jsQR, an independent reader), and the
// SVG the Image shows draws exactly the encoder's dark modules.
import jsQR from 'jsqr'
import { asciiBase64, qrDataUri, qrMatrix, qrSvg, type QrMatrix } from '@/components/qr-code'

/** the matrix as RGBA pixels, `scale` pixels a module, with a quiet zone of four modules */
function pixels({ size, dark }: QrMatrix, scale = 4) {
  const side = (size + 8) * scale
  const data = new Uint8ClampedArray(side * side * 4).fill(255)
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++)
      if (dark[y][x])
        for (let dy = 0; dy < scale; dy++)
          for (let dx = 0; dx < scale; dx++) {
            const i = (((y + 4) * scale + dy) * side + (x + 4) * scale + dx) * 4
            data[i] = data[i + 1] = data[i + 2] = 0
          }
  return { data, side }
}

/** the dark modules the SVG path draws, read back from its runs */
function drawn(svg: string, size: number, quiet = 4): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false))
  const d = /<path d="([^"]*)"/.exec(svg)?.[1] ?? ''
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g))
    for (let i = 0; i < Number(w); i++) grid[Number(y) - quiet][Number(x) - quiet + i] = true
  return grid
}

test.each(['YY202611240001007', 'YY2026112400031234', 'BKMI4X2K9C1F'])('%s decodes back from what is drawn', (text) => {
  const matrix = qrMatrix(text)
  expect(matrix.size).toBeGreaterThanOrEqual(21)
  const { data, side } = pixels(matrix)
  expect(jsQR(data, side, side)?.data).toBe(text)
  expect(drawn(qrSvg(matrix), matrix.size)).toEqual(matrix.dark)
})

test('a one-module change breaks the decode: the check above reads the matrix, not a constant', () => {
  const matrix = qrMatrix('YY202611240001007')
  // wipe the top-left finder pattern's centre: without it, no reader finds the code
  const broken = { ...matrix, dark: matrix.dark.map((row, y) => row.map((v, x) => (y < 7 && x < 7 ? false : v))) }
  const { data, side } = pixels(broken)
  expect(jsQR(data, side, side)).toBeNull()
})

test('the data URI carries the SVG in base64, as an Image takes it everywhere', () => {
  const uri = qrDataUri('YY202611240001007')
  expect(uri.startsWith('data:image/svg+xml;base64,')).toBe(true)
  const svg = Buffer.from(uri.slice('data:image/svg+xml;base64,'.length), 'base64').toString('ascii')
  expect(svg).toBe(qrSvg(qrMatrix('YY202611240001007')))
  for (const text of ['', 'a', 'ab', 'abc', 'abcd', '<svg viewBox="0 0 29 29"/>'])
    expect(asciiBase64(text)).toBe(Buffer.from(text, 'ascii').toString('base64'))
})
