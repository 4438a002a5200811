import { createJSONStorage } from 'zustand/middleware'
import { deviceStorage } from '@/platform/storage'

// zustand persistence through Taro storage. A value that is not a string (written by something else)
// reads as absent, so the store starts from its defaults instead of crashing.
export const taroStateStorage = createJSONStorage(() => ({
  getItem: (name: string) => {
    const value = deviceStorage.get(name)
    return typeof value === 'string' ? value : null
  },
  setItem: (name: string, value: string) => deviceStorage.set(name, value),
  removeItem: (name: string) => deviceStorage.remove(name)
}))
