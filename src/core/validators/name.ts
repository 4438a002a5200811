// Personal names as written on an identity document: Chinese (with the middle dot of
// transliterated and ethnic-minority names, e.g. 买买提·艾力) or Latin script (Hong Kong
// and Macau cards print 'CHAN, Tai Man'; Macanese names carry Portuguese accents).
import { invalid, valid, type ValidationResult } from './codes'
import { asText, toHalfWidth } from './text'

export const NAME_MIN_LENGTH = 2
export const NAME_MAX_LENGTH = 30

/** CJK ideographs incl. extensions A-G (rare characters are common in Hong Kong names) and 〇. */
const HAN =
  /[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\ud840-\ud87f][\udc00-\udfff]|[\ud880-\ud884][\udc00-\udfff]/
const HAN_ONLY = new RegExp(`^(?:${HAN.source}|·)+$`)
/** Basic Latin and Latin-1/Extended-A letters (ç, ã, é in Portuguese names). */
const LATIN_LETTER = /[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f]/
const LATIN_ONLY = /^[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f '\-.,]+$/
/** Look-alikes of the middle dot that IMEs and fonts produce; '.' too, inside Chinese names. */
const DOT_VARIANTS = /[\u00b7\u2022\u2027\u2219\u22c5\u30fb\uff65\u318d.]/g

function codePointLength(s: string): number {
  return Array.from(s).length
}

/**
 * Validates a name. Chinese names lose inner spaces and get '·' as their only dot; Latin
 * names get single spaces and a straight apostrophe. Letter case is kept as typed.
 */
export function validateName(input: string): ValidationResult {
  const text = toHalfWidth(asText(input)).trim()
  if (text === '') return invalid('name.empty')

  const hasHan = HAN.test(text)
  const hasLatin = LATIN_LETTER.test(text)
  if (hasHan && hasLatin) return invalid('name.mixedScripts')

  let value: string
  if (hasHan) {
    value = text.replace(/\s+/g, '').replace(DOT_VARIANTS, '·')
    if (!HAN_ONLY.test(value)) return invalid('name.chars')
    if (value.startsWith('·') || value.endsWith('·') || value.includes('··')) return invalid('name.punctuation')
  } else if (hasLatin) {
    value = text.replace(/\s+/g, ' ').replace(/[\u2018\u2019\u02bc`]/g, "'")
    if (!LATIN_ONLY.test(value)) return invalid('name.chars')
    // Punctuation only between letters ("O'Neil", "CHAN, Tai Man", "Jr." at the end).
    const squeezed = value.replace(/ /g, '')
    if (!LATIN_LETTER.test(squeezed[0]) || /['\-.,]{2}/.test(squeezed) || /['\-,]$/.test(squeezed)) {
      return invalid('name.punctuation')
    }
  } else {
    return invalid('name.chars')
  }

  const length = codePointLength(value)
  if (length < NAME_MIN_LENGTH) return invalid('name.tooShort')
  if (length > NAME_MAX_LENGTH) return invalid('name.tooLong')
  return valid(value)
}

/** Whether a (normalised) name is written in Chinese characters. */
export function isChineseName(name: string): boolean {
  return HAN.test(name)
}
