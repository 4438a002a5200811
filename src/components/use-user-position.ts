// The user's position for a nearest-first order, asked for only when they choose that order: while it is being
// found, once found, or why there is none (refused, or unavailable). A user who cancels the prompt is back where
// they were, with no message.
import { useState } from 'react'
import type { Coordinates } from '@/core/tourism/types'
import { currentPosition } from '@/platform/position'

export type LocateState = 'idle' | 'locating' | 'located' | 'denied' | 'failed'

export function useUserPosition() {
  const [position, setPosition] = useState<Coordinates>()
  const [state, setState] = useState<LocateState>('idle')
  /** asks for the position; true once it is known */
  const locate = async (): Promise<boolean> => {
    setState('locating')
    const found = await currentPosition()
    if (found.ok) {
      setPosition(found.position)
      setState('located')
      return true
    }
    setState(found.code === 'cancel' ? 'idle' : found.code === 'location.denied' ? 'denied' : 'failed')
    return false
  }
  return { position, state, locate }
}
