import fc from 'fast-check'
import halls from '@/data/gov/halls.json'
import type { Hall } from '@/core/gov-services/types'
import { distanceKm, orderHalls } from '@/core/gov-services/hall-order'
import { zoneById } from '@/zones'

const HALLS = halls as Hall[]
const byName = (name: string) => HALLS.find((h) => h.name === name)!

describe('distanceKm', () => {
  it('measures known distances', () => {
    // 江门市行政服务中心 to 中山市政务服务中心: about 30 km as the crow flies
    const km = distanceKm(byName('江门市行政服务中心'), byName('中山市政务服务中心'))
    expect(km).toBeGreaterThan(20)
    expect(km).toBeLessThan(40)
    // one degree of latitude is about 111 km
    expect(distanceKm({ latitude: 22, longitude: 113 }, { latitude: 23, longitude: 113 })).toBeCloseTo(111.2, 0)
  })

  it('is symmetric and zero from a point to itself', () => {
    const point = fc.record({
      latitude: fc.double({ min: -80, max: 80, noNaN: true }),
      longitude: fc.double({ min: -179, max: 179, noNaN: true })
    })
    fc.assert(
      fc.property(point, point, (a, b) => {
        expect(distanceKm(a, a)).toBeCloseTo(0, 9)
        expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 9)
      })
    )
  })
})

describe('orderHalls', () => {
  it('lists the Zhongshan hall first in the 中江 zone, the Shenzhen one first in the 深江 zone', () => {
    expect(orderHalls(HALLS, zoneById('zhongjiang'))[0].hall.name).toBe('中山市政务服务中心')
    expect(orderHalls(HALLS, zoneById('shenjiang'))[0].hall.name).toBe('深圳市民中心行政服务大厅')
    const jiangmen = orderHalls(HALLS, zoneById('jiangmen')).map((r) => r.hall)
    expect(jiangmen[0].name).toBe('江门市行政服务中心')
    // halls outside the zone's cities come last, in the order of the data
    expect(jiangmen.slice(-2).map((h) => h.city)).toEqual(['shenzhen', 'zhongshan'])
  })

  it('puts the nearest hall first when the position is known', () => {
    const inTaishan = { latitude: 22.25, longitude: 112.79 }
    const rows = orderHalls(HALLS, zoneById('zhongjiang'), inTaishan)
    expect(rows[0].hall.name).toBe('台山市政务服务中心')
    expect(rows[0].distanceKm).toBeLessThan(5)
    const km = rows.map((r) => r.distanceKm!)
    expect([...km].sort((a, b) => a - b)).toEqual(km)
  })

  it('never drops or repeats a hall', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(HALLS), fc.constantFrom('jiangmen', 'shenjiang', 'zhongjiang'), (some, zone) => {
        const ids = orderHalls(some, zoneById(zone as never)).map((r) => r.hall.id)
        expect([...ids].sort()).toEqual(some.map((h) => h.id).sort())
      })
    )
  })
})
