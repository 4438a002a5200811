// Simplified Chinese text of every application code lives in messages.zh-Hans.json (繁體 is generated from it).
import type { ApplicationCode } from './codes'
import messages from './messages.zh-Hans.json'

export const APPLICATION_MESSAGES: Readonly<Record<ApplicationCode, string>> = messages

/** Simplified Chinese message of an application code; the code itself for an unknown one. */
export function applicationMessage(code: string): string {
  return (APPLICATION_MESSAGES as Record<string, string>)[code] ?? code
}
