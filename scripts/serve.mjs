// A tiny static file server for a built dist folder (no dependencies).
//
//   import { serve } from './serve.mjs'
//   const { url, close } = await serve({ root: 'dist/h5', port: 0 })   // port 0 = any free port
//
//   node scripts/serve.mjs [dir=dist/h5] [port=PORT|10086]
//
// Binds 127.0.0.1 only. Serves index.html for "/" (Taro H5 uses the hash router, so no history fallback is
// needed, but unknown extension-less paths still get index.html). Gzips compressible files when the client
// sends Accept-Encoding: gzip. HTML is never cached; hashed assets are.
import { createServer } from 'node:http'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { createGzip } from 'node:zlib'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json'
}
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg\+xml)/

/**
 * Serve `root` on 127.0.0.1.
 * @param {{ root?: string, port?: number, host?: string, quiet?: boolean }} [options]
 * @returns {Promise<{ url: string, port: number, server: import('node:http').Server, close: () => Promise<void> }>}
 *   url ends with "/". Rejects with EADDRINUSE if a fixed port is taken (the caller may retry with 0).
 */
export async function serve({ root = 'dist/h5', port = 0, host = '127.0.0.1', quiet = true } = {}) {
  const base = path.resolve(root)
  const server = createServer((req, res) => {
    handle(base, req, res, quiet).catch((err) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
      res.end(String(err))
    })
  })
  // keep-alive sockets would hold close() open
  const sockets = new Set()
  server.on('connection', (s) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const actual = server.address().port
  return {
    url: `http://${host}:${actual}/`,
    port: actual,
    server,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      })
  }
}

async function handle(base, req, res, quiet) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' })
    return res.end()
  }
  let pathname
  try {
    pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname)
  } catch {
    res.writeHead(400)
    return res.end()
  }
  let file = path.join(base, pathname)
  if (file !== base && !file.startsWith(base + path.sep)) {
    res.writeHead(403)
    return res.end()
  }
  let info = await stat(file).catch(() => null)
  if (info?.isDirectory()) {
    file = path.join(file, 'index.html')
    info = await stat(file).catch(() => null)
  }
  if (!info && !path.extname(pathname)) {
    file = path.join(base, 'index.html')
    info = await stat(file).catch(() => null)
  }
  if (!info || !info.isFile()) {
    if (!quiet) console.log(`404 ${req.url}`)
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
    return res.end('Not found')
  }
  const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
  const gzip = COMPRESSIBLE.test(type) && info.size > 512 && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')
  const headers = {
    'content-type': type,
    'cache-control': type.startsWith('text/html') ? 'no-cache' : 'public, max-age=31536000, immutable',
    vary: 'Accept-Encoding',
    'last-modified': info.mtime.toUTCString()
  }
  if (gzip) headers['content-encoding'] = 'gzip'
  else headers['content-length'] = info.size
  res.writeHead(200, headers)
  if (!quiet) console.log(`200 ${req.url}${gzip ? ' (gzip)' : ''}`)
  if (req.method === 'HEAD') return res.end()
  const source = createReadStream(file)
  if (gzip) pipeline(source, createGzip(), res, () => undefined)
  else pipeline(source, res, () => undefined)
}

// CLI
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const root = process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'h5')
  const port = Number(process.argv[3] ?? process.env.PORT ?? 10086)
  let server
  try {
    server = await serve({ root, port, quiet: false })
  } catch (err) {
    if (err.code !== 'EADDRINUSE') throw err
    console.log(`port ${port} is taken; using a free one`)
    server = await serve({ root, port: 0, quiet: false })
  }
  console.log(`Serving ${path.resolve(root)} at ${server.url}`)
  const stop = () => server.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}
