// A smaller shape for the bundled datasets, made at build time and read back once at start. Mini-program packages
// are measured uncompressed, and a catalogue's JSON repeats itself: the same keys on every record, the same
// conditions, materials and steps on many items. Packed, every string is kept once in a pool and referred to by its
// index, and a list of records is a table: its keys once, then one row of values per record.
//
// The packed value is JSON and unambiguous: a number is the index of a string in the pool, a string is a number
// written out ("12.5"), and an object { "\u0000": [keys…], r: [rows…] } is a table, where -1 in a row marks a key
// the record does not have. Booleans and null stay as they are. unpack(pack(x)) equals x for any JSON value
// whose objects have no key "\u0000".

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Packed = null | boolean | number | string | Packed[] | { [key: string]: Packed }

export interface PackedJson {
  pool: string[]
  root: Packed
}

const TABLE = '\u0000'
const ABSENT = -1

const isRecord = (x: unknown): x is Record<string, Json> => typeof x === 'object' && x !== null && !Array.isArray(x)

export function pack(value: unknown): PackedJson {
  // the most used strings get the shortest indices
  const counts = new Map<string, number>()
  const count = (x: unknown): void => {
    if (typeof x === 'string') counts.set(x, (counts.get(x) ?? 0) + 1)
    else if (Array.isArray(x)) x.forEach(count)
    else if (isRecord(x))
      for (const [k, v] of Object.entries(x)) {
        if (k === TABLE) throw new Error('pack: a key "\\u0000" cannot be packed')
        count(k)
        count(v)
      }
  }
  count(value)
  const pool = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([s]) => s)
  const index = new Map(pool.map((s, i) => [s, i]))

  const enc = (x: unknown): Packed => {
    if (x === null || typeof x === 'boolean') return x
    if (typeof x === 'number') {
      if (!Number.isFinite(x)) throw new Error(`pack: ${x} is not JSON`)
      return String(x)
    }
    if (typeof x === 'string') return index.get(x)!
    if (Array.isArray(x)) {
      // two or more records make a table (their keys, in order of first appearance)
      if (x.length >= 2 && x.every(isRecord)) {
        const keys = [...new Set(x.flatMap((r) => Object.keys(r)))]
        return {
          [TABLE]: keys.map((k) => index.get(k)!),
          // own keys only: `valueOf in r` is true for every object
          r: x.map((r) => keys.map((k) => (Object.prototype.hasOwnProperty.call(r, k) ? enc(r[k]) : ABSENT)))
        }
      }
      return x.map(enc)
    }
    if (isRecord(x)) return Object.fromEntries(Object.entries(x).map(([k, v]) => [String(index.get(k)), enc(v)]))
    throw new Error(`pack: ${typeof x} is not JSON`)
  }
  return { pool, root: enc(value) }
}

export function unpack<T = unknown>({ pool, root }: PackedJson): T {
  const dec = (x: Packed): Json => {
    if (x === null || typeof x === 'boolean') return x
    if (typeof x === 'number') return pool[x]
    if (typeof x === 'string') return Number(x)
    if (Array.isArray(x)) return x.map(dec)
    if (TABLE in x) {
      const keys = (x[TABLE] as number[]).map((i) => pool[i])
      // fromEntries makes own keys, __proto__ too (an assignment would set the prototype instead)
      return (x.r as Packed[][]).map((row) =>
        Object.fromEntries(row.flatMap((v, i) => (v === ABSENT ? [] : [[keys[i], dec(v)]])))
      )
    }
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [pool[Number(k)], dec(v)]))
  }
  return dec(root) as T
}
