import services from '@/data/gov/services.json'
import { availableInZone, inScope } from '@/core/gov-services/zone-scope'
import { ZONES, zoneById } from '@/zones'

describe('availableInZone', () => {
  it('offers every item in the 江门专区', () => {
    expect(services.every((s) => availableInZone(s as never, zoneById('jiangmen')))).toBe(true)
  })

  it('offers in a fusion zone only the items every member city accepts', () => {
    const zone = zoneById('zhongjiang')
    expect(availableInZone({ crossCity: ['jiangmen', 'zhongshan'] }, zone)).toBe(true)
    expect(availableInZone({ crossCity: ['jiangmen', 'shenzhen'] }, zone)).toBe(false)
    expect(availableInZone({ crossCity: ['jiangmen'] }, zone)).toBe(false)
    expect(availableInZone({ crossCity: ['jiangmen', 'shenzhen'] }, zoneById('shenjiang'))).toBe(true)
  })

  it('gives each fusion zone a catalogue of its own, smaller than the whole', () => {
    const [jm, sj, zj] = ZONES.map((z) => inScope(services as never[], z, 'zone').length)
    expect(jm).toBe(services.length)
    expect(sj).toBeLessThan(jm)
    expect(zj).toBeLessThan(jm)
    expect(sj).not.toBe(zj)
    expect(inScope(services as never[], zoneById('zhongjiang'), 'all')).toHaveLength(services.length)
  })
})
