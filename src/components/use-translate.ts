import { useMemo } from 'react'
import moduleShell from '@/generated/module-shell.json'
import shellHans from '@/locales/shell.zh-Hans.json'
import shellHant from '@/locales/shell.zh-Hant.json'
import { createTranslate, type LocalizedMessages, type Translate } from '@/core/i18n'
import { useSettings } from '@/stores/settings'

/** the shell's strings and what each module's shell catalogue adds (its entry labels; collected at build time) */
export const shellMessages: LocalizedMessages = {
  'zh-Hans': { ...moduleShell['zh-Hans'], ...shellHans },
  'zh-Hant': { ...moduleShell['zh-Hant'], ...shellHant }
}

/** the translate function for the current locale: shell strings, plus a module's own catalogue */
export function useTranslate(module?: LocalizedMessages): Translate {
  const locale = useSettings((s) => s.locale)
  return useMemo(
    () => createTranslate(module ? { ...shellMessages[locale], ...module[locale] } : shellMessages[locale]),
    [locale, module]
  )
}
