// Application drafts (在线申办), one per matter, kept on the device as the user types so a reload or an app kill
// loses nothing. The pages of materials sit in a store of their own, so typing never rewrites them (on H5 they
// are data URLs). Each draft carries the idempotency key of its submission and the form version it was made on.
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { Applicant, ApplicationForm, Attachment } from '@/core/applications'
import { newIdempotencyKey } from '@/core/idempotency-key'
import { recordsPersistence } from '@/stores/persist-storage'

export interface ApplicationDraft {
  idempotencyKey: string
  formVersion: number
  applicant: Applicant
  answers: Record<string, string>
  updatedAt: number
}

export const emptyApplicant = (legal: boolean): Applicant => ({
  name: '',
  idType: 'mainland',
  idNumber: '',
  phoneRegion: 'cn',
  phone: '',
  ...(legal ? { company: { name: '', creditCode: '' } } : {})
})

export const emptyApplicationDraft = (form: ApplicationForm): ApplicationDraft => ({
  idempotencyKey: newIdempotencyKey(),
  formVersion: form.version,
  applicant: emptyApplicant(form.applicant === 'legal'),
  answers: {},
  updatedAt: 0
})

const isObject = (x: unknown): x is Record<string, any> => typeof x === 'object' && x !== null

const isDraft = (x: unknown): x is ApplicationDraft =>
  isObject(x) &&
  typeof x.idempotencyKey === 'string' &&
  typeof x.formVersion === 'number' &&
  isObject(x.applicant) &&
  isObject(x.answers) &&
  typeof x.updatedAt === 'number'

const isPages = (x: unknown): x is Record<string, Attachment[]> =>
  isObject(x) &&
  Object.values(x).every(
    (list) =>
      Array.isArray(list) && list.every((p) => isObject(p) && typeof p.path === 'string' && typeof p.size === 'number')
  )

interface DraftState {
  /** drafts this version could not read, kept as they were (see splitRecords) */
  unreadable: Record<string, unknown>
  drafts: Record<string, ApplicationDraft>
  update(matterId: string, base: ApplicationDraft, patch: Partial<ApplicationDraft>): void
  discard(matterId: string): void
}

const without = <T>(record: Record<string, T>, key: string) =>
  Object.fromEntries(Object.entries(record).filter(([k]) => k !== key))

export const useApplicationDrafts = create<DraftState>()(
  persist(
    (set) => ({
      drafts: {},
      unreadable: {},
      update: (matterId, base, patch) =>
        set((s) => ({
          drafts: { ...s.drafts, [matterId]: { ...(s.drafts[matterId] ?? base), ...patch, updatedAt: Date.now() } }
        })),
      discard: (matterId) => set((s) => ({ drafts: without(s.drafts, matterId) }))
    }),
    recordsPersistence<DraftState, 'drafts'>('wst:application-drafts', 'drafts', isDraft)
  )
)

interface PagesState {
  unreadable: Record<string, unknown>
  /** matter id → material id → its pages */
  pages: Record<string, Record<string, Attachment[]>>
  set(matterId: string, pages: Record<string, Attachment[]>): void
}

export const useApplicationPages = create<PagesState>()(
  persist(
    (set) => ({
      pages: {},
      unreadable: {},
      set: (matterId, pages) => set((s) => ({ pages: { ...s.pages, [matterId]: pages } }))
    }),
    recordsPersistence<PagesState, 'pages'>('wst:application-pages', 'pages', isPages)
  )
)
