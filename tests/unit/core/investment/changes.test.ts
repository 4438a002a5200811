// 政策变动提醒: what the company matched when it last looked, against the policies as they are now. One notice per
// policy that changed, was extended, expired or was withdrawn since, with the changes in the policy's words; none
// when nothing did.
import data from '@/data/investment/policies.json'
import { shanghaiInstant } from '@/core/calendar/shanghai-time'
import { cleanSnapshot, policyNotices, snapshotOf, type MatchSnapshot } from '@/core/investment/changes'
import { matchCity } from '@/core/investment/matching'
import type { CompanyProfile, EnterprisePolicy } from '@/core/investment/types'

const POLICIES = data as unknown as EnterprisePolicy[]
const TODAY = '2026-12-01'
const policy = (id: string): EnterprisePolicy => {
  const p = POLICIES.find((x) => x.id === id)
  if (!p) throw new Error(`no policy ${id}`)
  return p
}
/** the data with one policy replaced */
const withPolicy = (changed: EnterprisePolicy) => POLICIES.map((p) => (p.id === changed.id ? changed : p))
/** a snapshot taken at 10:00 Beijing time on `on` */
const seenOn = (on: string, ...seen: MatchSnapshot['policies']): MatchSnapshot => ({
  at: shanghaiInstant(on, 600),
  policies: seen
})
const asSeen = (p: EnterprisePolicy, revision = p.revision) => ({ id: p.id, revision, expiresOn: p.expiresOn })

/** a 规上 maker in 蓬江, B credit, upgrading 600 万元 of equipment */
const maker: CompanyProfile = {
  industry: 'equipment',
  registeredOn: '2015-05-05',
  district: 'pengjiang',
  headcount: 300,
  techStaff: 30,
  revenueWan: 8000,
  rdSpendWan: 200,
  qualifications: ['above_scale'],
  taxCredit: 'B',
  upgradeInvestmentWan: 600
}

test('the snapshot keeps the policies met, of every city compared, with their revision and last day', () => {
  const matches = [...matchCity(POLICIES, 'jiangmen', maker, TODAY), ...matchCity(POLICIES, 'zhongshan', maker, TODAY)]
  const snapshot = snapshotOf(matches, 1_700_000_000_000)
  const met = matches.filter((m) => m.verdict === 'qualified')
  expect(met.length).toBeGreaterThan(1)
  expect(snapshot.at).toBe(1_700_000_000_000)
  expect(snapshot.policies.map((s) => s.id).sort()).toEqual(met.map((m) => m.policy.id).sort())
  expect(snapshot.policies.map((s) => s.id)).toEqual(expect.arrayContaining(['jm-tech-upgrade', 'zs-tech-upgrade']))
  const upgrade = snapshot.policies.find((s) => s.id === 'jm-tech-upgrade')
  expect(upgrade).toEqual({
    id: 'jm-tech-upgrade',
    revision: 3,
    expiresOn: '2027-02-28',
    title: '工业企业技术改造事后奖补'
  })
})

test('nothing changed: no notice, whatever the day, until a policy expires', () => {
  const matches = matchCity(POLICIES, 'jiangmen', maker, TODAY)
  const snapshot = snapshotOf(matches, shanghaiInstant(TODAY, 540))
  expect(snapshot.policies.length).toBeGreaterThan(0)
  expect(policyNotices(snapshot, POLICIES, TODAY)).toEqual([])
  expect(policyNotices(snapshot, POLICIES, '2026-12-30')).toEqual([])
  expect(policyNotices({ at: 0, policies: [] }, POLICIES, TODAY)).toEqual([])
})

test('changed: a newer revision, with the changes published after the one seen, in the policy’s words', () => {
  const upgrade = policy('jm-tech-upgrade')
  const [notice, ...rest] = policyNotices(seenOn('2025-01-10', asSeen(upgrade, 1)), POLICIES, TODAY)
  expect(rest).toEqual([])
  expect(notice.kinds).toEqual(['changed'])
  expect(notice.policy).toBe(upgrade)
  expect(notice.changes.map((c) => c.text)).toEqual([
    '奖补上限由 300 万元提高至 500 万元',
    '设备投资门槛由 1,000 万元降低至 500 万元'
  ])
  // seen at revision 2: only the third change is news
  const later = policyNotices(seenOn('2025-06-01', asSeen(upgrade, 2)), POLICIES, TODAY)
  expect(later.map((n) => n.changes.map((c) => c.revision))).toEqual([[3]])
})

test('extended: the last day moved later; a revision that says so is both changed and extended', () => {
  const relocation = policy('xh-shenjiang-relocation')
  const seen = { ...asSeen(relocation, 1), expiresOn: '2026-12-31' }
  const [notice] = policyNotices(seenOn('2025-06-01', seen), POLICIES, TODAY)
  expect(notice.kinds).toEqual(['changed', 'extended'])
  expect(notice.expiresOn).toEqual({ seen: '2026-12-31', now: '2027-12-31' })
  expect(notice.changes.map((c) => [c.kind, c.text])).toEqual([['extended', '有效期延长至 2027-12-31']])
  // extended without a new revision (a correction of the data): extended only
  const loan = policy('jm-loan-interest')
  const longer = { ...loan, expiresOn: '2027-06-30' }
  const [only] = policyNotices(seenOn('2026-11-01', asSeen(loan)), withPolicy(longer), TODAY)
  expect([only.kinds, only.changes]).toEqual([['extended'], []])
})

test('expired: over now, in force when seen; one seen already expired says nothing', () => {
  const loan = policy('jm-loan-interest')
  const snapshot = seenOn('2026-11-01', asSeen(loan))
  expect(policyNotices(snapshot, POLICIES, '2026-12-31')).toEqual([])
  const [notice] = policyNotices(snapshot, POLICIES, '2027-01-01')
  expect(notice.kinds).toEqual(['expired'])
  expect(notice.expiresOn).toEqual({ seen: '2026-12-31', now: '2026-12-31' })
  // the 2023–2025 数字化转型 policy, kept on a snapshot from after its end
  const old = policy('jm-digital-transform')
  expect(policyNotices(seenOn('2026-01-05', asSeen(old)), POLICIES, TODAY)).toEqual([])
  expect(policyNotices(seenOn('2025-06-01', asSeen(old)), POLICIES, TODAY).map((n) => n.kinds)).toEqual([['expired']])
})

test('withdrawn: the id is gone from the data, named by the title seen', () => {
  const rd = policy('jm-rd-subsidy')
  const snapshot = seenOn('2026-05-01', { ...asSeen(rd), title: rd.title })
  const [notice] = policyNotices(
    snapshot,
    POLICIES.filter((p) => p.id !== rd.id),
    TODAY
  )
  expect(notice).toEqual({
    id: 'jm-rd-subsidy',
    kinds: ['withdrawn'],
    title: '企业研究开发费用补助',
    changes: [],
    expiresOn: { seen: '2027-12-31' }
  })
})

test('one notice for each policy that changed, in the snapshot’s order', () => {
  const snapshot = seenOn(
    '2025-01-10',
    asSeen(policy('jm-tech-upgrade'), 1),
    asSeen(policy('jm-specialized-sme')),
    { id: 'jm-gone', revision: 1, expiresOn: '2027-01-01' },
    asSeen(policy('zs-tech-upgrade'), 1)
  )
  expect(policyNotices(snapshot, POLICIES, TODAY).map((n) => [n.id, n.kinds])).toEqual([
    ['jm-tech-upgrade', ['changed']],
    ['jm-gone', ['withdrawn']],
    ['zs-tech-upgrade', ['changed']]
  ])
})

test('a snapshot read from storage keeps what is one and drops the rest', () => {
  expect(cleanSnapshot(null)).toBeUndefined()
  expect(cleanSnapshot({ at: 'yesterday', policies: [] })).toBeUndefined()
  expect(
    cleanSnapshot({
      at: 5,
      policies: [
        { id: 'a', revision: 2, expiresOn: '2027-01-01', title: '甲' },
        { id: 'b', revision: 0, expiresOn: '2027-01-01' },
        { id: 'c', revision: 1, expiresOn: '2027-02-30' },
        'd',
        { id: 'e', revision: 1, expiresOn: '2027-03-01', title: 7 }
      ]
    })
  ).toEqual({
    at: 5,
    policies: [
      { id: 'a', revision: 2, expiresOn: '2027-01-01', title: '甲' },
      { id: 'e', revision: 1, expiresOn: '2027-03-01' }
    ]
  })
})
