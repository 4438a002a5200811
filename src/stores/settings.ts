import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { Locale } from '@/core/domain'
import { isLocale } from '@/core/i18n'
import { deviceStateStorage } from './persist-storage'

interface SettingsState {
  elderMode: boolean
  locale: Locale
  /** version of the privacy notice the user agreed to; 0 = not yet */
  privacyConsent: number
  /** the system font scale, read at launch (not persisted) */
  fontScale: number
  setElderMode(on: boolean): void
  setLocale(locale: Locale): void
  consent(version: number): void
  withdrawConsent(): void
  setFontScale(scale: number): void
}

export const PRIVACY_VERSION = 1

export const useSettings = create<SettingsState>()(
  persist(
    (set) => ({
      elderMode: false,
      locale: 'zh-Hans',
      privacyConsent: 0,
      fontScale: 1,
      setElderMode: (elderMode) => set({ elderMode }),
      setLocale: (locale) => set({ locale }),
      consent: (privacyConsent) => set({ privacyConsent }),
      withdrawConsent: () => set({ privacyConsent: 0 }),
      setFontScale: (fontScale) => set({ fontScale })
    }),
    {
      name: 'wst:settings',
      version: 1,
      storage: deviceStateStorage(1),
      partialize: ({ elderMode, locale, privacyConsent }) => ({ elderMode, locale, privacyConsent }),
      // anything unreadable falls back to the defaults field by field
      migrate: (persisted) => sanitizeSettings(persisted),
      merge: (persisted, current) => ({ ...current, ...sanitizeSettings(persisted) })
    }
  )
)

function sanitizeSettings(raw: unknown): Partial<Pick<SettingsState, 'elderMode' | 'locale' | 'privacyConsent'>> {
  if (typeof raw !== 'object' || raw === null) return {}
  const r = raw as Record<string, unknown>
  const out: Partial<Pick<SettingsState, 'elderMode' | 'locale' | 'privacyConsent'>> = {}
  if (typeof r.elderMode === 'boolean') out.elderMode = r.elderMode
  if (isLocale(r.locale)) out.locale = r.locale
  if (typeof r.privacyConsent === 'number' && Number.isInteger(r.privacyConsent)) out.privacyConsent = r.privacyConsent
  return out
}
