// What every module's embedded reference data needs: a bundled list in the user's script, and one record by id.
import hantTable from '@/generated/hant-table.json'
import type { Locale } from '@/core/domain'
import { convertJson, createHantConverter, type HantTable } from '@/core/i18n/hant'
import { BackendError } from '../errors'

/** a bundled list in the user's script: 繁體 converted once, on first use */
export function localized<T>(hans: T[]): (locale: Locale) => T[] {
  let hant: T[] | undefined
  return (locale) =>
    locale === 'zh-Hant' ? (hant ??= convertJson(hans, createHantConverter(hantTable as HantTable))) : hans
}

/** one record of a list by id, or not_found with the module's message */
export function byId<T extends { id: string }>(list: T[], id: string, code: string): T {
  const found = list.find((x) => x.id === id)
  if (!found) throw new BackendError('not_found', code)
  return found
}
