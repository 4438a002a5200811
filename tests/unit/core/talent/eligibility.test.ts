// The self-check: a person's answers against a city's policies, per city for the facts about 本市; the verdicts
// and the conditions that decided them; answers read from storage keep only what the vocabulary allows.
import fc from 'fast-check'
import data from '@/data/talent/policies.json'
import { checkCity, checkPolicy, cleanAnswers, factsFor, NO_ANSWERS, questionsFor } from '@/core/talent/eligibility'
import { TALENT_FACTS, type TalentPolicy } from '@/core/talent/types'
import { graduate } from '../../../helpers/talent-answers'

const POLICIES = data as unknown as TalentPolicy[]
const TODAY = '2026-12-01'
const policy = (id: string) => POLICIES.find((p) => p.id === id)!

test('a graduate with 8 months of 社保 in Jiangmen qualifies, and the conditions that decided it are its reasons', () => {
  const r = checkPolicy(policy('jm-graduate-living'), graduate(8), TODAY)
  expect(r.verdict).toBe('qualified')
  expect(r.reasons.map((x) => x.leaf.label)).toEqual([
    '学历',
    '全日制学历',
    '毕业年份',
    '年龄',
    '用人单位所在城市',
    '社保'
  ])
  expect(r.reasons.every((x) => x.outcome === 'met')).toBe(true)
})

test('with 2 months it is a near miss: 4 months of 社保 to go', () => {
  const r = checkPolicy(policy('jm-graduate-living'), graduate(2), TODAY)
  expect(r.verdict).toBe('near')
  expect(r.reasons.map((x) => [x.leaf.label, x.gap])).toEqual([['社保', 4]])
})

test('社保 months count for their own city only: Jiangmen months are none in Shenzhen', () => {
  expect(factsFor(graduate(8), 'jiangmen').socialInsuranceMonths).toBe(8)
  expect(factsFor(graduate(8), 'shenzhen').socialInsuranceMonths).toBe(0)
  const shenzhen = checkCity(POLICIES, 'shenzhen', graduate(8), TODAY)
  expect(shenzhen.every((r) => r.policy.city === 'shenzhen')).toBe(true)
  expect(shenzhen.some((r) => r.verdict === 'qualified')).toBe(false)
})

test('a condition nobody answered is unknown, never met, and names the question', () => {
  const r = checkPolicy(policy('jm-graduate-living'), NO_ANSWERS, TODAY)
  expect(r.verdict).toBe('unknown')
  expect(r.unanswered).toContain('education')
})

test('a degree the policy does not take is not a near miss, however few conditions fail', () => {
  const r = checkPolicy(policy('jm-postdoc-living'), graduate(36), TODAY)
  expect(r.verdict === 'unmet' || r.verdict === 'unknown').toBe(true)
})

test('expired policies are left out of the results; the qualified come first', () => {
  const results = checkCity(POLICIES, 'jiangmen', graduate(8), TODAY)
  expect(results.some((r) => r.policy.id === 'jm-phd-senior-housing')).toBe(false)
  const order = results.map((r) => ['qualified', 'near', 'unknown', 'unmet'].indexOf(r.verdict))
  expect(order).toEqual([...order].sort((a, b) => a - b))
})

test('the questions asked are the facts the cities’ policies read, in the vocabulary’s order', () => {
  const asked = questionsFor(POLICIES, ['jiangmen'])
  expect(asked).toContain('socialInsuranceMonths')
  const order = Object.keys(TALENT_FACTS)
  expect(asked.map((f) => order.indexOf(f))).toEqual([...asked.map((f) => order.indexOf(f))].sort((a, b) => a - b))
})

describe('answers read from storage', () => {
  test('keep what the vocabulary allows and drop the rest', () => {
    expect(
      cleanAnswers({
        person: { education: 'master', title: 'wizard', yearsWorked: 700, skillLevel: 2, nonsense: 1 },
        cities: { jiangmen: { socialInsuranceMonths: 8, education: 'doctor' }, paris: { socialInsuranceMonths: 3 } }
      })
    ).toEqual({ person: { education: 'master', skillLevel: 2 }, cities: { jiangmen: { socialInsuranceMonths: 8 } } })
  })

  test('never throw and never invent an answer, whatever is stored', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        const a = cleanAnswers(x)
        for (const [fact, v] of Object.entries(a.person))
          (expect(fact in TALENT_FACTS).toBe(true), expect(v).toBeDefined())
        expect(Object.keys(a.cities).every((c) => ['jiangmen', 'shenzhen', 'zhongshan'].includes(c))).toBe(true)
      })
    )
  })

  test('answers that are allowed come back unchanged', () => {
    expect(cleanAnswers(graduate(8))).toEqual(graduate(8))
  })
})

test('more 社保 months never turn a qualified policy into an unqualified one (a threshold rule is monotone)', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 600 }), (a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a]
      for (const p of POLICIES.filter((x) => x.city === 'jiangmen')) {
        if (checkPolicy(p, graduate(lo), TODAY).verdict === 'qualified')
          expect(checkPolicy(p, graduate(hi), TODAY).verdict).toBe('qualified')
      }
    }),
    { numRuns: 50 }
  )
})
