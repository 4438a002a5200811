// Simplified Chinese text of every validation code lives in messages.zh-Hans.json (繁體 is generated from it
// at build time). The Record type makes the compiler reject a code without a message.
import type { ValidationCode } from './codes'
import messages from './messages.zh-Hans.json'

export const VALIDATION_MESSAGES: Readonly<Record<ValidationCode, string>> = messages

/** Simplified Chinese message of a validation code; the code itself for an unknown one. */
export function validationMessage(code: string): string {
  return (VALIDATION_MESSAGES as Record<string, string>)[code] ?? code
}
