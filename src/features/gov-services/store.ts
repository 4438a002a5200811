// Booking form drafts, kept on the device as the user types, so a reload or an app kill loses nothing.
// Each draft carries the idempotency key of its submission: resubmitting after a crash cannot book twice.
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { BookingRequest } from '@/core/gov-services/types'
import { newIdempotencyKey } from '@/core/idempotency-key'
import { recordsPersistence } from '@/stores/persist-storage'

/** what the booking form holds: the request without its service (the key of the draft), and when it was edited */
export interface BookingDraft extends Omit<BookingRequest, 'serviceId'> {
  updatedAt: number
}

export const emptyDraft = (): BookingDraft => ({
  idempotencyKey: newIdempotencyKey(),
  hallId: '',
  date: '',
  slot: '',
  name: '',
  idType: 'mainland',
  idNumber: '',
  phoneRegion: 'cn',
  phone: '',
  updatedAt: 0
})

interface DraftState {
  /** drafts this version could not read, kept as they were (see splitRecords) */
  unreadable: Record<string, unknown>
  drafts: Record<string, BookingDraft>
  update(serviceId: string, patch: Partial<BookingDraft>): void
  discard(serviceId: string): void
}

const DRAFT_FIELDS = Object.keys(emptyDraft()) as (keyof BookingDraft)[]

function isDraft(x: unknown): x is BookingDraft {
  return typeof x === 'object' && x !== null && DRAFT_FIELDS.every((k) => k in x)
}

export const useBookingDrafts = create<DraftState>()(
  persist(
    (set) => ({
      drafts: {},
      unreadable: {},
      update: (serviceId, patch) =>
        set((s) => ({
          drafts: {
            ...s.drafts,
            [serviceId]: { ...(s.drafts[serviceId] ?? emptyDraft()), ...patch, updatedAt: Date.now() }
          }
        })),
      discard: (serviceId) =>
        set((s) => ({ drafts: Object.fromEntries(Object.entries(s.drafts).filter(([id]) => id !== serviceId)) }))
    }),
    recordsPersistence<DraftState, 'drafts'>('wst:booking-drafts', 'drafts', isDraft)
  )
)
