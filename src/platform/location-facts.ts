import { classifyFailure } from './api-failure'

export interface PickedLocation {
  /** the place's name as the map shows it, e.g. a building; may be empty */
  name: string
  address: string
  /** GCJ-02, as both mini-program maps return it */
  latitude: number
  longitude: number
}

/** stable codes in Error.message, so the form can explain what to do; cancelling is not an error */
export type LocationErrorCode = 'location.denied' | 'location.failed'

/** what a rejected picker means for the caller: null when the user backed out, else the error to throw */
export function locationFailure(err: unknown): Error | null {
  const kind = classifyFailure(err)
  if (kind === 'cancel') return null
  const code: LocationErrorCode = kind === 'denied' ? 'location.denied' : 'location.failed'
  return new Error(code)
}

export function toPickedLocation(res: {
  name?: unknown
  address?: unknown
  latitude?: unknown
  longitude?: unknown
}): PickedLocation | null {
  const latitude = Number(res.latitude)
  const longitude = Number(res.longitude)
  // WeChat answers success with empty fields when the user confirms without choosing a point
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return null
  const name = typeof res.name === 'string' ? res.name : ''
  const address = typeof res.address === 'string' ? res.address : ''
  if (!name && !address) return null
  return { name, address, latitude, longitude }
}
