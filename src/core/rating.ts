// 好差评: one rating record for every kind of record the user can rate (an appeal, an application). The five
// national levels (RATING_LEVELS in domain.ts); a 差评 (1 or 2) needs a reason and is followed up: the office
// calls the user back within 1 working day and rectifies (整改) within 15 working days, both shown to the user.
import { addWorkingDaysAt } from './calendar'
import type { RatingLevel } from './domain'

/** levels 1 非常不满意 and 2 不满意 are 差评 */
export const BAD_RATING_MAX = 2
/** a 差评's reason, in characters */
export const RATING_REASON_MIN_LENGTH = 5
export const RATING_REASON_MAX_LENGTH = 500
/** 回访 after a 差评, working days */
export const CALLBACK_WORKING_DAYS = 1
/** 整改 after a 差评, working days */
export const RECTIFY_WORKING_DAYS = 15

export interface RatingFollowUp {
  /** end of the working day by which the office calls back, epoch ms */
  callbackDueAt: number
  calledBackAt?: number
  callbackNote?: string
  /** end of the working day by which the office has rectified, epoch ms */
  rectifyDueAt: number
  rectifiedAt?: number
  rectifyNote?: string
}

export interface RatingRecord {
  /** epoch ms */
  at: number
  level: RatingLevel
  /** required for 差评 */
  reason?: string
  /** 1 the first rating, 2 the one after a 重办 */
  round: number
  /** the office's follow-up of a 差评, where the record's workflow has one */
  followUp?: RatingFollowUp
}

export type RatingProblem = 'levelInvalid' | 'reasonRequired' | 'reasonTooLong'

export function isBadRating(level: RatingLevel): boolean {
  return level <= BAD_RATING_MAX
}

const length = (s: unknown): number => (typeof s === 'string' ? Array.from(s.trim()).length : 0)

/** what is wrong with a rating, or null: a level of 1..5, and a 差评 says why */
export function ratingProblem(level: unknown, reason?: unknown): RatingProblem | null {
  if (typeof level !== 'number' || !Number.isInteger(level) || level < 1 || level > 5) return 'levelInvalid'
  if (length(reason) > RATING_REASON_MAX_LENGTH) return 'reasonTooLong'
  return isBadRating(level as RatingLevel) && length(reason) < RATING_REASON_MIN_LENGTH ? 'reasonRequired' : null
}

/** the follow-up a 差评 given at `at` starts; none for a good rating */
export function followUpFor(level: RatingLevel, at: number): RatingFollowUp | undefined {
  if (!isBadRating(level)) return undefined
  return {
    callbackDueAt: addWorkingDaysAt(at, CALLBACK_WORKING_DAYS),
    rectifyDueAt: addWorkingDaysAt(at, RECTIFY_WORKING_DAYS)
  }
}
