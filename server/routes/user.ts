// The user's favourites and history, and the holiday arrangement the server publishes.
import { z } from 'zod'
import type { SavedItem } from '@/core/domain'
import type { Arrangement } from '@/core/calendar'
import { embeddedCalendarApi } from '@/backend/embedded/calendar'
import { parseBody } from '../http/body'
import { invalid } from '../http/errors'
import { paramsOf, type RouteContext } from '../context'

const s = (max: number) => z.string().min(1).max(max)
const savedItemSchema = z.strictObject({
  module: s(60),
  kind: s(60),
  id: s(200),
  title: s(500),
  titleHant: s(500),
  route: s(1000),
  at: z.number()
})

/** history keeps the latest items only, as the app does */
const HISTORY_LIMIT = 50

export function userRoutes({ app, db, now, sessions }: RouteContext, calendar: Arrangement) {
  const list = async (userId: number, which: 'favourites' | 'history') =>
    (
      await db.query<{ item: SavedItem }>(
        'SELECT item FROM saved_items WHERE user_id = $1 AND list = $2 ORDER BY seq DESC',
        [userId, which]
      )
    ).rows.map((r) => r.item)

  /** the item of a PUT: its body, which must name the path's item */
  const itemOf = (params: Record<string, string>, body: unknown): SavedItem => {
    const item = parseBody(savedItemSchema, body, 'savedItem.invalid')
    if (item.module !== params.module || item.kind !== params.kind || item.id !== params.id)
      throw invalid('savedItem.pathMismatch')
    return item
  }

  const put = (userId: number, which: 'favourites' | 'history', item: SavedItem) =>
    db.query(
      `INSERT INTO saved_items (user_id, list, module, kind, item_id, seq, item)
       VALUES ($1, $2, $3, $4, $5, nextval('saved_items_seq'), $6)
       ON CONFLICT (user_id, list, module, kind, item_id) DO UPDATE SET seq = EXCLUDED.seq, item = EXCLUDED.item`,
      [userId, which, item.module, item.kind, item.id, JSON.stringify(item)]
    )

  app.get('/me/favourites', async (req) => list((await sessions.user(req)).userId, 'favourites'))
  app.get('/me/favourites/:module/:kind/:id', async (req) => {
    const user = await sessions.user(req)
    const { module, kind, id } = paramsOf(req)
    const { rowCount } = await db.query(
      `SELECT 1 FROM saved_items WHERE user_id = $1 AND list = 'favourites' AND module = $2 AND kind = $3
       AND item_id = $4`,
      [user.userId, module, kind, id]
    )
    return { favourite: rowCount > 0 }
  })
  app.put('/me/favourites/:module/:kind/:id', async (req) => {
    const user = await sessions.user(req)
    const item = itemOf(paramsOf(req), req.body)
    // already a favourite: it stays where it is in the list
    await db.query(
      `INSERT INTO saved_items (user_id, list, module, kind, item_id, seq, item)
       VALUES ($1, 'favourites', $2, $3, $4, nextval('saved_items_seq'), $5) ON CONFLICT DO NOTHING`,
      [user.userId, item.module, item.kind, item.id, JSON.stringify(item)]
    )
    return { favourite: true }
  })
  app.delete('/me/favourites/:module/:kind/:id', async (req) => {
    const user = await sessions.user(req)
    const { module, kind, id } = paramsOf(req)
    await db.query(
      `DELETE FROM saved_items WHERE user_id = $1 AND list = 'favourites' AND module = $2 AND kind = $3
       AND item_id = $4`,
      [user.userId, module, kind, id]
    )
    return { favourite: false }
  })

  app.get('/me/history', async (req) => list((await sessions.user(req)).userId, 'history'))
  app.put('/me/history/:module/:kind/:id', async (req) => {
    const user = await sessions.user(req)
    await put(user.userId, 'history', itemOf(paramsOf(req), req.body))
    await db.query(
      `DELETE FROM saved_items WHERE user_id = $1 AND list = 'history' AND seq NOT IN
       (SELECT seq FROM saved_items WHERE user_id = $1 AND list = 'history' ORDER BY seq DESC LIMIT $2)`,
      [user.userId, HISTORY_LIMIT]
    )
    return { ok: true }
  })
  app.delete('/me/history', async (req) => {
    const user = await sessions.user(req)
    await db.query(`DELETE FROM saved_items WHERE user_id = $1 AND list = 'history'`, [user.userId])
    return { ok: true }
  })

  const arrangement = embeddedCalendarApi(calendar, now)
  app.get('/calendar', async () => ({ years: await arrangement.getArrangement() }))
}
