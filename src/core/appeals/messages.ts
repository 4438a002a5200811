// Simplified Chinese text of every appeal code lives in messages.zh-Hans.json (繁體 is generated
// from it at build time). The Record type makes the compiler reject a code without a message.
import type { AppealCode } from './codes'
import messages from './messages.zh-Hans.json'

export const APPEAL_MESSAGES: Readonly<Record<AppealCode, string>> = messages

/** Simplified Chinese message of an appeal code; the code itself for an unknown one. */
export function appealMessage(code: string): string {
  return (APPEAL_MESSAGES as Record<string, string>)[code] ?? code
}
