// One i18n layer for every user-facing string. 简体 catalogues are written by hand; the 繁體 ones are
// generated from them at build time (scripts/build-data.ts), so they are always complete.

import { LOCALES, type Locale } from '@/core/domain'

export type Messages = Record<string, string>
export type LocalizedMessages = Record<Locale, Messages>
export type Params = Record<string, string | number>
export type Translate = (key: string, params?: Params) => string

export function isLocale(x: unknown): x is Locale {
  return (LOCALES as readonly unknown[]).includes(x)
}

/** '{count} 项' with { count: 3 } → '3 项'; a missing key shows itself so it is caught in tests */
export function createTranslate(messages: Messages): Translate {
  return (key, params) => {
    const template = messages[key]
    if (template === undefined) return key
    if (!params) return template
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
  }
}

/** the locale a device suggests: 繁體 for Hong Kong, Macau and Taiwan system languages */
export function localeFromSystemLanguage(language: string | undefined): Locale {
  const lang = (language ?? '').toLowerCase().replace('_', '-')
  return /^zh-(hk|mo|tw|hant)/.test(lang) ? 'zh-Hant' : 'zh-Hans'
}

/** pick the field for the locale from a record that carries both, e.g. { title, titleHant } */
export function localized(locale: Locale, hans: string, hant: string | undefined): string {
  return locale === 'zh-Hant' && hant ? hant : hans
}
