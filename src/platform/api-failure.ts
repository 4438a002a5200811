// Mini-program APIs reject with a plain object, not an Error: WeChat with errMsg ('chooseLocation:fail
// cancel'), Alipay with a numeric error and errorMessage. This sorts those rejections into what the
// user did, so each platform file can turn them into null (cancel) or a stable error code.

export type FailureKind = 'cancel' | 'denied' | 'failed'

// Alipay: 2001–2003 are the "user refused authorization" family
const DENIED_CODES = new Set([2001, 2002, 2003])
// WeChat: 'auth deny' / 'auth denied', 'privacy permission is not authorized' (privacy agreement
// refused), 'system permission denied' (the OS refused WeChat itself); Alipay texts are Chinese
const DENIED_TEXT = /auth den|permission denied|not authorized|system permission|权限|拒绝|未授权/i
// WeChat: 'fail cancel', 'authorize no response' (the dialog was dismissed); Alipay: error 11 "用户取消操作"
const CANCEL_TEXT = /cancel|no response|取消/i
const CANCEL_CODE = 11

export function failureText(err: unknown): string {
  if (typeof err === 'string') return err
  if (err instanceof Error) return err.message
  if (typeof err !== 'object' || err === null) return ''
  const { errMsg, errorMessage } = err as { errMsg?: unknown; errorMessage?: unknown }
  return [errMsg, errorMessage].filter((part): part is string => typeof part === 'string').join(' ')
}

function failureCode(err: unknown): number | undefined {
  if (typeof err !== 'object' || err === null) return undefined
  const { error, errorCode } = err as { error?: unknown; errorCode?: unknown }
  const code =
    typeof error === 'number' ? error : typeof errorCode === 'number' ? errorCode : Number(error ?? errorCode)
  return Number.isFinite(code) ? code : undefined
}

/** a refusal is checked first: Alipay reuses error 11 for "location permission is off" with a text saying so */
export function classifyFailure(err: unknown): FailureKind {
  const text = failureText(err)
  const code = failureCode(err)
  if ((code !== undefined && DENIED_CODES.has(code)) || DENIED_TEXT.test(text)) return 'denied'
  if (code === CANCEL_CODE || CANCEL_TEXT.test(text)) return 'cancel'
  return 'failed'
}
