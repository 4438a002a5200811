// The 人才服务 在线申办 forms (src/data/talent/application-forms.json): each for a talent matter that exists (the
// talent card, the talent apartment, or a policy), on the subsidy workflow, with fields of the pipeline's kinds and a
// payout plan that is well formed and, for a policy that states an amount, pays what the policy says.
import forms from '@/data/talent/application-forms.json'
import policies from '@/data/talent/policies.json'
import housing from '@/data/talent/housing.json'
import packed from '@/generated/application-forms.json'
import govForms from '@/data/gov/application-forms.json'
import { FIELD_KINDS, paymentSchedule, type ApplicationForm, type PayoutStep } from '@/core/applications'
import { unpack, type PackedJson } from '@/core/packed-json'
import type { TalentPolicy } from '@/core/talent/types'

const FORMS = forms as unknown as ApplicationForm[]
const POLICIES = policies as unknown as TalentPolicy[]
/** the talent matters that are not a policy of policies.json */
const OWN_MATTERS = ['talent-card', 'apartment']

const policyOf = (f: ApplicationForm) => POLICIES.find((p) => `talent/${p.id}` === f.matterId)

/** the schedules the plan gives, one per answer of the field its steps depend on (or the one schedule) */
function schedules(f: ApplicationForm): { answer: string; steps: PayoutStep[] }[] {
  const field = f.payout?.find((p) => p.showWhen)?.showWhen?.field
  const answers = field ? f.fields.find((x) => x.id === field)!.options!.map((o) => o.value) : ['']
  return answers.map((answer) => ({
    answer,
    steps: (f.payout ?? []).filter((p) => !p.showWhen || (field !== undefined && p.showWhen.values.includes(answer)))
  }))
}

test('five talent forms, each matter once, all in the packed forms the backend serves', () => {
  expect(FORMS.map((f) => f.matterId).sort()).toEqual(
    [
      'talent/apartment',
      'talent/jm-graduate-living',
      'talent/jm-high-skill-housing',
      'talent/pj-graduate-rent',
      'talent/talent-card'
    ].sort()
  )
  const served = unpack<{ 'application-forms': ApplicationForm[] }>(packed as PackedJson)['application-forms']
  const ids = served.map((f) => f.matterId)
  expect(new Set(ids).size).toBe(ids.length)
  // in folder order; other modules' forms (investment/…) sit between gov and talent
  expect(ids.filter((id) => !id.startsWith('investment/'))).toEqual([...govForms, ...FORMS].map((f) => f.matterId))
})

describe.each(FORMS.map((f) => [f.matterId, f] as const))('%s', (_, f) => {
  test('its matter exists: the talent card, the apartment, or a policy in policies.json', () => {
    expect(f.matterId).toMatch(/^talent\/[a-z0-9-]+$/)
    const id = f.matterId.slice('talent/'.length)
    expect(OWN_MATTERS.includes(id) || policyOf(f) !== undefined).toBe(true)
  })

  test('it is a subsidy form with fields of the pipeline’s kinds, ASCII select values and a known showWhen', () => {
    expect(f.workflow).toBe('subsidy')
    expect(f.version).toBeGreaterThanOrEqual(1)
    expect(f.applicant).toBe('personal')
    expect(f.promisedDays).toBeGreaterThan(0)
    const ids = f.fields.map((x) => x.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const field of f.fields) {
      expect(FIELD_KINDS).toContain(field.kind)
      expect(field.label.trim()).not.toBe('')
      if (field.kind === 'select') {
        expect(field.options?.length).toBeGreaterThanOrEqual(2)
        for (const o of field.options!) expect(o.value).toMatch(/^[A-Za-z0-9_-]+$/)
      }
      if (field.showWhen) {
        const other = f.fields.find((x) => x.id === field.showWhen!.field)
        expect(other?.kind).toBe('select')
        for (const v of field.showWhen.values) expect(other!.options!.map((o) => o.value)).toContain(v)
      }
    }
    const materials = f.materials.map((m) => m.id)
    expect(new Set(materials).size).toBe(materials.length)
    for (const m of f.materials) {
      expect(m.maxFiles).toBeGreaterThanOrEqual(1)
      // a 免证办 material is never one the applicant must upload
      if (m.exempt) expect(m.required).toBe(false)
    }
    expect(f.materials.find((m) => m.name === '居民身份证')?.exempt).toBe(true)
  })

  test('its payout is well formed: labels, whole months in order, positive whole yuan, one schedule per answer', () => {
    expect(f.payout?.length).toBeGreaterThan(0)
    for (const { steps } of schedules(f)) {
      expect(steps.length).toBeGreaterThan(0)
      const months = steps.map((s) => s.monthsAfterApproval)
      for (const m of months) expect(Number.isInteger(m) && m >= 0 && m <= 120).toBe(true)
      expect([...months].sort((a, b) => a - b)).toEqual(months)
      for (const s of steps) {
        expect(s.label.trim()).not.toBe('')
        if (s.amountYuan !== undefined) expect(Number.isInteger(s.amountYuan) && s.amountYuan > 0).toBe(true)
      }
      expect(new Set(steps.map((s) => s.label)).size).toBe(steps.length)
    }
    for (const s of f.payout!) {
      if (!s.showWhen) continue
      const field = f.fields.find((x) => x.id === s.showWhen!.field)
      expect(field?.kind).toBe('select')
      for (const v of s.showWhen.values) expect(field!.options!.map((o) => o.value)).toContain(v)
    }
    // a schedule from it has a date for every step
    const approvedAt = Date.parse('2026-12-01T10:00:00+08:00')
    for (const { answer, steps } of schedules(f)) {
      const field = f.payout!.find((p) => p.showWhen)?.showWhen?.field
      const schedule = paymentSchedule({ payout: f.payout, answers: field ? { [field]: answer } : {} }, approvedAt)
      expect(schedule).toHaveLength(steps.length)
      expect(schedule[0].dueOn >= '2026-12-01').toBe(true)
    }
  })

  test('a policy’s form pays what the policy states, the way it states it', () => {
    const policy = policyOf(f)
    if (!policy) {
      // the talent card and the apartment are benefits in kind: one step, no amount
      expect(f.payout).toHaveLength(1)
      expect(f.payout![0]).not.toHaveProperty('amountYuan')
      return
    }
    expect(f.title).toBe(policy.title)
    const amount = policy.amount!
    const [min, max] = typeof amount.yuan === 'number' ? [amount.yuan, amount.yuan] : [amount.yuan.min, amount.yuan.max]
    for (const { steps } of schedules(f)) {
      const yuan = steps.map((s) => s.amountYuan!)
      const months = steps.map((s) => s.monthsAfterApproval)
      switch (amount.payment.kind) {
        case 'monthly':
          // the amount is per month, for the policy's months, one a month
          expect(steps).toHaveLength(amount.payment.months)
          for (const y of yuan) expect(y >= min && y <= max).toBe(true)
          months.slice(1).forEach((m, i) => expect(m - months[i]).toBe(1))
          break
        case 'instalments': {
          // the amount is the total, in yearly instalments
          expect(steps).toHaveLength(amount.payment.years)
          const total = yuan.reduce((a, b) => a + b, 0)
          expect(total >= min && total <= max).toBe(true)
          months.slice(1).forEach((m, i) => expect(m - months[i]).toBe(12))
          break
        }
        case 'once':
          expect(steps).toHaveLength(1)
          expect(yuan[0] >= min && yuan[0] <= max).toBe(true)
      }
    }
    // where the rates differ by an answer, every rate the policy names is paid to someone
    if (typeof amount.yuan !== 'number') {
      const rates = new Set(f.payout!.map((s) => s.amountYuan))
      expect(rates).toContain(min)
      expect(rates).toContain(max)
    }
  })
})

test('the talent-apartment form offers every talent-housing project, by its id and name', () => {
  const apartment = (forms as unknown as ApplicationForm[]).find((f) => f.matterId === 'talent/apartment')!
  const project = apartment.fields.find((f) => f.id === 'project')!
  expect(project.options).toEqual(housing.map((h) => ({ value: h.id, label: h.name })))
})
