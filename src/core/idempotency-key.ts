// One idempotency key per submission (a booking, a filing, a rating): the backend answers every repeat of a
// key with its first answer, so a resend after a lost answer or a crash can never act twice.

const RANDOM_DIGITS = 8
const RANDOM_RANGE = 36 ** RANDOM_DIGITS

/**
 * A new key: the time in base 36, a dash and eight random base-36 digits ('mi4x2k9c-0f3k9zq1').
 * Time first, so keys of one device sort by when they were made; the random part keeps two keys made in
 * the same millisecond (two tabs, two devices) apart. The clock and the random source can be given for tests.
 */
export function newIdempotencyKey(now: number = Date.now(), random: () => number = Math.random): string {
  const time = Math.max(0, Math.floor(now)).toString(36)
  const noise = Math.min(RANDOM_RANGE - 1, Math.floor(random() * RANDOM_RANGE))
  return `${time}-${noise.toString(36).padStart(RANDOM_DIGITS, '0')}`
}
