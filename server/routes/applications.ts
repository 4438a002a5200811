// 在线申办 in PostgreSQL: the applicant submits, amends after a 补正 request and rates under their session; the office
// acts under its login. Every change goes through src/core/applications (the form's rules and the workflow table)
// on the row locked in the transaction that writes it.
import type { FastifyRequest } from 'fastify'
import { z } from 'zod'
import {
  applyApplicationEvent,
  createApplication,
  fieldKey,
  firstError,
  isStateConflict,
  materialKey,
  validateApplication,
  type Application,
  type ApplicationCommand,
  type ApplicationForm,
  type ApplicationRequest,
  type OfficeApplicationCommand
} from '@/core/applications'
import { shanghaiDate } from '@/core/calendar'
import type { Locale } from '@/core/domain'
import { maskIdNumber, maskName, maskPhone, validateIdDocument, validatePhone } from '@/core/validators'
import { CASE_REFERENCE_PREFIX } from '@/core/validators/case-reference'
import { applicationsDatasets } from '@/backend/embedded/applications-data'
import type { ApplicationView } from '@/backend/types'
import type { Queryable } from '../db'
import { parseBody, parseCommand } from '../http/body'
import { conflict, forbidden, invalid, notFound } from '../http/errors'
import { once, requestKey } from '../idempotency'
import { audit, principalKey, type OfficePrincipal } from '../auth/sessions'
import { localeOf, paramsOf, type RouteContext } from '../context'
import { afterChange, recordGrants } from '../jobs/hooks'
import { nextInDay } from './gov'
import { FILING_BODY_LIMIT } from './limits'
import { mattersOfDepartment } from './office-departments'

/** online applications are numbered from here within a day, apart from the window's own 受理编号 */
const ONLINE_SERIAL_BASE = 500000

const s = (max: number) => z.string().max(max)
const attachment = z.strictObject({ path: s(3_000_000), size: z.number(), name: s(300).optional() })
const answers = z.record(s(200), s(5000))
const attachments = z.record(s(200), z.array(attachment).max(20))
const requestSchema = z.strictObject({
  idempotencyKey: s(200).min(1),
  matterId: s(200),
  formVersion: z.number(),
  zone: s(40),
  applicant: z.strictObject({
    name: s(200),
    idType: s(20),
    idNumber: s(40),
    phoneRegion: s(10),
    phone: s(40),
    company: z.strictObject({ name: s(200), creditCode: s(40) }).optional()
  }),
  answers,
  attachments,
  subscriptions: z.array(s(200)).max(20).optional()
})
const amendmentSchema = z.strictObject({ answers: answers.optional(), attachments: attachments.optional() })
const ratingSchema = z.strictObject({ level: z.unknown(), reason: s(2000).optional() })
const commandSchema = z.looseObject({ actor: z.unknown(), event: z.unknown() })
/** the fields each office command takes (OfficeApplicationCommand), `note` on every one */
const COMMAND_BASE = ['event', 'actor', 'note'] as const
const COMMAND_FIELDS: Record<OfficeApplicationCommand['event'], readonly string[]> = {
  accept: COMMAND_BASE,
  requestAmend: [...COMMAND_BASE, 'fields', 'materials'],
  review: COMMAND_BASE,
  publicize: COMMAND_BASE,
  connect: COMMAND_BASE,
  decide: [...COMMAND_BASE, 'outcome', 'text'],
  pay: COMMAND_BASE,
  return: COMMAND_BASE,
  callBack: COMMAND_BASE,
  rectify: COMMAND_BASE
}

type Row = { record: Application; seen_at: number }
const COLUMNS = 'record, seen_at'

/** a workflow refusal: 409 for a step the status does not allow, 400 for a wrong command */
const refusal = (reason: string) => (isStateConflict(reason as never) ? conflict(reason) : invalid(reason))

export function applicationRoutes({ app, db, now, sessions }: RouteContext) {
  const formOf = (matterId: unknown, locale: Locale = 'zh-Hans'): ApplicationForm => {
    const form = applicationsDatasets[locale].forms.find((f) => f.matterId === matterId)
    if (!form) throw notFound('application.matter.unknown')
    return form
  }

  /** personal data leaves the server masked */
  const view = ({ record: a, seen_at }: Row): ApplicationView => ({
    ...a,
    applicant: {
      ...a.applicant,
      name: maskName(a.applicant.name),
      idNumber: maskIdNumber(a.applicant.idNumber),
      phone: maskPhone(a.applicant.phone)
    },
    unseen: a.updatedAt > seen_at
  })

  async function own(q: Queryable, userId: number, id: string, lock = false): Promise<Row> {
    const { rows } = await q.query<Row>(
      `SELECT ${COLUMNS} FROM applications WHERE id = $1 AND user_id = $2${lock ? ' FOR UPDATE' : ''}`,
      [id, userId]
    )
    if (!rows[0]) throw notFound('application.unknown')
    return rows[0]
  }

  async function write(tx: Queryable, a: Application, seenAt?: number): Promise<Row> {
    const { rows } = await tx.query<Row>(
      `UPDATE applications SET record = $2, status = $3, updated_at = $4, seen_at = COALESCE($5, seen_at)
       WHERE id = $1 RETURNING ${COLUMNS}`,
      [a.id, JSON.stringify(a), a.status, a.updatedAt, seenAt ?? null]
    )
    return rows[0]
  }

  const apply = (current: Application, command: ApplicationCommand): Application => {
    const result = applyApplicationEvent(current, command, now())
    if (!result.ok) throw refusal(result.reason)
    return result.application
  }

  app.get('/applications/forms', async (req) =>
    applicationsDatasets[localeOf(req)].forms.map(({ matterId, title, version }) => ({ matterId, title, version }))
  )
  app.get('/applications/forms/:matterId', async (req) => formOf(paramsOf(req).matterId, localeOf(req)))

  app.post('/me/applications', { bodyLimit: FILING_BODY_LIMIT }, async (req) => {
    const user = await sessions.user(req)
    const request = parseBody(requestSchema, req.body, 'application.command.invalid') as ApplicationRequest
    const key = requestKey(req.headers['idempotency-key'], request.idempotencyKey)
    const call = { principal: principalKey(user), operation: 'application.create', key, target: '' }
    return once(db, call, async (tx) => {
      const form = formOf(request.matterId)
      if (request.formVersion !== form.version) throw conflict('application.form.outdated')
      const at = now()
      const problem = firstError(form, request, at)
      if (problem) throw invalid(problem)
      // stored in the validators' canonical forms (upper-case X, no spaces, +852 numbers without the code)
      const id = validateIdDocument(request.applicant.idType, request.applicant.idNumber)
      const phone = validatePhone(request.applicant.phoneRegion, request.applicant.phone)
      const applicant = {
        ...request.applicant,
        name: request.applicant.name.trim(),
        idNumber: id.ok ? id.value : request.applicant.idNumber,
        phone: phone.ok ? phone.value : request.applicant.phone
      }
      const day = shanghaiDate(at).replace(/-/g, '')
      // 申办编号: JM + Beijing date + the day's number from its counter, as 办件查询 reads it
      const serial = ONLINE_SERIAL_BASE + (await nextInDay(tx, 'application', day))
      const reference = `${CASE_REFERENCE_PREFIX}${day}${String(serial).padStart(6, '0')}`
      const application = createApplication({ ...request, applicant }, form, {
        id: reference,
        reference,
        matterName: form.title,
        at
      })
      const { rows } = await tx.query<Row>(
        `INSERT INTO applications (id, user_id, reference, matter_id, status, created_at, updated_at, seen_at, record)
         VALUES ($1, $2, $1, $3, $4, $5, $5, $5, $6) RETURNING ${COLUMNS}`,
        [application.id, user.userId, application.matterId, application.status, at, JSON.stringify(application)]
      )
      await recordGrants(tx, user.userId, 'application', request.subscriptions, at)
      return view(rows[0])
    })
  })

  app.get('/me/applications', async (req) => {
    const user = await sessions.user(req)
    const { rows } = await db.query<Row>(`SELECT ${COLUMNS} FROM applications WHERE user_id = $1 ORDER BY seq DESC`, [
      user.userId
    ])
    return rows.map(view)
  })

  app.get('/me/applications/updates', async (req) => {
    const user = await sessions.user(req)
    const { rows } = await db.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM applications WHERE user_id = $1 AND updated_at > seen_at',
      [user.userId]
    )
    return { count: rows[0].count }
  })

  app.get('/me/applications/:id', async (req) => {
    const user = await sessions.user(req)
    return view(await own(db, user.userId, paramsOf(req).id))
  })

  app.put('/me/applications/:id/seen', async (req) => {
    const user = await sessions.user(req)
    await db.transaction(async (tx) => {
      const row = await own(tx, user.userId, paramsOf(req).id, true)
      await tx.query('UPDATE applications SET seen_at = updated_at WHERE id = $1', [row.record.id])
    })
    return { ok: true }
  })

  /** the applicant's step on their own application, once per key */
  const applicant =
    (operation: string, step: (current: Application, body: unknown) => Application) => async (req: FastifyRequest) => {
      const user = await sessions.user(req)
      const { id } = paramsOf(req)
      const key = requestKey(req.headers['idempotency-key'])
      return once(db, { principal: principalKey(user), operation, key, target: id }, async (tx) => {
        const current = await own(tx, user.userId, id, true)
        const next = step(current.record, req.body)
        await afterChange(tx, 'application', current.record, next)
        return view(await write(tx, next, next.updatedAt))
      })
    }

  app.post(
    '/me/applications/:id/amendment',
    { bodyLimit: FILING_BODY_LIMIT },
    applicant('application.amend', (current, body) => {
      // the body's shape first: a field the contract does not have is refused whatever the status
      const amendment = parseBody(amendmentSchema, body, 'application.command.invalid')
      const asked = current.amendRequest
      if (current.status !== 'amending' || !asked) throw conflict('application.transition.invalid')
      const answers = amendment.answers ?? {}
      const attachments = (amendment.attachments ?? {}) as Application['attachments']
      // the amended application must pass the form's rules on everything the office asked about
      const merged = {
        ...current,
        answers: { ...current.answers, ...answers },
        attachments: { ...current.attachments, ...attachments }
      }
      const errors = validateApplication(formOf(current.matterId), merged, now())
      const askedKeys = [...asked.fields.map(fieldKey), ...asked.materials.map(materialKey)]
      const problem = askedKeys.map((k) => errors[k]).find(Boolean)
      if (problem) throw invalid(problem)
      return apply(current, { event: 'amend', actor: 'applicant', answers, attachments })
    })
  )
  app.post(
    '/me/applications/:id/rating',
    applicant('application.rate', (current, body) => {
      const { level, reason } = parseBody(ratingSchema, body ?? {}, 'application.command.invalid')
      return apply(current, { event: 'rate', actor: 'applicant', level: level as never, reason })
    })
  )

  /**
   * the matters whose applications an office account sees: a department its own, the 12345 centre every one (null);
   * a unit handles appeals only
   */
  const scopeOf = (office: OfficePrincipal): string[] | null => {
    if (office.role === 'center') return null
    if (office.role === 'department' && office.departmentId) return mattersOfDepartment(office.departmentId)
    throw forbidden('office.role')
  }

  app.get('/office/applications', async (req) => {
    const matters = scopeOf(await sessions.office(req))
    const { rows } = await db.query<Row>(
      `SELECT ${COLUMNS} FROM applications WHERE ($1::text[] IS NULL OR matter_id = ANY($1)) ORDER BY seq DESC`,
      [matters]
    )
    // the centre watches statuses and deadlines: an applicant's answers and documents are the department's only
    return matters ? rows.map(view) : rows.map((r) => ({ ...view(r), answers: {}, attachments: {} }))
  })

  app.post('/office/applications/:id/events', async (req) => {
    const office = await sessions.office(req)
    // the departments act; the centre watches (督办) and sends no application command
    if (office.role !== 'department') throw forbidden('office.role')
    const matters = scopeOf(office)
    const { id } = paramsOf(req)
    const command = parseBody(commandSchema, req.body, 'application.actor.notAllowed') as unknown as ApplicationCommand
    if ((command as { actor?: unknown }).actor !== 'office') throw invalid('application.actor.notAllowed')
    parseCommand(command, COMMAND_FIELDS, 'application.command.invalid')
    const key = requestKey(req.headers['idempotency-key'])
    const call = { principal: principalKey(office), operation: 'application.office', key, target: id }
    return once(db, call, async (tx) => {
      // another department's application answers as one that never existed
      const { rows } = await tx.query<Row>(
        `SELECT ${COLUMNS} FROM applications WHERE id = $1 AND matter_id = ANY($2) FOR UPDATE`,
        [id, matters]
      )
      if (!rows[0]) throw notFound('application.unknown')
      const current = rows[0].record
      if (command.event === 'requestAmend') {
        // the office may only ask about fields and materials the form has
        const form = formOf(current.matterId)
        const fields = Array.isArray(command.fields) ? command.fields : []
        const materials = Array.isArray(command.materials) ? command.materials : []
        const known =
          fields.every((f) => form.fields.some((x) => x.id === f)) &&
          materials.every((m) => form.materials.some((x) => x.id === m && !x.exempt))
        if (!known) throw invalid('application.field.unknown')
      }
      const after = apply(current, command)
      await afterChange(tx, 'application', current, after)
      await audit(tx, office, 'application', after.id, String(command.event), after.status)
      return view(await write(tx, after))
    })
  })
}
