// Every body is checked against a zod schema before any handler reads it. A body of the wrong shape, or with a field
// the contract does not have, is refused with the reason the contract names for that route, and nothing is stored.
import type { z } from 'zod'
import { invalid } from './errors'

export function parseBody<S extends z.ZodType>(schema: S, body: unknown, reason: string): z.infer<S> {
  const result = schema.safeParse(body)
  if (!result.success) throw invalid(reason)
  return result.data
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x)

/**
 * A workflow command (an office's step) with only the fields its event takes: `fields[event]`. The values are the
 * workflow's to judge (a note too short, an unknown unit); an event the table does not have is the workflow's to
 * refuse with its own reason, so only a known event's unknown fields are refused here.
 */
export function parseCommand(body: unknown, fields: Readonly<Record<string, readonly string[]>>, reason: string) {
  if (!isRecord(body)) throw invalid(reason)
  const allowed =
    typeof body.event === 'string' && Object.prototype.hasOwnProperty.call(fields, body.event)
      ? fields[body.event]
      : undefined
  if (allowed && Object.keys(body).some((k) => !allowed.includes(k))) throw invalid(reason)
  return body
}
