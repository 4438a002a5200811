// 旅游投诉: complaints about a sight, a shop, a guide or a hotel go to 江门市文化广电旅游体育局 with 2 hours to
// contact and 24 hours to answer, counted in clock hours through nights and holidays.
import fc from 'fast-check'
import { categoryHandling, categoryLeaves, findCategory, parseCategoryTree } from '@/core/appeals/categories'
import { deadlinesFor, findPolicy, parseDeadlinePolicies, type DeadlineSubject } from '@/core/appeals/deadlines'
import { resolveHandler, type HandlerUnit } from '@/core/appeals/handler'
import { isWorkingDay, shanghaiDate } from '@/core/calendar'
import type { AppealChannel, AppealType, Deadline } from '@/core/appeals/types'
import type { CityId, District } from '@/core/domain'
import categories from '@/data/appeals/categories.json'
import policyData from '@/data/appeals/deadline-policies.json'
import districtUnits from '@/data/appeals/district-units.json'
import units from '@/data/appeals/units.json'
import { beijing } from './fixtures/deadline-probe'

const policies = parseDeadlinePolicies(policyData)
const tree = parseCategoryTree(categories)
const HOUR = 3600_000
const TOURISM_LEAVES = categoryLeaves(tree).filter((l) => l.code.startsWith('14'))

const subject = (
  over: { categoryCode?: string; type?: AppealType; channel?: AppealChannel; urgent?: boolean; city?: CityId } = {}
): DeadlineSubject => ({
  channel: over.channel ?? 'personal',
  type: over.type ?? 'complaint',
  urgent: over.urgent ?? false,
  location: { city: over.city ?? 'jiangmen' },
  categoryCode: over.categoryCode ?? '140101'
})
const dueOf = (deadlines: Deadline[], kind: Deadline['kind']) => deadlines.find((d) => d.kind === kind)?.dueAt

describe('the tourism category', () => {
  test('a sight, a shop, a guide and a hotel each have a leaf, handled by the city tourism bureau', () => {
    expect(TOURISM_LEAVES.map((l) => l.name)).toEqual(['景区服务', '旅游购物', '导游与旅行社', '旅游住宿'])
    const bureau = units.find((u) => u.id === 'jm-culture-tourism')
    expect(bureau?.name).toBe('江门市文化广电旅游体育局')
    for (const leaf of TOURISM_LEAVES) {
      expect(leaf.unitId).toBe('jm-culture-tourism')
      expect(categoryHandling(tree, leaf.code)).toBe('city')
    }
  })

  test('whatever the district, the city bureau handles it', () => {
    const all = [...units, ...districtUnits.units] as HandlerUnit[]
    for (const district of ['kaiping', 'xinhui', 'taishan'] as District[]) {
      const handler = resolveHandler({
        tree,
        units: all,
        routing: { unitId: 'jm-culture-tourism', city: 'jiangmen' },
        categoryCode: '140103',
        district
      })
      expect(handler).toEqual({
        unitId: 'jm-culture-tourism',
        level: 'city',
        reason: { kind: 'city', categoryCode: '140103' }
      })
    }
  })
})

describe('the tourism deadline policy', () => {
  test('a Jiangmen tourism complaint gets it; other types, other cities and other categories do not', () => {
    for (const leaf of TOURISM_LEAVES)
      expect(findPolicy(subject({ categoryCode: leaf.code }), policies)?.id).toBe('tourism')
    expect(findPolicy(subject({ urgent: true }), policies)?.id).toBe('tourism-urgent')
    expect(findPolicy(subject({ type: 'consult' }), policies)?.id).toBe('consult')
    expect(findPolicy(subject({ city: 'shenzhen' }), policies)?.id).toBe('complaint')
    expect(findPolicy(subject({ categoryCode: '050201' }), policies)?.id).toBe('complaint')
    expect(findPolicy({ ...subject(), categoryCode: undefined }, policies)?.id).toBe('complaint')
    // the 117 channel keeps its own promise, 重办 its own
    expect(findPolicy(subject({ channel: 'enterprise' }), policies)?.id).toBe('jm-117')
    expect(findPolicy(subject(), policies, { redo: true })?.id).toBe('redo')
  })

  test('filed at 23:30, contact is due at 01:30 the next day and the answer 24 hours after filing', () => {
    const at = beijing(2026, 11, 24, 23, 30) // a Tuesday
    expect(deadlinesFor(subject(), at, policies)).toEqual([
      { kind: 'contact', dueAt: beijing(2026, 11, 25, 1, 30), amount: 2, unit: 'hours', policy: 'tourism' },
      { kind: 'reply', dueAt: beijing(2026, 11, 25, 23, 30), amount: 24, unit: 'hours', policy: 'tourism' },
      { kind: 'close', dueAt: beijing(2026, 11, 27, 23, 30), amount: 72, unit: 'hours', policy: 'tourism' }
    ])
  })

  test('over National Day 2026 the hours run on: nothing waits for a working day', () => {
    const at = beijing(2026, 9, 30, 23, 30)
    const d = deadlinesFor(subject({ categoryCode: '140104' }), at, policies)
    expect(dueOf(d, 'contact')).toBe(beijing(2026, 10, 1, 1, 30))
    expect(dueOf(d, 'reply')).toBe(beijing(2026, 10, 1, 23, 30))
    expect(dueOf(d, 'close')).toBe(beijing(2026, 10, 3, 23, 30))
    for (const due of [dueOf(d, 'reply')!, dueOf(d, 'close')!]) expect(isWorkingDay(shanghaiDate(due))).toBe(false)
    // the same complaint under the general rule would wait for 13 working days after the holiday
    const general = deadlinesFor({ ...subject(), categoryCode: undefined }, at, policies)
    expect(shanghaiDate(dueOf(general, 'reply')!)).toBe('2026-10-23')
  })

  test('on 除夕 2027 as well (a year whose 调休 is not published: hours do not depend on it)', () => {
    const at = beijing(2027, 2, 5, 23, 30)
    const d = deadlinesFor(subject({ categoryCode: '140102' }), at, policies)
    expect(dueOf(d, 'contact')).toBe(beijing(2027, 2, 6, 1, 30))
    expect(dueOf(d, 'reply')).toBe(beijing(2027, 2, 6, 23, 30))
    expect(d.every((x) => x.unit === 'hours')).toBe(true)
  })

  test('urgent: contact within the hour, the answer still within 24 hours', () => {
    const at = beijing(2026, 5, 1, 10)
    const d = deadlinesFor(subject({ urgent: true }), at, policies)
    expect(dueOf(d, 'contact')).toBe(at + HOUR)
    expect(dueOf(d, 'reply')).toBe(at + 24 * HOUR)
  })

  test('property: at any instant, exactly 2 h, 24 h and 72 h, never later than the general complaint', () => {
    const leaf = fc.constantFrom(...TOURISM_LEAVES.map((l) => l.code))
    const instant = fc.integer({ min: beijing(2025, 1, 1), max: beijing(2027, 12, 1) })
    fc.assert(
      fc.property(leaf, instant, (code, at) => {
        const d = deadlinesFor(subject({ categoryCode: code }), at, policies)
        expect(d.map((x) => x.dueAt - at)).toEqual([2 * HOUR, 24 * HOUR, 72 * HOUR])
        const general = deadlinesFor({ ...subject(), categoryCode: undefined }, at, policies)
        expect(dueOf(d, 'reply')!).toBeLessThan(dueOf(general, 'reply')!)
      }),
      { numRuns: 300 }
    )
  })

  test('a category condition must be a category code, and matches the group and its leaves only', () => {
    const policy = (category: unknown) => [
      { id: 'x', when: { category }, rules: [{ kind: 'reply', amount: 1, unit: 'hours' }], basis: '示例' }
    ]
    expect(() => parseDeadlinePolicies(policy('tourism'))).toThrow(/category/)
    expect(() => parseDeadlinePolicies(policy('1'))).toThrow(/category/)
    const [group] = parseDeadlinePolicies(policy('1401'))
    expect(findPolicy(subject({ categoryCode: '140103' }), [group])?.id).toBe('x')
    expect(findPolicy(subject({ categoryCode: '010114' }), [group])).toBeNull()
    expect(findCategory(tree, '1401')?.name).toBe('旅游投诉')
  })
})
