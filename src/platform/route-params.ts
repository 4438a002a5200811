import { useRouter } from '@tarojs/taro'

/**
 * One query parameter of the page, decoded: neither the H5 router nor the mini-program hosts decode it.
 * Read by name on every render: the H5 router's params object does not enumerate its keys reliably.
 */
export function useRouteParam(name: string): string | undefined {
  const value = useRouter().params[name]
  if (typeof value !== 'string') return undefined
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
