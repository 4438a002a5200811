// Every body is checked against a zod schema before any handler reads it. A body of the wrong shape is refused
// with the reason the contract names for that route, and nothing is stored.
import type { z } from 'zod'
import { invalid } from './errors'

export function parseBody<S extends z.ZodType>(schema: S, body: unknown, reason: string): z.infer<S> {
  const result = schema.safeParse(body)
  if (!result.success) throw invalid(reason)
  return result.data
}
