// The office console (/console/, outside /api/v1): one static page, its stylesheet and script, served from
// server/console/ under a CSP of their own (`default-src 'self'`: no inline script or style, nothing from another
// origin), and /console/meta.json, what the page needs to know that lives in src/core and the bundled data: the
// workflow tables (which step each role may take from which status), the Chinese labels of statuses, steps and
// refusal codes, the units, the departments and each matter's form fields for 补正. The page signs in with
// POST /api/v1/office/login and keeps the Bearer token in sessionStorage: no cookie, so no CSRF.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { TRANSITIONS } from '@/core/appeals/workflow'
import { APPEAL_MESSAGES } from '@/core/appeals/messages'
import { APPLICATION_TRANSITIONS } from '@/core/applications/workflow'
import applicationMessages from '@/core/applications/messages.zh-Hans.json'
import appealLabels from '@/features/appeals/locales/zh-Hans.json'
import applicationLabels from '@/components/locales/application.zh-Hans.json'
import { appealsDatasets } from '@/backend/embedded/appeals-data'
import { applicationsDatasets } from '@/backend/embedded/applications-data'
import { CONSOLE_CSP } from '../http/security'
import { mattersOfDepartment, onlineDepartments } from './office-departments'

export const CONSOLE_PREFIX = '/console'

const FILES: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/console.css': { file: 'console.css', type: 'text/css; charset=utf-8' },
  '/console.js': { file: 'console.js', type: 'text/javascript; charset=utf-8' }
}

const pick = (labels: Record<string, string>, prefixes: string[]) =>
  Object.fromEntries(Object.entries(labels).filter(([k]) => prefixes.some((p) => k.startsWith(p))))

function meta() {
  const units = appealsDatasets['zh-Hans'].units.map(({ id, name }) => ({ id, name }))
  const matters = applicationsDatasets['zh-Hans'].forms.map((f) => ({
    matterId: f.matterId,
    title: f.title,
    workflow: f.workflow ?? 'standard',
    // a select's answer is its value: the page shows the option's label
    fields: f.fields.map(({ id, label, options }) => ({
      id,
      label,
      ...(options ? { options: Object.fromEntries(options.map((o) => [o.value, o.label])) } : {})
    })),
    materials: f.materials.filter((m) => !m.exempt).map(({ id, name }) => ({ id, name }))
  }))
  return {
    appealTransitions: TRANSITIONS.filter((t) => t.actor === 'center' || t.actor === 'unit').map((t) => ({
      event: t.event,
      actor: t.actor,
      from: t.from ?? []
    })),
    applicationTransitions: APPLICATION_TRANSITIONS.filter((t) => t.actor === 'office').map((t) => ({
      event: t.event,
      from: t.from,
      workflows: t.workflows ?? null
    })),
    labels: {
      ...pick(appealLabels, ['appeal.status.', 'appeal.event.', 'appeal.actor.', 'appeal.district.']),
      ...pick(applicationLabels, ['application.status.', 'application.event.'])
    },
    errors: { ...APPEAL_MESSAGES, ...applicationMessages },
    units,
    departments: onlineDepartments().map((d) => ({ ...d, matters: mattersOfDepartment(d.id) })),
    matters
  }
}

export function consoleRoutes(app: FastifyInstance, dir = join(__dirname, '..', 'console')) {
  // read once at start: a missing file is a failed start, not a 500 later
  const bodies = Object.fromEntries(
    Object.entries(FILES).map(([path, { file, type }]) => [path, { body: readFileSync(join(dir, file)), type }])
  )
  const metaBody = JSON.stringify(meta())
  app.get(CONSOLE_PREFIX, async (_req, reply) => reply.redirect(`${CONSOLE_PREFIX}/`, 301))
  for (const [path, { body, type }] of Object.entries(bodies)) {
    app.get(CONSOLE_PREFIX + path, async (_req, reply) =>
      reply.header('Content-Security-Policy', CONSOLE_CSP).type(type).send(body)
    )
  }
  app.get(`${CONSOLE_PREFIX}/meta.json`, async (_req, reply) =>
    reply.header('Content-Security-Policy', CONSOLE_CSP).type('application/json; charset=utf-8').send(metaBody)
  )
}
