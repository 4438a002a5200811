// 政策变动提醒: the device keeps what the company matched when it last looked (each policy's revision and last day);
// when the policy data changes, each of those policies says what happened since, in the policy's own words. A
// notice on the module's home, never a pop-up. Pure functions: the store keeps the snapshot, the page shows them.
import { isIsoDate, shanghaiDate } from '../calendar/shanghai-time'
import type { MatchVerdict, PolicyMatch } from './matching'
import type { EnterprisePolicy, PolicyChange } from './types'

/** a matched policy as it was seen: its title is kept so a withdrawn one can still be named */
export interface SeenPolicy {
  id: string
  revision: number
  expiresOn: string
  title?: string
}

export interface MatchSnapshot {
  /** when the company matched, epoch ms */
  at: number
  policies: SeenPolicy[]
}

/** changed: a newer revision; extended: its last day moved later; expired: in force when seen, over now;
 * withdrawn: gone from the data (废止) */
export const NOTICE_KINDS = ['withdrawn', 'expired', 'changed', 'extended'] as const
export type NoticeKind = (typeof NOTICE_KINDS)[number]

export interface PolicyNotice {
  id: string
  /** what happened, in NOTICE_KINDS order; never empty */
  kinds: NoticeKind[]
  /** the policy as it is now; absent when withdrawn */
  policy?: EnterprisePolicy
  /** the title as seen, or as it is now */
  title?: string
  /** changed: the published changes after the revision seen, oldest first */
  changes: PolicyChange[]
  /** the last day when seen, and now (absent when withdrawn) */
  expiresOn: { seen: string; now?: string }
}

/** the verdicts a snapshot keeps: the policies the company met */
const MATCHED: readonly MatchVerdict[] = ['qualified']

/** what the device keeps after matching: the policies met (of every city compared), at the time of matching */
export function snapshotOf(matches: readonly PolicyMatch[], at: number): MatchSnapshot {
  const seen = new Map<string, SeenPolicy>()
  for (const { policy, verdict } of matches)
    if (MATCHED.includes(verdict))
      seen.set(policy.id, {
        id: policy.id,
        revision: policy.revision,
        expiresOn: policy.expiresOn,
        title: policy.title
      })
  return { at, policies: [...seen.values()] }
}

/** for each policy of the snapshot, what changed since it was seen (none when nothing did), on the Beijing date today */
export function policyNotices(
  snapshot: MatchSnapshot,
  currentPolicies: readonly EnterprisePolicy[],
  today: string
): PolicyNotice[] {
  const seenOn = shanghaiDate(snapshot.at)
  const byId = new Map(currentPolicies.map((p) => [p.id, p]))
  const notices: PolicyNotice[] = []
  for (const seen of snapshot.policies) {
    const policy = byId.get(seen.id)
    if (!policy) {
      notices.push({
        id: seen.id,
        kinds: ['withdrawn'],
        title: seen.title,
        changes: [],
        expiresOn: { seen: seen.expiresOn }
      })
      continue
    }
    const changes = policy.changes.filter((c) => c.revision > seen.revision)
    const happened: Record<NoticeKind, boolean> = {
      withdrawn: false,
      expired: policy.expiresOn < today && !(seen.expiresOn < seenOn),
      changed: policy.revision > seen.revision,
      extended: policy.expiresOn > seen.expiresOn
    }
    const kinds = NOTICE_KINDS.filter((k) => happened[k])
    if (kinds.length > 0)
      notices.push({
        id: seen.id,
        kinds,
        policy,
        title: policy.title,
        changes,
        expiresOn: { seen: seen.expiresOn, now: policy.expiresOn }
      })
  }
  return notices
}

/** a snapshot read from storage: what is not one is dropped, never guessed */
export function cleanSnapshot(x: unknown): MatchSnapshot | undefined {
  if (typeof x !== 'object' || x === null) return undefined
  const { at, policies } = x as Record<string, unknown>
  if (typeof at !== 'number' || !Number.isFinite(at) || !Array.isArray(policies)) return undefined
  const isDate = (d: unknown): d is string => typeof d === 'string' && isIsoDate(d)
  const kept = policies.flatMap((p: unknown): SeenPolicy[] => {
    if (typeof p !== 'object' || p === null) return []
    const { id, revision, expiresOn, title } = p as Record<string, unknown>
    if (typeof id !== 'string' || !Number.isInteger(revision) || (revision as number) < 1 || !isDate(expiresOn))
      return []
    return [{ id, revision: revision as number, expiresOn, ...(typeof title === 'string' ? { title } : {}) }]
  })
  return { at, policies: kept }
}
