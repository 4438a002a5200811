import { useMemo } from 'react'
import shellHans from '@/locales/shell.zh-Hans.json'
import shellHant from '@/locales/shell.zh-Hant.json'
import { createTranslate, type LocalizedMessages, type Translate } from '@/core/i18n'
import { useSettings } from '@/stores/settings'

export const shellMessages: LocalizedMessages = { 'zh-Hans': shellHans, 'zh-Hant': shellHant }

/** the translate function for the current locale: shell strings, plus a module's own catalogue */
export function useTranslate(module?: LocalizedMessages): Translate {
  const locale = useSettings((s) => s.locale)
  return useMemo(
    () => createTranslate(module ? { ...shellMessages[locale], ...module[locale] } : shellMessages[locale]),
    [locale, module]
  )
}
