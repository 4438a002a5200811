// Which message templates the appeal status subscription asks for, and how each platform reports
// the user's answer. Pure, so the platform files stay thin and this stays testable.

/** both WeChat and Alipay accept at most 3 one-time templates per request */
export const MAX_TEMPLATES_PER_REQUEST = 3

export type SubscribeChannel = 'wechat' | 'alipay' | 'in-app'

/** what the resident is told about: an appeal's or an application's status changes, each on its own templates */
export type StatusKind = 'appeal' | 'application'

/** a kind's own setting when given, else the shared one (TARO_APP_SUBSCRIBE_TEMPLATES) */
export function templatesFor(own: string | undefined, shared: string | undefined): string[] {
  const ids = parseTemplateIds(own)
  return ids.length > 0 ? ids : parseTemplateIds(shared)
}

// written out in full: only a literal process.env.TARO_APP_* is inlined at build time
/** the template ids of each kind's status messages in this build (WeChat and Alipay) */
export const STATUS_TEMPLATE_IDS: Record<StatusKind, string[]> = {
  appeal: templatesFor(process.env.TARO_APP_SUBSCRIBE_TEMPLATES_APPEAL, process.env.TARO_APP_SUBSCRIBE_TEMPLATES),
  application: templatesFor(
    process.env.TARO_APP_SUBSCRIBE_TEMPLATES_APPLICATION,
    process.env.TARO_APP_SUBSCRIBE_TEMPLATES
  )
}

/** whether the build has templates for the kind's status messages (the dialog would be empty without) */
export const offersStatusMessages = (kind: StatusKind): boolean => STATUS_TEMPLATE_IDS[kind].length > 0

/** a comma-separated build setting into distinct, non-empty ids, at most three */
export function parseTemplateIds(raw: string | undefined): string[] {
  const ids = (raw ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id.length > 0)
  return Array.from(new Set(ids)).slice(0, MAX_TEMPLATES_PER_REQUEST)
}

/** WeChat answers with one key per template id: 'accept' | 'reject' | 'ban' | 'filter' */
export function acceptedWechatTemplates(requested: string[], res: Record<string, unknown>): string[] {
  return requested.filter((id) => res[id] === 'accept')
}

export interface AlipaySubscribeResult {
  behavior?: string
  result?: { subscribedEntityIds?: string[]; subscribeEntityIds?: string[] }
  [entityId: string]: unknown
}

/**
 * Alipay: result.subscribedEntityIds is the final state (including earlier subscriptions, which is
 * what matters for sending); the per-id 'accept' keys are the fallback its docs give.
 */
export function acceptedAlipayTemplates(requested: string[], res: AlipaySubscribeResult): string[] {
  const listed = res.result?.subscribedEntityIds ?? res.result?.subscribeEntityIds
  if (Array.isArray(listed)) return requested.filter((id) => listed.includes(id))
  return requested.filter((id) => res[id] === 'accept')
}
