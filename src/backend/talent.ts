// The 人才服务 half of the data boundary: the talent policies, job fairs, postings and talent housing, embedded
// or over HTTP, chosen at build time like the others. Only the talent subpackage imports this file, so its data
// ships there, never in the main package.
import { API_BASE, BACKEND_KIND } from './config'
import { embeddedTalentApi } from './embedded/talent'
import { httpTalentApi } from './http/talent'
import { taroTransport } from './http/taro-transport'
import type { TalentApi } from './types'

export type { PolicyDetail } from './types'

export const talentBackend: TalentApi =
  BACKEND_KIND === 'http' ? httpTalentApi({ base: API_BASE, transport: taroTransport }) : embeddedTalentApi()
