// Who pays what: the Guangdong concession policy of the sample data (free under 6 or 1.2 m, from 70 and for the
// disabled; half for 1.2–1.5 m, 6–18, students and 60–69), and properties that hold for any rules and visitor.
import fc from 'fast-check'
import concessions from '@/data/tourism/concessions.json'
import { bestConcession, qualifies, visitorPrice } from '@/core/tourism/tickets'
import type { Concession, ConcessionPolicy, Visitor } from '@/core/tourism/types'

const policies = concessions as ConcessionPolicy[]
const guangdong = policies.find((p) => p.id === 'guangdong')!.rules
const resort = policies.find((p) => p.id === 'resort')!.rules
const pay = (price: number, v: Visitor, rules: readonly Concession[] = guangdong) => visitorPrice(price, rules, v).price

test.each([
  ['an adult', { age: 35, heightCm: 170 }, 78],
  ['a child of 1.2 m', { age: 7, heightCm: 120 }, 0],
  ['a child of 5, however tall', { age: 5, heightCm: 125 }, 0],
  ['a child of 1.21 m aged 6', { age: 6, heightCm: 121 }, 39],
  ['a teenager of 18', { age: 18, heightCm: 175 }, 39],
  ['a 19-year-old without a student card', { age: 19, heightCm: 175 }, 78],
  ['a university student', { age: 22, heightCm: 175, student: true }, 39],
  ['a visitor of 60', { age: 60, heightCm: 165 }, 39],
  ['a visitor of 69', { age: 69, heightCm: 165 }, 39],
  ['a visitor of 70', { age: 70, heightCm: 165 }, 0],
  ['a disabled adult', { age: 40, heightCm: 170, disabled: true }, 0]
] as const)('at a 78-yuan gate %s pays %d', (_who, visitor, price) => {
  expect(pay(78, visitor)).toBe(price)
})

test('half of an odd price keeps its half yuan', () => {
  expect(pay(25, { age: 10, heightCm: 140 })).toBe(12.5)
})

test('the rule applied is named, so the page can say why', () => {
  expect(visitorPrice(78, guangdong, { age: 72 }).concession?.kind).toBe('senior-70')
  expect(visitorPrice(78, guangdong, { age: 35 }).concession).toBeUndefined()
})

test('a resort gives the over-60s half price, not free entry', () => {
  expect(pay(198, { age: 75, heightCm: 160 }, resort)).toBe(99)
  expect(pay(198, { age: 8, heightCm: 118 }, resort)).toBe(0)
})

test('an unknown fact never qualifies: no age given is no senior or minor', () => {
  expect(qualifies({ ageMin: 70 }, {})).toBe(false)
  expect(qualifies({ heightMax: 120 }, { age: 3 })).toBe(false)
  expect(bestConcession(guangdong, {})).toBeUndefined()
})

const visitorArb = fc.record(
  {
    age: fc.integer({ min: 0, max: 110 }),
    heightCm: fc.integer({ min: 50, max: 210 }),
    student: fc.boolean(),
    disabled: fc.boolean()
  },
  { requiredKeys: [] }
)
const ruleArb: fc.Arbitrary<Concession> = fc.record({
  kind: fc.constantFrom('a', 'b', 'c'),
  pays: fc.constantFrom('free' as const, 'half' as const),
  when: fc.record(
    {
      ageMin: fc.integer({ min: 0, max: 100 }),
      ageMax: fc.integer({ min: 0, max: 100 }),
      heightMin: fc.integer({ min: 50, max: 200 }),
      heightMax: fc.integer({ min: 50, max: 200 }),
      // a concession is granted for holding a status, never for lacking one
      student: fc.constant(true),
      disabled: fc.constant(true)
    },
    { requiredKeys: [] }
  )
})
const rulesArb = fc.oneof(fc.constant(guangdong), fc.constant(resort), fc.array(ruleArb, { maxLength: 6 }))
const priceArb = fc.integer({ min: 0, max: 500 })

test('property: a concession never costs more than the full price, nor less than nothing', () => {
  fc.assert(
    fc.property(priceArb, rulesArb, visitorArb, (price, rules, v) => {
      const paid = pay(price, v, rules)
      expect(paid).toBeGreaterThanOrEqual(0)
      expect(paid).toBeLessThanOrEqual(price)
    })
  )
})

test('property: a free ticket is free for everyone', () => {
  fc.assert(fc.property(rulesArb, visitorArb, (rules, v) => expect(pay(0, v, rules)).toBe(0)))
})

test('property: free stays free when the visitor also qualifies for more (a student card, a disability)', () => {
  fc.assert(
    fc.property(priceArb, rulesArb, visitorArb, (price, rules, v) => {
      fc.pre(pay(price, v, rules) === 0)
      expect(pay(price, { ...v, student: true }, rules)).toBe(0)
      expect(pay(price, { ...v, disabled: true }, rules)).toBe(0)
    })
  )
})

test('property: qualifying for a free rule always makes the ticket free, whatever half rules also apply', () => {
  fc.assert(
    fc.property(priceArb, fc.array(ruleArb, { maxLength: 6 }), visitorArb, (price, rules, v) => {
      const free = rules.some((r) => r.pays === 'free' && qualifies(r.when, v))
      if (free) expect(pay(price, v, rules)).toBe(0)
    })
  )
})
