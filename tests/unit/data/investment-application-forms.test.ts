// The 招商服务 在线申办 form (src/data/investment/application-forms.json): 投资咨询 (我要对接) on the consultation
// workflow, for an enterprise (the company's name and 统一社会信用代码 in the applicant block, checked with its check
// character), with the project and park a page presets among its choices, and served with the other forms.
import forms from '@/data/investment/application-forms.json'
import parks from '@/data/investment/parks.json'
import projects from '@/data/investment/projects.json'
import packed from '@/generated/application-forms.json'
import {
  FIELD_KINDS,
  prefillAnswers,
  validateApplication,
  type ApplicationForm,
  type ApplicationRequest
} from '@/core/applications'
import { COOPERATION_MODELS } from '@/core/investment/types'
import { unpack, type PackedJson } from '@/core/packed-json'

const FORMS = forms as unknown as ApplicationForm[]
const consult = FORMS[0]
const NOW = Date.parse('2026-12-01T10:00:00+08:00')
const optionsOf = (id: string) => consult.fields.find((f) => f.id === id)?.options ?? []

const request: Pick<ApplicationRequest, 'applicant' | 'answers' | 'attachments'> = {
  applicant: {
    name: '陈晓明',
    idType: 'mainland',
    idNumber: '11010519491231002X',
    phoneRegion: 'cn',
    phone: '13800138000',
    company: { name: '深圳市示例储能科技有限公司', creditCode: '91440700MA4UQ2XX3Q' }
  },
  answers: {
    project: 'proj-001',
    investmentWan: '50000',
    model: 'sz_rd_jm_production',
    message: '计划在江门建设储能电池 pack 生产线，想了解用地和政策。'
  },
  attachments: {}
}

test('one form, 投资咨询, served with the other modules’ forms in folder order', () => {
  expect(FORMS.map((f) => f.matterId)).toEqual(['investment/consult'])
  const served = unpack<{ 'application-forms': ApplicationForm[] }>(packed as PackedJson)['application-forms']
  const ids = served.map((f) => f.matterId)
  expect(ids).toContain('investment/consult')
  expect(ids.indexOf('investment/consult')).toBeGreaterThan(ids.lastIndexOf('gov-services/svc-0001'))
  expect(ids.indexOf('investment/consult')).toBeLessThan(ids.indexOf('talent/talent-card'))
  expect(served.find((f) => f.matterId === 'investment/consult')).toEqual(consult)
})

test('a consultation for an enterprise, promised within 3 working days of 受理', () => {
  expect(consult.workflow).toBe('consultation')
  expect(consult.applicant).toBe('legal')
  expect(consult.promisedDays).toBe(3)
  expect(consult.title).toContain('投资咨询')
  for (const field of consult.fields) {
    expect(FIELD_KINDS).toContain(field.kind)
    for (const o of field.options ?? []) expect(o.value).toMatch(/^[A-Za-z0-9_-]+$/)
  }
  for (const m of consult.materials) if (m.exempt) expect(m.required).toBe(false)
})

test('its choices are the projects, parks and cooperation models of the data, by name', () => {
  expect(optionsOf('project')).toEqual(projects.map((p) => ({ value: p.id, label: p.name })))
  expect(optionsOf('park')).toEqual(parks.map((p) => ({ value: p.id, label: p.name })))
  expect(optionsOf('model').map((o) => o.value)).toEqual([...COOPERATION_MODELS])
})

test('a complete consultation passes; a credit code with a wrong check character is refused with its code', () => {
  expect(validateApplication(consult, request, NOW)).toEqual({})
  const wrong = { ...request.applicant.company!, creditCode: '91440700MA4UQ2XX3R' }
  expect(
    validateApplication(consult, { ...request, applicant: { ...request.applicant, company: wrong } }, NOW)
  ).toEqual({ creditCode: 'creditCode.checkChar' })
  // the investment is asked in 万元, the land in 亩, the message at some length
  const errors = validateApplication(
    consult,
    { ...request, answers: { ...request.answers, investmentWan: '一个亿', landMu: '-3', message: '想了解' } },
    NOW
  )
  expect(errors).toEqual({
    'f.investmentWan': 'application.field.number',
    'f.landMu': 'application.field.range',
    'f.message': 'application.field.tooShort'
  })
})

test('a project or park preset from its page starts the form; an id the form does not offer is dropped', () => {
  expect(prefillAnswers(consult, {}, '2026-12-01', { project: 'proj-001' })).toEqual({ project: 'proj-001' })
  expect(prefillAnswers(consult, {}, '2026-12-01', { park: 'shenjiang-cooperation-zone' })).toEqual({
    park: 'shenjiang-cooperation-zone'
  })
  expect(prefillAnswers(consult, {}, '2026-12-01', { project: 'proj-999' })).toEqual({})
})
