import { invalid, type ValidationResult } from './codes'
import { validateHkMoPermit } from './hkmo-permit'
import { validateHongKongId } from './hong-kong-id'
import { validateMacauId } from './macau-id'
import type { IdType } from '../domain'
import { validateMainlandId, type MainlandIdOptions } from './mainland-id'

/** what a form lets one type: an 18-character ID and room for the spaces it is often pasted with */
export const ID_NUMBER_INPUT_MAX_LENGTH = 24

/** Validates an identity document number of the given type. Never throws. */
export function validateIdDocument(type: IdType, input: string, options: MainlandIdOptions = {}): ValidationResult {
  switch (type) {
    case 'mainland':
      return validateMainlandId(input, options)
    case 'hk':
      return validateHongKongId(input)
    case 'mo':
      return validateMacauId(input)
    case 'hkmo_permit':
      return validateHkMoPermit(input)
    default:
      // Reached only from untyped callers (stored data, query strings).
      return invalid('id.type.unknown')
  }
}
