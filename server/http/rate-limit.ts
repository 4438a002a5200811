// Rate limits per client address (every request) and per user (every write), counted in PostgreSQL so that every
// server process behind a load balancer counts the same hits. Fixed windows: a key's hits in the current window;
// the first hit of a new window drops that key's older ones.
import type { Database } from '../db'
import { HttpError } from './errors'

export interface RateLimits {
  /** requests per address per window */
  perAddress: number
  /** POST / PUT / DELETE per signed-in user per window */
  perUserWrites: number
  windowMs: number
}

export const DEFAULT_RATE_LIMITS: RateLimits = { perAddress: 1200, perUserWrites: 120, windowMs: 60_000 }

export type RateCheck = (key: string, limit: number) => Promise<void>

export function rateLimiter(db: Database, windowMs: number, now: () => number = Date.now): RateCheck {
  return async (key, limit) => {
    const window = Math.floor(now() / windowMs)
    const { rows } = await db.query<{ hits: number }>(
      `INSERT INTO rate_windows (key, window_start, hits) VALUES ($1, $2, 1)
       ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_windows.hits + 1 RETURNING hits`,
      [key, window]
    )
    if (rows[0].hits === 1)
      await db.query('DELETE FROM rate_windows WHERE key = $1 AND window_start < $2', [key, window])
    if (rows[0].hits > limit) throw new HttpError(429, 'rate_limited', 'rate.limited')
  }
}
