// Which template a status message goes out on, per platform and record kind, and what its fields say. The
// template ids are the ones chosen in each platform's console (the same ids the app asks the resident to accept,
// TARO_APP_SUBSCRIBE_TEMPLATES_APPEAL / _APPLICATION); the field keys are the template's own (WeChat's
// character_string1, phrase2, …; Alipay's keyword1, …) and can be set with MESSAGE_FIELDS.
import appealLabels from '@/features/appeals/locales/zh-Hans.json'
import applicationLabels from '@/components/locales/application.zh-Hans.json'
import { routes } from '@/routes'
import type { RecordKind } from '../jobs/hooks'
import { clip, type MessageProvider } from './senders'

/** the template's key for each thing a status message says */
export interface TemplateFields {
  reference: string
  status: string
  time: string
  /** the matter's name (an application) or the appeal's kind */
  title: string
}

export interface TemplateConfig {
  id: string
  fields: TemplateFields
}

export type Templates = Partial<Record<MessageProvider, Partial<Record<RecordKind, TemplateConfig>>>>

export const DEFAULT_FIELDS: Record<MessageProvider, TemplateFields> = {
  // 办理进度通知: 编号 (character_string), 状态 (phrase, 5 characters), 时间 (time), 事项 (thing, 20 characters)
  wechat: { reference: 'character_string1', status: 'phrase2', time: 'time3', title: 'thing4' },
  alipay: { reference: 'keyword1', status: 'keyword2', time: 'keyword3', title: 'keyword4' }
}

/** the templates the environment names: WECHAT_TEMPLATE_APPEAL, …_APPLICATION, ALIPAY_TEMPLATE_APPEAL, … */
export function templatesFromEnv(env: Record<string, string | undefined>): Templates {
  const overrides = env.MESSAGE_FIELDS
    ? (JSON.parse(env.MESSAGE_FIELDS) as Partial<Record<MessageProvider, object>>)
    : {}
  const templates: Templates = {}
  for (const provider of ['wechat', 'alipay'] as const) {
    for (const kind of ['appeal', 'application'] as const) {
      const id = env[`${provider.toUpperCase()}_TEMPLATE_${kind.toUpperCase()}`]
      if (!id) continue
      const fields = { ...DEFAULT_FIELDS[provider], ...(overrides[provider] ?? {}) } as TemplateFields
      templates[provider] = { ...templates[provider], [kind]: { id, fields } }
    }
  }
  return templates
}

export interface StatusPayload {
  reference: string
  status: string
  /** epoch ms of the change */
  at: number
  title?: string
}

const labels = { appeal: appealLabels, application: applicationLabels } as Record<RecordKind, Record<string, string>>

/** 简体 label of a status, as the app shows it */
export const statusLabel = (kind: RecordKind, status: string) => labels[kind][`${kind}.status.${status}`] ?? status

/** 'yyyy-MM-dd HH:mm' in Beijing time, as both platforms' time fields take it */
const beijingMinute = (at: number) => new Date(at + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')

/** the template's fields and the page the message opens */
export function renderStatus(kind: RecordKind, recordId: string, payload: StatusPayload, fields: TemplateFields) {
  const title = payload.title ?? (kind === 'appeal' ? '12345诉求' : '在线申办')
  return {
    page: (kind === 'appeal' ? routes.appeal(recordId) : routes.application(recordId)).replace(/^\//, ''),
    data: {
      [fields.reference]: clip(payload.reference, 32),
      [fields.status]: clip(statusLabel(kind, payload.status), 5),
      [fields.time]: beijingMinute(payload.at),
      [fields.title]: clip(title, 20)
    }
  }
}
