// 港澳居民来往内地通行证 (回乡证): 'H' (Hong Kong) or 'M' (Macau) + 8 digits. Cards issued
// since 2013 print 11 characters: the same 9 plus a 2-digit issue count, and some systems
// ask for all of them, so both lengths are accepted.
import { invalid, valid, type ValidationResult } from './codes'
import { asText, compact } from './text'

/** Normalised to upper case without spaces: 'H12345678' or 'H1234567801'. */
export function validateHkMoPermit(input: string): ValidationResult {
  const id = compact(asText(input)).toUpperCase()
  if (id === '') return invalid('id.hkmoPermit.empty')
  if (!/^[A-Z0-9]+$/.test(id) || /[A-Z]/.test(id.slice(1))) return invalid('id.hkmoPermit.chars')
  if (id[0] !== 'H' && id[0] !== 'M') return invalid('id.hkmoPermit.prefix')
  if (id.length !== 9 && id.length !== 11) return invalid('id.hkmoPermit.length')
  return valid(id)
}

/** The region a permit number belongs to, from its letter. */
export function hkMoPermitRegion(normalised: string): 'hk' | 'mo' | null {
  if (normalised.startsWith('H')) return 'hk'
  if (normalised.startsWith('M')) return 'mo'
  return null
}
