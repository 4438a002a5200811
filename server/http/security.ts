// CORS for the one configured H5 origin only, and the security headers every answer carries. A page of any other
// origin gets no Access-Control-Allow-Origin, so a browser keeps the answer from it; and since only
// application/json bodies are parsed, a cross-site form (text/plain, form-encoded) cannot send a command at all.
import type { FastifyInstance } from 'fastify'

export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'Cross-Origin-Resource-Policy': 'same-site',
  'Strict-Transport-Security': 'max-age=31536000',
  'Cache-Control': 'no-store'
}

/**
 * the office console's pages (/console/): their own script, stylesheet and API calls only, from this origin; no
 * inline script or style, no frames, no form posted anywhere (the page sends JSON with fetch)
 */
export const CONSOLE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

const ALLOWED_HEADERS = 'Content-Type, Authorization, Idempotency-Key, Accept'
const ALLOWED_METHODS = 'GET, POST, PUT, DELETE'

export function registerSecurity(app: FastifyInstance, corsOrigin: string | undefined) {
  app.addHook('onRequest', async (req, reply) => {
    reply.headers(SECURITY_HEADERS)
    const origin = req.headers.origin
    const allowed = corsOrigin !== undefined && origin === corsOrigin
    if (allowed) reply.headers({ 'Access-Control-Allow-Origin': origin, Vary: 'Origin' })
    if (req.method === 'OPTIONS') {
      if (allowed)
        reply.headers({
          'Access-Control-Allow-Headers': ALLOWED_HEADERS,
          'Access-Control-Allow-Methods': ALLOWED_METHODS,
          'Access-Control-Max-Age': '600'
        })
      return reply.code(allowed ? 204 : 403).send()
    }
  })
}
