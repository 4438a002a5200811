// A raw HTTP/1.1 client over a socket to 127.0.0.1, for what fetch will not send: a body cut off midway, request
// targets such as `//`, a Content-Length of 50 MB with no body behind it.
import net from 'node:net'

export interface RawAnswer {
  status: number
  head: string
  body: string
}

/** the status line and headers of the first answer on the socket, and what body came with it */
export function readAnswer(socket: net.Socket): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    let data = Buffer.alloc(0)
    const done = () => {
      const text = data.toString('utf8')
      const [head, ...rest] = text.split('\r\n\r\n')
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0)
      if (status === 0) reject(new Error(`no HTTP answer: ${JSON.stringify(text.slice(0, 200))}`))
      else resolve({ status, head, body: rest.join('\r\n\r\n') })
    }
    socket.on('data', (chunk) => {
      data = Buffer.concat([data, chunk])
      const text = data.toString('utf8')
      const end = text.indexOf('\r\n\r\n')
      if (end < 0) return
      const length = Number(/content-length: (\d+)/i.exec(text.slice(0, end))?.[1] ?? -1)
      if (length >= 0 && Buffer.byteLength(text.slice(end + 4)) >= length) done()
    })
    socket.on('end', done)
    socket.on('error', reject)
  })
}

export function connect(origin: string): Promise<net.Socket> {
  const { hostname, port } = new URL(origin)
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: hostname, port: Number(port) }, () => resolve(socket))
    socket.on('error', reject)
  })
}

/** sends `request` as it is and reads the answer */
export async function rawRequest(origin: string, request: string | Buffer): Promise<RawAnswer> {
  const socket = await connect(origin)
  const answer = readAnswer(socket)
  socket.write(request)
  try {
    return await answer
  } finally {
    socket.destroy()
  }
}

/** resolves once the bytes are handed to the kernel */
export const write = (socket: net.Socket, data: string | Buffer) =>
  new Promise<void>((resolve, reject) => socket.write(data, (e) => (e ? reject(e) : resolve())))

/** a port on 127.0.0.1 nobody listens on (the system's choice, released at once): a server that is not there */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = net.createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo
      s.close(() => resolve(port))
    })
  })
