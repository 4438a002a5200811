// Reservation form drafts (预约参观), one per venue, kept on the device as the user types, so a reload or an app
// kill loses nothing. Each draft carries the idempotency key of its submission: resending cannot book twice.
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { ReservationRequest, Visitor } from '@/core/tourism/culture-types'
import { newIdempotencyKey } from '@/core/idempotency-key'
import { recordsPersistence } from '@/stores/persist-storage'

/** what the form holds: the request without its venue (the key of the draft), and when it was edited */
export interface ReserveDraft extends Omit<ReservationRequest, 'venueId'> {
  updatedAt: number
}

export const emptyVisitor = (): Visitor => ({ name: '', idType: 'mainland', idNumber: '' })

export const emptyReserveDraft = (): ReserveDraft => ({
  idempotencyKey: newIdempotencyKey(),
  date: '',
  slot: '',
  visitors: [emptyVisitor()],
  phoneRegion: 'cn',
  phone: '',
  updatedAt: 0
})

interface DraftState {
  /** drafts this version could not read, kept as they were (see splitRecords) */
  unreadable: Record<string, unknown>
  drafts: Record<string, ReserveDraft>
  update(venueId: string, patch: Partial<ReserveDraft>): void
  discard(venueId: string): void
}

const DRAFT_FIELDS = Object.keys(emptyReserveDraft()) as (keyof ReserveDraft)[]

function isDraft(x: unknown): x is ReserveDraft {
  return (
    typeof x === 'object' &&
    x !== null &&
    DRAFT_FIELDS.every((k) => k in x) &&
    Array.isArray((x as ReserveDraft).visitors)
  )
}

export const useReserveDrafts = create<DraftState>()(
  persist(
    (set) => ({
      drafts: {},
      unreadable: {},
      update: (venueId, patch) =>
        set((s) => ({
          drafts: {
            ...s.drafts,
            [venueId]: { ...(s.drafts[venueId] ?? emptyReserveDraft()), ...patch, updatedAt: Date.now() }
          }
        })),
      discard: (venueId) =>
        set((s) => ({ drafts: Object.fromEntries(Object.entries(s.drafts).filter(([id]) => id !== venueId)) }))
    }),
    recordsPersistence<DraftState, 'drafts'>('wst:venue-reserve-drafts', 'drafts', isDraft)
  )
)
