import { useRouter } from '@tarojs/taro'

/**
 * One query parameter of the page, decoded: neither the H5 router nor the mini-program hosts decode it.
 * Read by name on every render: the H5 router's params object does not enumerate its keys reliably.
 * With `accept`, the value is typed: anything else a link carries (an old or hand-edited URL) reads as undefined,
 * so pages never cast what a URL says: useRouteParam('type', oneOf(APPEAL_TYPES)).
 */
export function useRouteParam(name: string): string | undefined
export function useRouteParam<T extends string>(name: string, accept: (value: string) => value is T): T | undefined
export function useRouteParam(name: string, accept?: (value: string) => boolean): string | undefined {
  const value = useRouter().params[name]
  if (typeof value !== 'string') return undefined
  let decoded = value
  try {
    decoded = decodeURIComponent(value)
  } catch {
    // not percent-encoded: the value as it is
  }
  return !accept || accept(decoded) ? decoded : undefined
}

/** a guard for one of the listed values, e.g. oneOf(['personal', 'legal'] as const) */
export function oneOf<T extends string>(values: readonly T[]): (value: string) => value is T {
  return (value): value is T => (values as readonly string[]).includes(value)
}
