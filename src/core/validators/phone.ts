// Phone numbers of mainland China (+86), Hong Kong (+852) and Macau (+853).
// The normalised value is the national number without country code ('13812345678',
// '51234567'): it is what users recognise and what hall staff dial; use toE164 when a
// self-describing form is needed.
import { invalid, valid, type ValidationCode, type ValidationResult } from './codes'
import { PHONE_REGIONS, type PhoneRegion } from '../domain'
import { asText, toHalfWidth } from './text'

export const COUNTRY_CODES: Readonly<Record<PhoneRegion, string>> = { cn: '86', hk: '852', mo: '853' }

/** what a form lets one type: the longest number with its country code and a few separators ('+852 5123 4567') */
export const PHONE_INPUT_MAX_LENGTH = 16

const NATIONAL_LENGTH: Readonly<Record<PhoneRegion, number>> = { cn: 11, hk: 8, mo: 8 }

const PREFIX_RULE: Readonly<Record<PhoneRegion, RegExp>> = {
  // mainland mobile numbers: 13x-19x
  cn: /^1[3-9]/,
  // 4-9 mobile (and pagers/M2M), 2-3 fixed lines; 0 and 1 never start a subscriber number
  hk: /^[2-9]/,
  // 6 mobile, 28 fixed lines
  mo: /^(6|28)/
}

/** Separators people type or paste: spaces, dashes, dots and brackets around area codes. */
const SEPARATORS = /[\s\-.()\u2010-\u2015]/g

interface Parsed {
  /** region named by an explicit country code, if any */
  region: PhoneRegion | null
  digits: string
}

/** Strips separators and an explicit country code ('+852', '00852'); null if other chars remain. */
function parse(input: string): Parsed | null {
  const text = toHalfWidth(input).replace(SEPARATORS, '')
  let rest: string
  let international = false
  if (text.startsWith('+')) {
    rest = text.slice(1)
    international = true
  } else if (text.startsWith('00')) {
    rest = text.slice(2)
    international = true
  } else {
    rest = text
  }
  if (!/^\d*$/.test(rest)) return null
  if (international && rest !== '') {
    for (const region of ['hk', 'mo', 'cn'] as const) {
      const cc = COUNTRY_CODES[region]
      if (rest.startsWith(cc)) return { region, digits: rest.slice(cc.length) }
    }
    // An unknown country code: keep the digits; the region check reports it.
    return { region: null, digits: '+' + rest }
  }
  return { region: null, digits: rest }
}

function looksLikeOtherRegion(region: PhoneRegion, digits: string): boolean {
  return PHONE_REGIONS.some((other) => {
    if (other === region) return false
    const cc = COUNTRY_CODES[other]
    const national = digits.slice(cc.length)
    return (
      digits.startsWith(cc) &&
      national.length === NATIONAL_LENGTH[other] &&
      PREFIX_RULE[other].test(national) &&
      // not a valid number of the chosen region that merely starts with these digits
      !(digits.length === NATIONAL_LENGTH[region] && PREFIX_RULE[region].test(digits))
    )
  })
}

/** Validates a phone number of the given region; normalised to the bare national number. */
export function validatePhone(region: PhoneRegion, input: string): ValidationResult {
  if (!PHONE_REGIONS.includes(region)) return invalid('phone.region.unknown')
  const text = asText(input)
  if (toHalfWidth(text).replace(SEPARATORS, '') === '') return invalid('phone.empty')
  const parsed = parse(text)
  if (!parsed) return invalid('phone.chars')
  if (parsed.digits.startsWith('+')) return invalid('phone.regionMismatch')
  if (parsed.region && parsed.region !== region) return invalid('phone.regionMismatch')

  let digits = parsed.digits
  const cc = COUNTRY_CODES[region]
  const length = NATIONAL_LENGTH[region]
  // Country code written without '+' or '00' ('8613812345678', '85251234567').
  if (!parsed.region && digits.length === cc.length + length && digits.startsWith(cc)) {
    digits = digits.slice(cc.length)
  }
  // Another region's country code written without '+' ('85251234567' entered as mainland).
  if (!parsed.region && looksLikeOtherRegion(region, digits)) return invalid('phone.regionMismatch')
  if (digits.length !== length) return invalid(`phone.${region}.length` as ValidationCode)
  if (!PREFIX_RULE[region].test(digits)) return invalid(`phone.${region}.prefix` as ValidationCode)
  return valid(digits)
}

/**
 * The region of a number with an explicit country code (+86 / 0086 / +852 / 00852 / +853 /
 * 00853), also written without '+' when the length leaves no doubt ('85251234567'), or of an
 * 11-digit number starting with 1, which can only be a mainland mobile.
 * Null when it cannot tell: an 8-digit number is valid in both Hong Kong and Macau.
 */
export function detectPhoneRegion(input: string): PhoneRegion | null {
  const parsed = parse(asText(input))
  if (!parsed) return null
  if (parsed.region) return parsed.region
  const d = parsed.digits
  if (/^1\d{10}$/.test(d) || /^861\d{10}$/.test(d)) return 'cn'
  // 11 digits can't be a Hong Kong/Macau national number, so a leading 852/853 is a country code.
  if (/^852\d{8}$/.test(d)) return 'hk'
  if (/^853\d{8}$/.test(d)) return 'mo'
  return null
}

/** Mobile or fixed line, for a number already normalised by validatePhone. */
export function phoneLineType(region: PhoneRegion, normalised: string): 'mobile' | 'fixed' {
  if (region === 'cn') return 'mobile'
  if (region === 'hk') return /^[23]/.test(normalised) ? 'fixed' : 'mobile'
  return normalised.startsWith('6') ? 'mobile' : 'fixed'
}

/** '+8613812345678' from a normalised national number. */
export function toE164(region: PhoneRegion, normalised: string): string {
  return `+${COUNTRY_CODES[region]}${normalised}`
}
