// The company profile (企业画像) as the user gives it, and what the company matched when it last looked (the
// snapshot the change notice reads). Both stay on the device, and only once the user has agreed to the privacy
// notice: before that they live in memory, a write without consent removes what storage holds, and withdrawing it
// removes them from the device (what a device holds without consent is never read). They leave the
// device only when the user asks for matching on the server (policy-api.ts), and then only the answers, never the
// company's name or credit code. Whatever storage holds that the vocabulary does not allow is dropped on reading.
import { create } from 'zustand'
import { persist, type PersistStorage } from 'zustand/middleware'
import {
  cleanSnapshot,
  snapshotOf,
  type MatchSnapshot,
  type PolicyNotice,
  type SeenPolicy
} from '@/core/investment/changes'
import { cleanProfile, type PolicyMatch } from '@/core/investment/matching'
import type { CompanyFactName, CompanyProfile } from '@/core/investment/types'
import type { FactValue } from '@/core/rules'
import { deviceStateStorage } from '@/stores/persist-storage'
import { PRIVACY_VERSION, useSettings } from '@/stores/settings'

const consented = () => useSettings.getState().privacyConsent >= PRIVACY_VERSION

/** device storage that takes writes only with the user's consent; without it, a write removes the stored value */
function consentedStorage<S>(version: number): PersistStorage<S> {
  const device = deviceStateStorage<S>(version)
  return {
    getItem: (name) => device.getItem(name),
    setItem: (name, value) => (consented() ? device.setItem(name, value) : device.removeItem(name)),
    removeItem: (name) => device.removeItem(name)
  }
}

/** 企业名称 and 统一社会信用代码 as typed: they name the company on this device, never in a matching request */
export interface CompanyIdentity {
  companyName: string
  creditCode: string
}

const NO_IDENTITY: CompanyIdentity = { companyName: '', creditCode: '' }
const text = (x: unknown): string => (typeof x === 'string' ? x : '')

interface CompanyState {
  profile: CompanyProfile
  identity: CompanyIdentity
  /** sets an answer (undefined: 不清楚) */
  answer(fact: CompanyFactName, value: FactValue | undefined): void
  setIdentity(patch: Partial<CompanyIdentity>): void
  /** the answers as a whole (from 我的信息) */
  replace(profile: CompanyProfile): void
  clear(): void
}

export const useCompany = create<CompanyState>()(
  persist(
    (set) => ({
      profile: {},
      identity: NO_IDENTITY,
      answer: (fact, value) =>
        set((s) => {
          const profile = { ...s.profile, [fact]: value }
          if (value === undefined) delete profile[fact]
          return { profile: cleanProfile(profile) }
        }),
      setIdentity: (patch) => set((s) => ({ identity: { ...s.identity, ...patch } })),
      replace: (profile) => set({ profile: cleanProfile(profile) }),
      clear: () => set({ profile: {}, identity: NO_IDENTITY })
    }),
    {
      name: 'wst:investment-profile',
      version: 1,
      storage: consentedStorage(1),
      partialize: ({ profile, identity }) => ({ profile, identity }),
      merge: (persisted, current) => {
        const p = (persisted ?? {}) as { profile?: unknown; identity?: { companyName?: unknown; creditCode?: unknown } }
        return {
          ...current,
          profile: cleanProfile(p.profile),
          identity: { companyName: text(p.identity?.companyName), creditCode: text(p.identity?.creditCode) }
        }
      }
    }
  )
)

/**
 * the snapshot after matching: the policies met now, as they are now. A policy seen before that changed since keeps
 * what was seen, and one seen before that matching no longer lists (expired, withdrawn) stays as seen: their notices
 * stay until the user marks them seen, whatever matching ran in between.
 */
export function withMatches(before: MatchSnapshot | undefined, matches: readonly PolicyMatch[], at: number) {
  const now = snapshotOf(matches, at)
  if (!before) return now
  const seen = new Map(before.policies.map((p) => [p.id, p]))
  const listed = new Set(matches.map((m) => m.policy.id))
  const changed = (p: SeenPolicy) => {
    const old = seen.get(p.id)
    return old !== undefined && (old.revision !== p.revision || old.expiresOn !== p.expiresOn)
  }
  const policies = [
    ...now.policies.map((p) => (changed(p) ? seen.get(p.id)! : p)),
    ...before.policies.filter((p) => !listed.has(p.id))
  ]
  // what was seen then is judged from then (an expiry is one only of a policy in force when seen)
  const keepsOld = policies.some((p) => seen.get(p.id) === p)
  return { at: keepsOld ? before.at : at, policies }
}

interface MatchedState {
  /** what the company matched when it last looked; undefined before the first matching */
  snapshot: MatchSnapshot | undefined
  /** the policies the company meets now, of every city compared, as seen now (see withMatches) */
  record(matches: readonly PolicyMatch[]): void
  /**
   * the user has seen these notices: a changed or extended policy is kept as it is now, an expired or withdrawn one
   * leaves the snapshot (it is matched no more)
   */
  markSeen(notices: readonly PolicyNotice[]): void
}

export const useMatched = create<MatchedState>()(
  persist(
    (set) => ({
      snapshot: undefined,
      record: (matches) => set((s) => ({ snapshot: withMatches(s.snapshot, matches, Date.now()) })),
      markSeen: (notices) =>
        set((s) => {
          if (!s.snapshot) return {}
          const byId = new Map(notices.map((n) => [n.id, n]))
          const policies = s.snapshot.policies.flatMap((seen) => {
            const notice = byId.get(seen.id)
            if (!notice) return [seen]
            if (!notice.policy || notice.kinds.includes('expired')) return []
            const { revision, expiresOn, title } = notice.policy
            return [{ ...seen, revision, expiresOn, title }]
          })
          return { snapshot: { ...s.snapshot, policies } }
        })
    }),
    {
      name: 'wst:investment-matched',
      version: 1,
      storage: consentedStorage(1),
      partialize: ({ snapshot }) => ({ snapshot }),
      merge: (persisted, current) => ({
        ...current,
        snapshot: cleanSnapshot((persisted as { snapshot?: unknown } | undefined)?.snapshot)
      })
    }
  )
)

// consent given after the answers: what is in memory is written now; consent withdrawn: nothing stays on the device
useSettings.subscribe((s, before) => {
  const given = s.privacyConsent >= PRIVACY_VERSION
  if (given === before.privacyConsent >= PRIVACY_VERSION) return
  if (given) {
    useCompany.setState({})
    useMatched.setState({})
  } else {
    void useCompany.persist.clearStorage()
    void useMatched.persist.clearStorage()
  }
})

// consent withdrawn while this module was not loaded: what the device kept is not read, and is removed
if (!consented()) {
  useCompany.setState({ profile: {}, identity: NO_IDENTITY })
  useMatched.setState({ snapshot: undefined })
}

export const answeredCount = (profile: CompanyProfile): number => Object.keys(profile).length
