// The 预约号 as a QR code, drawn on the device without a network: uqr encodes it, and the matrix becomes one
// SVG path in a data URI, which Image shows on WeChat, Alipay and H5 alike. Shared by the receipts of hall bookings
// (政务服务) and venue reservations (文旅服务); only the subpackages that draw one carry it.
import { encode } from 'uqr'

export interface QrMatrix {
  size: number
  /** dark[y][x] */
  dark: boolean[][]
}

/** error correction M (15%): a worn or creased printout still scans */
export function qrMatrix(text: string): QrMatrix {
  const { size, data } = encode(text, { ecc: 'M', border: 0 })
  return { size, dark: data }
}

/** one path of horizontal runs, a white quiet zone of four modules around it (ISO/IEC 18004) */
export function qrSvg({ size, dark }: QrMatrix, quiet = 4): string {
  let path = ''
  dark.forEach((row, y) => {
    for (let x = 0; x < size; x++) {
      if (!row[x]) continue
      let end = x
      while (end + 1 < size && row[end + 1]) end++
      path += `M${x + quiet} ${y + quiet}h${end - x + 1}v1h-${end - x + 1}z`
      x = end
    }
  })
  const side = size + 2 * quiet
  // a size of its own (8 px a module), so every Image scales a square, not the 300 × 150 of a size-less SVG
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${side * 8}" height="${side * 8}" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges">` +
    `<rect width="${side}" height="${side}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`
  )
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** base64 of ASCII text: the mini-programs have no btoa */
export function asciiBase64(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i += 3) {
    const [a, b, c] = [text.charCodeAt(i), text.charCodeAt(i + 1), text.charCodeAt(i + 2)]
    const n = (a << 16) | ((b || 0) << 8) | (c || 0)
    out += BASE64[(n >> 18) & 63] + BASE64[(n >> 12) & 63]
    out += i + 1 < text.length ? BASE64[(n >> 6) & 63] : '='
    out += i + 2 < text.length ? BASE64[n & 63] : '='
  }
  return out
}

/** what an Image's src takes: the QR code of the text */
export function qrDataUri(text: string): string {
  return `data:image/svg+xml;base64,${asciiBase64(qrSvg(qrMatrix(text)))}`
}
