// A page reads its query typed: a value outside what it accepts (an old or hand-edited link) reads as undefined.
import { oneOf, useRouteParam } from '@/platform/route-params'

jest.mock('@tarojs/taro', () => ({
  useRouter: () => ({ params: { type: 'complaint', other: 'nonsense', q: '%E5%99%AA%E9%9F%B3', raw: '100%' } })
}))

const TYPES = ['complaint', 'help'] as const

test('a value the page accepts comes back with its type, anything else as undefined', () => {
  const type: 'complaint' | 'help' | undefined = useRouteParam('type', oneOf(TYPES))
  expect(type).toBe('complaint')
  expect(useRouteParam('other', oneOf(TYPES))).toBeUndefined()
  expect(useRouteParam('missing', oneOf(TYPES))).toBeUndefined()
})

test('values are decoded, and one that is not percent-encoded is read as it is', () => {
  expect(useRouteParam('q')).toBe('噪音')
  expect(useRouteParam('raw')).toBe('100%')
})
