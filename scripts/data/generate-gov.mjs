// Expands the hand-written 政务服务 sources under scripts/data/gov/ into the committed sample dataset
// src/data/gov/*.json. Deterministic: the same sources always give byte-identical output.
// Run: node scripts/data/generate-gov.mjs  (GOV_DRAFT=1 skips the 76-featured check while authoring)
import { writeFileSync, mkdirSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { departments as deptRows } from './gov/departments.mjs'
import { themes } from './gov/themes.mjs'
import { halls as hallRows, hallId, COUNTY_HALLS } from './gov/halls.mjs'
import { citeLaw } from './gov/laws.mjs'
import { commonMaterials } from './gov/materials.mjs'
import { KINDS, buildSteps } from './gov/templates.mjs'
import { bundles as bundleRows } from './gov/bundles.mjs'
import { cases as caseRows } from './gov/cases.mjs'
import { situationGroups } from './gov/situations.mjs'
import { channels as channelRows } from './gov/channels.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const outDir = path.resolve(here, '../../src/data/gov')

const CHANNELS = { gd: '广东政务服务网', yss: '粤省事', yst: '粤商通', yb: '江门易办事', yzz: '粤智助', wst: '湾事通' }
const CITIES = { sz: 'shenzhen', zs: 'zhongshan' }
const list = (s) =>
  s
    ? s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)
    : []
const fail = (msg) => {
  throw new Error(msg)
}

const deptById = new Map(deptRows.map((d) => [d.id, d]))
const themeAudience = new Map(themes.map((t) => [t.id, t.audience]))
const shortName = (name) => name.replace(/^国家税务总局江门市/, '').replace(/^江门市/, '')

function material(spec, where) {
  if (commonMaterials[spec]) return commonMaterials[spec]
  if (!spec.includes('|') && /^[A-Z0-9]+$/.test(spec)) fail(`${where}: unknown material code ${spec}`)
  const parts = spec.split('|')
  const exempt = parts[parts.length - 1] === '免'
  if (exempt) parts.pop()
  const [name, copies = '原件1份', note] = parts
  if (!/(\d|一)(份|张|本|套)|加盖/.test(copies)) fail(`${where}: material ${name} has copies '${copies}'`)
  return { name, copies, exempt, ...(note ? { note } : {}) }
}

function hallText(keys) {
  if (keys.length === 1) return hallRows.find((h) => h.key === keys[0]).name
  if (keys.includes('estate')) return '不动产登记服务大厅'
  if (keys.includes('exit')) return '出入境办证大厅'
  return '各级政务服务中心'
}

// ---- services: every services-*.mjs, in file-name order, items in written order
const serviceFiles = readdirSync(path.join(here, 'gov'))
  .filter((f) => /^services-.*\.mjs$/.test(f))
  .sort()
const sources = []
for (const file of serviceFiles) {
  const mod = await import(pathToFileURL(path.join(here, 'gov', file)).href)
  for (const item of mod.default.items) sources.push({ ...item, file, au: item.au || mod.default.au })
}

const names = new Set()
const services = sources.map((s, i) => {
  const where = `${s.file}: ${s.n}`
  if (names.has(s.n)) fail(`duplicate service name ${s.n}`)
  names.add(s.n)
  const dept = deptById.get(s.d) || fail(`${where}: unknown department ${s.d}`)
  const kind = KINDS[s.k] || fail(`${where}: unknown kind ${s.k}`)
  const audience = list(s.au)
  const legal = audience.includes('legal') && !audience.includes('personal')
  const tIds = list(s.t)
  for (const t of tIds)
    if (!audience.includes(themeAudience.get(t) || fail(`${where}: unknown theme ${t}`)))
      fail(`${where}: theme ${t} is not for ${audience}`)
  const [statutoryDays, promisedDays] = (s.dd || fail(`${where}: no days`)).split('/').map(Number)
  if (!(statutoryDays >= promisedDays && promisedDays >= 0)) fail(`${where}: bad days ${s.dd}`)
  const crossCity = ['jiangmen', ...list(s.x).map((c) => CITIES[c] || fail(`${where}: city ${c}`))]
  const hallKeys = s.h
    ? list(s.h)
    : s.d === 'real-estate'
      ? ['estate', ...COUNTY_HALLS]
      : s.d === 'exit-entry'
        ? ['exit', ...COUNTY_HALLS]
        : ['city', ...COUNTY_HALLS]
  const jmHallKeys = [...hallKeys]
  if (crossCity.includes('shenzhen')) hallKeys.push('shenzhen')
  if (crossCity.includes('zhongshan')) hallKeys.push('zhongshan')
  const channels = list(s.ch || (legal ? 'gd,yst,wst' : 'gd,yss,wst')).map(
    (c) => CHANNELS[c] || fail(`${where}: channel ${c}`)
  )
  const ctx = {
    name: s.n,
    deptShort: shortName(dept.name),
    hall: hallText(jmHallKeys),
    channels,
    legal,
    promised: promisedDays,
    statutory: statutoryDays,
    rv: s.rv,
    res: s.res || (s.k === 'XK' ? '许可证件' : '办理结果可在办件查询中查看'),
    pay: s.pay,
    ex: (s.ex || []).map((e) => {
      const [title, detail] = e.split('|')
      return { title, detail }
    })
  }
  const steps = s.st
    ? s.st.map((e) => {
        const [title, detail] = e.split('|')
        return { title, detail }
      })
    : buildSteps(s.k, ctx, i)
  const offline = s.off !== 0
  const item = {
    id: `svc-${String(i + 1).padStart(4, '0')}`,
    code: `440700-${dept.code}-${s.k}-${String(10000 + ((i * 37 + 123) % 90000)).padStart(5, '0')}`,
    name: s.n,
    aliases: list(s.a),
    departmentId: dept.id,
    audience,
    themeIds: tIds,
    featured: s.r !== undefined
  }
  if (s.r !== undefined) item.rank = s.r
  Object.assign(item, {
    kind,
    legalBasis: (s.lb || fail(`${where}: no basis`)).split('|').map(citeLaw),
    conditions: s.c.split('|'),
    materials: s.m.map((m) => material(m, where)),
    steps,
    statutoryDays,
    promisedDays,
    fee: s.f || '不收费',
    visits: s.v ?? 1,
    hallIds: offline ? hallKeys.map((k) => hallId[k] || fail(`${where}: hall ${k}`)) : [],
    onlineChannels: channels,
    offline,
    enquiryPhone: dept.phone,
    complaintPhone: '12345',
    crossCity,
    crossBorder: list(s.b),
    bookable: offline && s.bk !== 0
  })
  return item
})

// ---- checks the app relies on
const featured = services
  .filter((s) => s.featured)
  .map((s) => s.rank)
  .sort((a, b) => a - b)
if (!process.env.GOV_DRAFT && (featured.length !== 76 || featured.some((r, i) => r !== i + 1)))
  fail(`featured ranks must be 1..76, got ${featured.length}: ${featured.join(',')}`)
const idByName = new Map(services.map((s) => [s.name, s.id]))
const sid = (name, where) => idByName.get(name) || fail(`${where}: unknown service ${name}`)

const bundles = bundleRows.map((b, i) => ({
  id: `bundle-${String(i + 1).padStart(4, '0')}`,
  name: b.name,
  audience: b.audience,
  summary: b.summary,
  steps: b.steps.map(([name, note]) => ({ serviceId: sid(name, b.name), note })),
  savings: b.savings
}))

const refs = new Set()
const cases = caseRows.map((c) => {
  if (refs.has(c.reference)) fail(`duplicate case ${c.reference}`)
  refs.add(c.reference)
  if (!/^JM\d{14}$/.test(c.reference)) fail(`bad case reference ${c.reference}`)
  const day = `${c.reference.slice(2, 6)}-${c.reference.slice(6, 8)}-${c.reference.slice(8, 10)}`
  if (!c.history[0].at.startsWith(day)) fail(`${c.reference}: accepted on ${c.history[0].at}`)
  if (c.history[0].status !== 'received' || c.history.length < 2 || c.history.length > 5)
    fail(`${c.reference}: history`)
  for (let k = 0; k < c.history.length; k++) {
    const at = Date.parse(c.history[k].at)
    const weekday = new Date(at + 8 * 3600e3).getUTCDay()
    if (Number.isNaN(at) || weekday === 0 || weekday === 6)
      fail(`${c.reference}: ${c.history[k].at} is not a working day`)
    if (k && at < Date.parse(c.history[k - 1].at)) fail(`${c.reference}: history out of order`)
  }
  return {
    reference: c.reference,
    serviceId: sid(c.service, c.reference),
    applicant: c.applicant,
    status: c.history[c.history.length - 1].status,
    history: c.history
  }
})

// ---- 情形: groups of items that are situations of one matter; an item belongs to one group at most
const grouped = new Set()
const situations = situationGroups.map((g, i) => {
  const slugs = new Set()
  return {
    id: `situ-${String(i + 1).padStart(4, '0')}`,
    name: g.name,
    question: g.question,
    situations: g.situations.map(([id, name, service]) => {
      if (!/^[a-z][a-z-]*$/.test(id) || slugs.has(id)) fail(`${g.name}: situation id ${id}`)
      slugs.add(id)
      const serviceId = sid(service, g.name)
      if (grouped.has(serviceId)) fail(`${g.name}: ${service} is in two groups`)
      grouped.add(serviceId)
      return { id, name, serviceId }
    })
  }
})

// ---- 网上办理渠道 the guides open; every channel name the items use is either here or this app / a kiosk
const channelNames = new Set(channelRows.map((c) => c.name))
for (const [key, name] of Object.entries(CHANNELS))
  if (!channelNames.has(name) && key !== 'wst' && key !== 'yzz') fail(`channel ${name} has no entry`)
const channels = channelRows.map(({ key, ...c }) => {
  if (!/^https:\/\//.test(c.url)) fail(`channel ${c.name}: url ${c.url}`)
  return { id: key, ...c }
})

const out = {
  departments: deptRows.map(({ id, name, phone }) => ({ id, name, phone })),
  themes,
  services,
  halls: hallRows.map((h) => Object.fromEntries(Object.entries(h).filter(([k]) => k !== 'key'))),
  bundles,
  cases,
  situations,
  channels
}
mkdirSync(outDir, { recursive: true })
for (const [name, data] of Object.entries(out)) {
  const text = JSON.stringify(data)
  writeFileSync(path.join(outDir, `${name}.json`), text)
  console.log(`${name}.json: ${data.length} items, ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`)
}
const count = (f) => services.filter(f).length
console.log(
  `services: ${services.length} (featured ${featured.length}, legal ${count((s) => s.audience.includes('legal'))}, ` +
    `shenzhen ${count((s) => s.crossCity.includes('shenzhen'))}, zhongshan ${count((s) => s.crossCity.includes('zhongshan'))}, ` +
    `cross-border ${count((s) => s.crossBorder.length > 0)})`
)
