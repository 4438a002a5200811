// A command that arrives from outside (an office request body, a rating) is checked for its shape before
// the workflow reads it: a `note` that is a number or a `null` body is a refusal with a reason, never a crash.
import type { AppealCode } from './codes'

const TEXT_FIELDS = ['note', 'reason', 'text', 'unitId', 'actingUnitId'] as const

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x)

const isPhoto = (x: unknown) => isRecord(x) && typeof x.path === 'string' && typeof x.size === 'number'

/** null when the command has the shape of one; otherwise the reason to refuse it */
export function commandShapeError(command: unknown): AppealCode | null {
  if (!isRecord(command) || typeof command.event !== 'string') return 'appeal.event.unknown'
  if (typeof command.actor !== 'string') return 'appeal.actor.notAllowed'
  for (const field of TEXT_FIELDS) {
    const value = command[field]
    if (value !== undefined && value !== null && typeof value !== 'string') return 'appeal.command.invalid'
  }
  if (command.event === 'rate' && !Number.isInteger(command.level)) return 'appeal.rate.levelInvalid'
  const { attachments } = command
  if (attachments !== undefined && !(Array.isArray(attachments) && attachments.every(isPhoto))) {
    return 'appeal.command.invalid'
  }
  return null
}
