// What the appeals module keeps on the device, so nothing the user wrote is lost:
//  - drafts, one per channel (个人 / 企业), saved as the user types; photos under their own key, so that
//    typing never rewrites them (on H5 they are data URLs);
//  - the outbox (待发送): every filing goes here first with its idempotency key and leaves only when the
//    backend has answered, so an app kill, a lost network or a failure never loses it, and a resend
//    can never create a second appeal.
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { AppealChannel, AppealPhoto, AppealRequest } from '@/core/appeals/types'
import type { ZoneId } from '@/core/domain'
import { newIdempotencyKey } from '@/core/idempotency-key'
import { recordsPersistence } from '@/stores/persist-storage'

export type AppealDraft = Omit<AppealRequest, 'photos' | 'subscriptions'> & { updatedAt: number }

export const emptyAppealDraft = (channel: AppealChannel, zone: ZoneId): AppealDraft => ({
  idempotencyKey: newIdempotencyKey(),
  zone,
  type: 'complaint',
  channel,
  urgent: false,
  categoryCode: '',
  tags: [],
  content: '',
  location: { city: 'jiangmen', address: '' },
  contact: { name: '', phoneRegion: 'cn', phone: '' },
  ...(channel === 'enterprise' ? { enterprise: { name: '', creditCode: '' } } : {}),
  confidential: false,
  updatedAt: 0
})

/** a filing back into the form, as a new filing (a new key) once corrected */
export function draftFromRequest(request: AppealRequest): { draft: AppealDraft; photos: AppealPhoto[] } {
  const { photos, subscriptions, ...rest } = request
  void subscriptions // asked again when it is sent again
  // what was sent stays as it was: a suggestion never replaces it
  return {
    draft: { ...rest, idempotencyKey: newIdempotencyKey(), updatedAt: Date.now(), classifiedBy: 'hand' },
    photos
  }
}

const isObject = (x: unknown): x is Record<string, any> => typeof x === 'object' && x !== null

function isDraft(x: unknown): x is AppealDraft {
  return (
    isObject(x) &&
    typeof x.idempotencyKey === 'string' &&
    typeof x.content === 'string' &&
    Array.isArray(x.tags) &&
    isObject(x.location) &&
    isObject(x.contact) &&
    typeof x.updatedAt === 'number'
  )
}

interface DraftState {
  /** entries this version could not read, kept as they were (see splitRecords) */
  unreadable: Record<string, unknown>
  drafts: Partial<Record<AppealChannel, AppealDraft>>
  update(channel: AppealChannel, base: AppealDraft, patch: Partial<AppealDraft>): void
  replace(channel: AppealChannel, draft: AppealDraft): void
  discard(channel: AppealChannel): void
}

export const useAppealDrafts = create<DraftState>()(
  persist(
    (set) => ({
      drafts: {},
      unreadable: {},
      update: (channel, base, patch) =>
        set((s) => ({
          drafts: { ...s.drafts, [channel]: { ...(s.drafts[channel] ?? base), ...patch, updatedAt: Date.now() } }
        })),
      replace: (channel, draft) => set((s) => ({ drafts: { ...s.drafts, [channel]: draft } })),
      discard: (channel) => set((s) => ({ drafts: { ...s.drafts, [channel]: undefined } }))
    }),
    recordsPersistence<DraftState, 'drafts'>('wst:appeal-drafts', 'drafts', isDraft)
  )
)

const isPhotoList = (x: unknown): x is AppealPhoto[] =>
  Array.isArray(x) && x.every((p) => isObject(p) && typeof p.path === 'string' && typeof p.size === 'number')

interface PhotoState {
  /** entries this version could not read, kept as they were (see splitRecords) */
  unreadable: Record<string, unknown>
  photos: Partial<Record<AppealChannel, AppealPhoto[]>>
  set(channel: AppealChannel, photos: AppealPhoto[]): void
}

export const useAppealPhotos = create<PhotoState>()(
  persist(
    (set) => ({
      photos: {},
      unreadable: {},
      set: (channel, photos) => set((s) => ({ photos: { ...s.photos, [channel]: photos } }))
    }),
    recordsPersistence<PhotoState, 'photos'>('wst:appeal-photos', 'photos', isPhotoList)
  )
)
