// The bundled application forms (在线申办) of the modules that take applications, packed at build time from
// src/data/gov/application-forms.json. Only 简体 ships; 繁體 is derived on first use with the build-time table,
// like the 政务服务 catalogue.
import packed from '@/generated/application-forms.json'
import hantTable from '@/generated/hant-table.json'
import { convertJson, createHantConverter, type HantTable } from '@/core/i18n/hant'
import { unpack, type PackedJson } from '@/core/packed-json'
import type { ApplicationForm } from '@/core/applications'
import type { Locale } from '@/core/domain'
import type { ApplicationsDataset } from './applications'

const hans: ApplicationsDataset = {
  forms: unpack<{ 'application-forms': ApplicationForm[] }>(packed as PackedJson)['application-forms']
}
let hant: ApplicationsDataset | undefined

export const applicationsDatasets: Record<Locale, ApplicationsDataset> = {
  'zh-Hans': hans,
  get 'zh-Hant'() {
    return (hant ??= convertJson(hans, createHantConverter(hantTable as HantTable)))
  }
}
