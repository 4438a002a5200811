// The bundled application forms (在线申办) of the modules that take applications. Only 简体 ships; 繁體 is
// derived on first use with the build-time table, like the 政务服务 catalogue.
import govForms from '@/data/gov/application-forms.json'
import hantTable from '@/generated/hant-table.json'
import { convertJson, createHantConverter, type HantTable } from '@/core/i18n/hant'
import type { ApplicationForm } from '@/core/applications'
import type { Locale } from '@/core/domain'
import type { ApplicationsDataset } from './applications'

const hans: ApplicationsDataset = { forms: govForms as ApplicationForm[] }
let hant: ApplicationsDataset | undefined

export const applicationsDatasets: Record<Locale, ApplicationsDataset> = {
  'zh-Hans': hans,
  get 'zh-Hant'() {
    return (hant ??= convertJson(hans, createHantConverter(hantTable as HantTable)))
  }
}
