// Each zone's topics lead somewhere real, and what they list is 本专区可办 in that zone.
import bundles from '@/data/gov/bundles.json'
import data from '@/data/gov/services.json'
import situations from '@/data/gov/situations.json'
import { availableInZone } from '@/core/gov-services/zone-scope'
import type { ServiceItem } from '@/core/gov-services/types'
import { moduleById } from '@/modules'
import { ZONES } from '@/zones'

const services = data as ServiceItem[]

const byId = new Map(services.map((s) => [s.id, s]))

describe.each(ZONES.map((z) => [z.id, z] as const))('%s topics', (_id, zone) => {
  it('has topics of its own, with unique ids', () => {
    expect(zone.topics.length).toBeGreaterThanOrEqual(3)
    expect(new Set(zone.topics.map((t) => t.id)).size).toBe(zone.topics.length)
  })

  it.each(zone.topics.map((t) => [t.id, t] as const))('%s leads to items the zone offers', (_t, topic) => {
    const to = topic.to
    if ('services' in to) {
      for (const id of to.services) {
        const item = byId.get(id)
        expect(item).toBeDefined()
        expect(availableInZone(item!, zone)).toBe(true)
      }
    } else if ('bundle' in to) {
      const bundle = bundles.find((b) => b.id === to.bundle)
      expect(bundle).toBeDefined()
      for (const step of bundle!.steps) expect(availableInZone(byId.get(step.serviceId)!, zone)).toBe(true)
    } else if ('module' in to) {
      // a module the zone shows, and one of its pages
      const module = moduleById(to.module)
      expect(module).toBeDefined()
      expect(!module!.zones || module!.zones.includes(zone.id)).toBe(true)
      expect(Object.keys(module!.pages)).toContain(to.page)
    } else if ('guide' in to) {
      expect(availableInZone(byId.get(to.guide)!, zone)).toBe(true)
      if (to.situation) {
        const group = situations.find((g) => g.situations.some((s) => s.serviceId === to.guide))
        expect(group?.situations.map((s) => s.id)).toContain(to.situation)
      }
    }
  })
})

test('the zones have different topics', () => {
  const [jm, sj, zj] = ZONES.map((z) => z.topics.map((t) => t.titleKey).join())
  expect(new Set([jm, sj, zj]).size).toBe(3)
})
