// 诉求服务 in PostgreSQL: the citizen files, withdraws and rates under their session; the 12345 centre and the units
// act under their office login. Every change goes through the workflow table of src/core/appeals/workflow.ts, on
// the row locked in the transaction that writes the result. The catalogue and routing are the bundled data's.
import type { FastifyRequest } from 'fastify'
import { z } from 'zod'
import { isLeafCode } from '@/core/appeals/categories'
import { validateAppealForm, APPEAL_FIELDS } from '@/core/appeals/form'
import { routeAppeal, type RoutingInput } from '@/core/appeals/routing'
import { resolveHandler } from '@/core/appeals/handler'
import { applyEvent, createAppeal, type AppealCommand } from '@/core/appeals/workflow'
import { commandShapeError } from '@/core/appeals/command-shape'
import type { Appeal, AppealEvent, AppealRequest } from '@/core/appeals/types'
import { shanghaiDate } from '@/core/calendar'
import { maskName, maskPhone, validateName, validatePhone } from '@/core/validators'
import { zoneById } from '@/zones'
import { appealsDatasets, toSimplified } from '@/backend/embedded/appeals-data'
import type { AppealView } from '@/backend/types'
import type { Queryable } from '../db'
import { parseBody, parseCommand } from '../http/body'
import { conflict, forbidden, invalid, notFound } from '../http/errors'
import { once, requestKey } from '../idempotency'
import { audit, principalKey, requireActor, type OfficePrincipal } from '../auth/sessions'
import { localeOf, paramsOf, type RouteContext } from '../context'
import { afterChange, recordGrants } from '../jobs/hooks'
import { nextInDay } from './gov'
import { FILING_BODY_LIMIT } from './limits'

const s = (max: number) => z.string().max(max)
const photo = z.strictObject({ path: s(3_000_000), size: z.number() })
const appealSchema = z.strictObject({
  idempotencyKey: s(200),
  zone: s(40),
  type: s(40),
  channel: s(40),
  urgent: z.boolean(),
  categoryCode: s(40),
  tags: z.array(s(100)).max(20),
  classifiedBy: z.enum(['suggestion', 'hand']).optional(),
  content: s(10_000),
  location: z.strictObject({
    city: s(40),
    district: s(40).optional(),
    address: s(1000),
    latitude: z.number().optional(),
    longitude: z.number().optional()
  }),
  photos: z.array(photo).max(20),
  contact: z.strictObject({ name: s(200), phoneRegion: s(10), phone: s(40) }),
  enterprise: z.strictObject({ name: s(200), creditCode: s(40) }).optional(),
  confidential: z.boolean(),
  subscriptions: z.array(s(200)).max(20)
})
const routingSchema = z.strictObject({
  text: s(10_000),
  tags: z.array(s(100)).max(20),
  categoryCode: s(40).optional(),
  city: s(40),
  district: s(40).optional()
})
// the level is the workflow's to judge (appeal.rate.levelInvalid); a reason that is not text is a wrong shape
const ratingSchema = z.strictObject({ level: z.unknown(), reason: s(2000).optional() })
const commandSchema = z.looseObject({ actor: s(20), event: s(40) })
/** the fields each office command takes (AppealCommand): its own, and on every one `note` and `actingUnitId` */
const COMMAND_BASE = ['event', 'actor', 'note', 'actingUnitId'] as const
const COMMAND_FIELDS: Record<Exclude<AppealEvent, 'submit'>, readonly string[]> = {
  withdraw: COMMAND_BASE,
  rate: [...COMMAND_BASE, 'level', 'reason'],
  accept: COMMAND_BASE,
  dispatch: [...COMMAND_BASE, 'unitId'],
  reassign: [...COMMAND_BASE, 'unitId'],
  return: COMMAND_BASE,
  start: COMMAND_BASE,
  contact: COMMAND_BASE,
  reply: [...COMMAND_BASE, 'text', 'attachments'],
  revisit: COMMAND_BASE,
  close: COMMAND_BASE
}

export function appealRoutes({ app, db, now, sessions }: RouteContext) {
  const data = appealsDatasets['zh-Hans']

  const view = (row: { record: Appeal; seen_at: number }, showConfidential: boolean): AppealView => {
    const a = row.record
    const { contact, ...rest } = a
    const masked = { ...contact, name: maskName(contact.name), phone: maskPhone(contact.phone) }
    return {
      ...rest,
      contact: a.confidential && !showConfidential ? undefined : masked,
      unseen: a.updatedAt > row.seen_at
    }
  }

  type Row = { record: Appeal; seen_at: number }
  const COLUMNS = 'record, seen_at'

  /** the user's own appeal (locked when asked); another user's is as unknown as one that never existed */
  async function own(q: Queryable, userId: number, id: string, lock = false): Promise<Row> {
    const { rows } = await q.query<Row>(
      `SELECT ${COLUMNS} FROM appeals WHERE id = $1 AND user_id = $2${lock ? ' FOR UPDATE' : ''}`,
      [id, userId]
    )
    if (!rows[0]) throw notFound('appeal.unknown')
    return rows[0]
  }

  /** what an office account may see: the centre every appeal, a unit the appeals it holds */
  async function visible(q: Queryable, office: OfficePrincipal, id: string): Promise<Row> {
    const { rows } = await q.query<Row>(
      `SELECT ${COLUMNS} FROM appeals WHERE id = $1 AND ($2::text IS NULL OR unit_id = $2) FOR UPDATE`,
      [id, office.role === 'unit' ? office.unitId : null]
    )
    if (!rows[0]) throw notFound('appeal.unknown')
    return rows[0]
  }

  async function write(tx: Queryable, appeal: Appeal, seenAt?: number): Promise<Row> {
    const { rows } = await tx.query<Row>(
      `UPDATE appeals SET record = $2, status = $3, unit_id = $4, updated_at = $5,
       seen_at = COALESCE($6, seen_at) WHERE id = $1 RETURNING ${COLUMNS}`,
      [appeal.id, JSON.stringify(appeal), appeal.status, appeal.unitId ?? null, appeal.updatedAt, seenAt ?? null]
    )
    return rows[0]
  }

  const apply = (current: Appeal, command: AppealCommand): Appeal => {
    const shapeError = commandShapeError(command)
    if (shapeError) throw invalid(shapeError)
    const result = applyEvent(current, command, now(), data.policies)
    if (!result.ok) throw conflict(result.reason)
    return result.appeal
  }

  const route = (input: RoutingInput) =>
    routeAppeal({ ...input, text: toSimplified(input.text), tags: input.tags.map(toSimplified) }, data.routing)

  app.get('/appeals/catalogue', async (req) => {
    const { categories, units, tags } = appealsDatasets[localeOf(req)]
    return { categories, units, tags }
  })
  app.post('/appeals/routing-proposals', async (req) =>
    route(parseBody(routingSchema, req.body, 'appeal.routing.invalid') as RoutingInput)
  )

  app.post('/me/appeals', { bodyLimit: FILING_BODY_LIMIT }, async (req) => {
    const user = await sessions.user(req)
    const request = parseBody(appealSchema, req.body, 'appeal.invalid') as AppealRequest
    const key = requestKey(req.headers['idempotency-key'], request.idempotencyKey)
    const errors = validateAppealForm(request, {
      cities: zoneById(request.zone).cities,
      isLeaf: (code) => isLeafCode(data.categories, code)
    })
    const first = APPEAL_FIELDS.find((f) => errors[f])
    if (first) throw invalid(errors[first]!)
    const name = validateName(request.contact.name)
    const phone = validatePhone(request.contact.phoneRegion, request.contact.phone)
    const contact = {
      ...request.contact,
      name: name.ok ? name.value : request.contact.name,
      phone: phone.ok ? phone.value : request.contact.phone
    }
    return once(db, { principal: principalKey(user), operation: 'appeal.create', key, target: '' }, async (tx) => {
      const at = now()
      const day = shanghaiDate(at).replace(/-/g, '')
      // 诉求编号: SQ + Beijing date + the day's number, from the day's counter: never given twice
      const reference = `SQ${day}${String(await nextInDay(tx, 'appeal', day)).padStart(6, '0')}`
      const { location } = request
      // a suggested category and tags came from the content itself: routed on the content alone, as previewed
      const suggested = request.classifiedBy === 'suggestion'
      const routing = route({
        text: request.content,
        tags: suggested ? [] : request.tags,
        categoryCode: suggested ? undefined : request.categoryCode,
        city: location.city,
        district: location.district
      })
      const appeal = createAppeal(
        { ...request, contact },
        { id: reference, reference, routing, at, policies: data.policies }
      )
      const { rows } = await tx.query<Row>(
        `INSERT INTO appeals (id, user_id, reference, status, unit_id, created_at, updated_at, seen_at, record)
         VALUES ($1, $2, $1, $3, $4, $5, $5, $5, $6) RETURNING ${COLUMNS}`,
        [appeal.id, user.userId, appeal.status, appeal.unitId ?? null, at, JSON.stringify(appeal)]
      )
      await recordGrants(tx, user.userId, 'appeal', request.subscriptions, at)
      return view(rows[0], true)
    })
  })

  app.get('/me/appeals', async (req) => {
    const user = await sessions.user(req)
    const { rows } = await db.query<Row>(`SELECT ${COLUMNS} FROM appeals WHERE user_id = $1 ORDER BY seq DESC`, [
      user.userId
    ])
    return rows.map((r) => view(r, false))
  })

  app.get('/me/appeals/updates', async (req) => {
    const user = await sessions.user(req)
    const { rows } = await db.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM appeals WHERE user_id = $1 AND updated_at > seen_at',
      [user.userId]
    )
    return { count: rows[0].count }
  })

  app.get('/me/appeals/:id', async (req) => {
    const user = await sessions.user(req)
    return view(await own(db, user.userId, paramsOf(req).id), true)
  })

  app.put('/me/appeals/:id/seen', async (req) => {
    const user = await sessions.user(req)
    await db.transaction(async (tx) => {
      const row = await own(tx, user.userId, paramsOf(req).id, true)
      await tx.query('UPDATE appeals SET seen_at = updated_at WHERE id = $1', [row.record.id])
    })
    return { ok: true }
  })

  /** a citizen's command on their own appeal, once per key */
  const citizen = (operation: string, command: (body: unknown) => AppealCommand) => async (req: FastifyRequest) => {
    const user = await sessions.user(req)
    const { id } = paramsOf(req)
    const made = command(req.body)
    const key = requestKey(req.headers['idempotency-key'])
    return once(db, { principal: principalKey(user), operation, key, target: id }, async (tx) => {
      const current = await own(tx, user.userId, id, true)
      const next = apply(current.record, made)
      await afterChange(tx, 'appeal', current.record, next)
      return view(await write(tx, next, next.updatedAt), true)
    })
  }

  app.post(
    '/me/appeals/:id/withdraw',
    citizen('appeal.withdraw', () => ({ event: 'withdraw', actor: 'citizen' }))
  )
  app.post(
    '/me/appeals/:id/rating',
    citizen('appeal.rate', (body) => {
      const { level, reason } = parseBody(ratingSchema, body ?? {}, 'appeal.command.invalid')
      return { event: 'rate', actor: 'citizen', level: level as never, reason }
    })
  )

  app.get('/office/appeals', async (req) => {
    const office = await sessions.office(req)
    // a department handles online applications only
    if (office.role === 'department') throw forbidden('office.role')
    const { rows } = await db.query<Row>(
      `SELECT ${COLUMNS} FROM appeals WHERE ($1::text IS NULL OR unit_id = $1) ORDER BY seq DESC`,
      [office.role === 'unit' ? office.unitId : null]
    )
    // a confidential appeal's contact is the handling unit's only: the centre and other units never see it
    return rows.map((r) => view(r, office.role === 'unit' && r.record.unitId === office.unitId))
  })

  app.post('/office/appeals/:id/events', async (req) => {
    const office = await sessions.office(req)
    const { id } = paramsOf(req)
    const body = req.body ?? null
    // the shape first, as the embedded backend does: a null body is appeal.event.unknown, a note of a wrong type
    // appeal.command.invalid
    const shapeError = commandShapeError(body)
    if (shapeError) throw invalid(shapeError)
    parseCommand(body, COMMAND_FIELDS, 'appeal.command.invalid')
    const command = parseBody(commandSchema, body, 'appeal.command.invalid') as unknown as AppealCommand
    if (command.actor !== 'center' && command.actor !== 'unit') throw invalid('appeal.actor.notAllowed')
    requireActor(office, command.actor)
    const key = requestKey(req.headers['idempotency-key'])
    return once(db, { principal: principalKey(office), operation: 'appeal.office', key, target: id }, async (tx) => {
      const current = (await visible(tx, office, id)).record
      // a unit acts as itself: the workflow refuses it on an appeal another unit holds
      const acting: AppealCommand =
        office.role === 'unit' ? { ...command, actingUnitId: office.unitId ?? undefined } : command
      let next: AppealCommand = acting
      // 智能派单: a dispatch without a unit goes where the classifier proposed, to the district's own unit
      // when the matter is a local one
      if (acting.event === 'dispatch' && !acting.unitId) {
        const proposed = resolveHandler({
          tree: data.categories,
          units: data.units,
          routing: current.routing,
          categoryCode: current.categoryCode,
          district: current.location.district
        }).unitId
        if (!proposed) throw invalid('appeal.unit.required')
        next = { ...acting, unitId: proposed }
      }
      const after = apply(current, next)
      await afterChange(tx, 'appeal', current, after)
      await audit(tx, office, 'appeal', after.id, String(next.event), after.status)
      return view(await write(tx, after), office.role === 'unit' && after.unitId === office.unitId)
    })
  })
}
