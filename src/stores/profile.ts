// 我的信息: the user's own details (name, ID document, phone; for an enterprise its name and 统一社会信用代码),
// saved on this device only when the user chooses to, to fill forms with. Nothing here is ever sent by itself: a
// form sends what it shows, after its own consent. Kept as parts (person, enterprise, and the edit page's draft) so
// that a damaged part stays aside while the others are read (splitRecords); deleting removes every part, the
// unreadable ones and their aside copies, so no copy is left on the device.
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { ID_TYPES, PHONE_REGIONS, type IdType, type PhoneRegion } from '@/core/domain'
import { emptyProfile, ENTERPRISE_KEYS, PERSON_KEYS, type ProfileKey, type ProfileValues } from '@/core/profile'
import { ASIDE_INFIX } from '@/platform/key-value'
import { deviceStorage } from '@/platform/storage'
import { deviceStateStorage, splitRecords } from './persist-storage'

export const PROFILE_STORAGE_KEY = 'wst:profile'

export type { ProfileKey, ProfileValues } from '@/core/profile'
export { changedKeys, emptyProfile, ENTERPRISE_KEYS, PERSON_KEYS } from '@/core/profile'

export type PersonProfile = Pick<ProfileValues, (typeof PERSON_KEYS)[number]>
export type EnterpriseProfile = Pick<ProfileValues, (typeof ENTERPRISE_KEYS)[number]>

interface ProfileParts {
  person?: PersonProfile & { savedAt: number }
  enterprise?: EnterpriseProfile & { savedAt: number }
  /** what the edit page holds while the user types (a draft survives a reload like every form's) */
  draft?: ProfileValues
  /**
   * the answers of the 人才资格自测 (人才服务), saved when the user asks: they fill its questions and the talent
   * applications again. Kept as given; the talent module reads them through its own vocabulary's checks.
   */
  talent?: { answers: Record<string, unknown>; savedAt: number }
  /**
   * the 企业画像 answers (招商服务), saved when the user asks: they fill the profile again for 惠企政策匹配. Kept as
   * given; the investment module reads them through its own vocabulary's checks.
   */
  company?: { answers: Record<string, unknown>; savedAt: number }
}
type PartName = keyof ProfileParts

interface ProfileState {
  parts: ProfileParts
  /** parts this version could not read, kept as they were (see splitRecords) until the profile is deleted */
  unreadable: Record<string, unknown>
  /**
   * values a form sent that are not the profile's: the question 保存到我的信息？ on the next page (in memory only,
   * never persisted; gone once answered)
   */
  offer: Partial<ProfileValues> | undefined
  /** saves these values into the profile (a person's and an enterprise's each as a whole part) */
  save(values: Partial<ProfileValues>): void
  saveDraft(patch: Partial<ProfileValues>): void
  saveTalent(answers: object): void
  removeTalent(): void
  saveCompany(answers: object): void
  removeCompany(): void
  discardDraft(): void
  offerSave(values: Partial<ProfileValues>): void
  answerOffer(save: boolean): void
  /** deletes the profile everywhere on the device */
  remove(): void
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null
const isText = (x: unknown): x is string => typeof x === 'string'
const isIdType = (x: unknown): x is IdType => (ID_TYPES as readonly unknown[]).includes(x)
const isPhoneRegion = (x: unknown): x is PhoneRegion => (PHONE_REGIONS as readonly unknown[]).includes(x)

function isPerson(x: unknown): x is PersonProfile {
  return (
    isObject(x) &&
    isText(x.name) &&
    isIdType(x.idType) &&
    isText(x.idNumber) &&
    isPhoneRegion(x.phoneRegion) &&
    isText(x.phone)
  )
}
const isEnterprise = (x: unknown): x is EnterpriseProfile =>
  isObject(x) && isText(x.companyName) && isText(x.creditCode)

const isPart = (name: string, x: unknown): boolean =>
  name === 'person'
    ? isPerson(x)
    : name === 'enterprise'
      ? isEnterprise(x)
      : name === 'talent' || name === 'company'
        ? isObject(x) && isObject(x.answers) && typeof x.savedAt === 'number'
        : name === 'draft' && isPerson(x) && isEnterprise(x)

const pick = <K extends ProfileKey>(values: Partial<ProfileValues>, keys: readonly K[]) =>
  Object.fromEntries(keys.filter((k) => values[k] !== undefined).map((k) => [k, values[k]])) as Partial<
    Pick<ProfileValues, K>
  >

/** the profile's values, flat; undefined while nothing is saved */
export function profileValues(parts: ProfileParts): Partial<ProfileValues> | undefined {
  const { person, enterprise } = parts
  if (!person && !enterprise) return undefined
  return { ...pick(person ?? {}, PERSON_KEYS), ...pick(enterprise ?? {}, ENTERPRISE_KEYS) }
}

/** the 人才资格自测 answers about the person (not those about one city), for filling forms; {} when none is saved */
export function savedFacts(parts: ProfileParts): Record<string, unknown> {
  const person = parts.talent?.answers.person
  return isObject(person) ? person : {}
}

export const useProfile = create<ProfileState>()(
  persist(
    (set, get) => ({
      parts: {},
      unreadable: {},
      offer: undefined,
      save: (values) =>
        set((s) => {
          const now = Date.now()
          const parts = { ...s.parts }
          if (PERSON_KEYS.some((k) => values[k] !== undefined))
            parts.person = {
              ...pick(emptyProfile(), PERSON_KEYS),
              ...parts.person,
              ...pick(values, PERSON_KEYS),
              savedAt: now
            } as ProfileParts['person']
          if (ENTERPRISE_KEYS.some((k) => values[k] !== undefined))
            parts.enterprise = {
              ...pick(emptyProfile(), ENTERPRISE_KEYS),
              ...parts.enterprise,
              ...pick(values, ENTERPRISE_KEYS),
              savedAt: now
            } as ProfileParts['enterprise']
          // an enterprise saved with neither value is no enterprise
          if (parts.enterprise && !parts.enterprise.companyName && !parts.enterprise.creditCode) delete parts.enterprise
          return { parts }
        }),
      saveTalent: (answers) =>
        set((s) => ({ parts: { ...s.parts, talent: { answers: { ...answers }, savedAt: Date.now() } } })),
      removeTalent: () =>
        set((s) => {
          const parts = { ...s.parts }
          delete parts.talent
          return { parts }
        }),
      saveCompany: (answers) =>
        set((s) => ({ parts: { ...s.parts, company: { answers: { ...answers }, savedAt: Date.now() } } })),
      removeCompany: () =>
        set((s) => {
          const parts = { ...s.parts }
          delete parts.company
          return { parts }
        }),
      saveDraft: (patch) =>
        set((s) => ({ parts: { ...s.parts, draft: { ...emptyProfile(), ...s.parts.draft, ...patch } } })),
      discardDraft: () =>
        set((s) => {
          const parts = { ...s.parts }
          delete parts.draft
          return { parts }
        }),
      offerSave: (values) => set({ offer: values }),
      answerOffer: (save) => {
        const { offer } = get()
        if (save && offer) get().save(offer)
        set({ offer: undefined })
      },
      remove: () => {
        set({ parts: {}, unreadable: {}, offer: undefined })
        useProfile.persist.clearStorage()
        removeAsideCopies()
      }
    }),
    {
      name: PROFILE_STORAGE_KEY,
      version: 1,
      storage: deviceStateStorage(1),
      partialize: ({ parts, unreadable }) => ({ parts, unreadable }),
      // a damaged part is kept aside alone; the others are read
      merge: (persisted, current) => {
        // every part is an object: splitRecords keeps the rest (and what was kept before); each is then checked by name
        const { readable, unreadable } = splitRecords(persisted, 'parts', isObject)
        const parts: ProfileParts = {}
        for (const [name, value] of Object.entries(readable)) {
          if (isPart(name, value)) Object.assign(parts, { [name as PartName]: value })
          else unreadable[name] = value
        }
        return { ...current, parts, unreadable }
      }
    }
  )
)

/** copies of a damaged profile kept under `<key>:aside:<n>` are the user's data too */
function removeAsideCopies() {
  try {
    for (let n = 1; deviceStorage.get(`${PROFILE_STORAGE_KEY}${ASIDE_INFIX}${n}`) !== undefined; n++)
      deviceStorage.remove(`${PROFILE_STORAGE_KEY}${ASIDE_INFIX}${n}`)
  } catch {
    // storage failing: what it holds stays until it works again, as for any removal
  }
}
