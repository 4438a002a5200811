// Session tokens: 32 random bytes, given to the client once; the database keeps only their SHA-256, so a copy of
// the sessions table opens nothing.
import { createHash, randomBytes, scrypt, timingSafeEqual, type BinaryLike } from 'node:crypto'

export const newToken = () => randomBytes(32).toString('base64url')
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex')

/** `Authorization: Bearer <token>`; undefined for anything else */
export function bearer(header: string | undefined): string | undefined {
  const m = /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(header ?? '')
  return m?.[1]
}

const SCRYPT = { N: 16384, r: 8, p: 1, keylen: 32 }

const scryptAsync = (password: BinaryLike, salt: Buffer) =>
  new Promise<Buffer>((resolve, reject) =>
    scrypt(password, salt, SCRYPT.keylen, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p }, (e, key) =>
      e ? reject(e) : resolve(key)
    )
  )

/** 'scrypt$N$r$p$salt$key', salt and key base64url: the parameters travel with the hash */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await scryptAsync(password, salt)
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64url'), key.toString('base64url')].join('$')
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, key] = stored.split('$')
  if (kind !== 'scrypt' || !salt || !key) return false
  const expected = Buffer.from(key, 'base64url')
  const actual = await new Promise<Buffer>((resolve, reject) =>
    scrypt(password, Buffer.from(salt, 'base64url'), expected.length, { N: +n, r: +r, p: +p }, (e, k) =>
      e ? reject(e) : resolve(k)
    )
  )
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}
