import fc from 'fast-check'
import { pack, unpack } from '@/core/packed-json'
import { govDatasets } from '@/backend/embedded/gov-data'
import services from '@/data/gov/services.json'

const hasMarkerKey = (v: unknown): boolean =>
  Array.isArray(v)
    ? v.some(hasMarkerKey)
    : typeof v === 'object' && v !== null && Object.entries(v).some(([k, x]) => k === '\u0000' || hasMarkerKey(x))

// JSON values as JSON.parse gives them (no -0), objects without the key the format reserves
const json = fc
  .jsonValue()
  .map((v) => JSON.parse(JSON.stringify(v)) as unknown)
  .filter((v) => !hasMarkerKey(v))

test('unpack(pack(x)) is x for any JSON value', () => {
  fc.assert(fc.property(json, (value) => expect(unpack(pack(value))).toEqual(value)))
})

test('lists of records with missing keys, repeated strings and numbers that look like indices survive', () => {
  const value = [
    { a: 1, b: 'x', c: null },
    { b: 'x', d: [0, -1, '-1', '0'] },
    { a: false, e: { '0': 'x', '1': 1 } }
  ]
  expect(unpack(pack(value))).toEqual(value)
  expect(JSON.stringify(pack(value)).length).toBeLessThan(JSON.stringify(value).length * 2)
})

test("keys every object has (valueOf, toString, __proto__) are a record's own keys or absent, never inherited ones", () => {
  const value = JSON.parse('[{"valueOf":"v"},{"toString":1},{"__proto__":{"a":1}},{"other":true}]') as unknown
  expect(unpack(pack(value))).toEqual(value)
})

test('a key the format reserves is refused, not lost', () => {
  expect(() => pack({ '\u0000': 1 })).toThrow(/cannot be packed/)
})

test('the shipped catalogue is the sources, and packed it is at most 60% of their size', () => {
  expect(govDatasets['zh-Hans'].services).toEqual(services)
  const sources = JSON.stringify(govDatasets['zh-Hans']).length
  expect(JSON.stringify(pack(govDatasets['zh-Hans'])).length).toBeLessThan(sources * 0.6)
})
