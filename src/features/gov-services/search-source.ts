// What 政务服务 contributes to the unified search. Read at build time only (scripts/build-data.ts).
import { CITY_IDS } from '@/core/domain'
import type { SearchDoc } from '@/core/search'
import bundles from '@/data/gov/bundles.json'
import departments from '@/data/gov/departments.json'
import halls from '@/data/gov/halls.json'
import services from '@/data/gov/services.json'
import situationGroups from '@/data/gov/situations.json'
import { routes } from '@/routes'

export function searchDocs(): SearchDoc[] {
  const departmentName = new Map(departments.map((d) => [d.id, d.name]))
  // a hit on one 情形 of a matter opens that situation, without asking which
  const situationOf = new Map(situationGroups.flatMap((g) => g.situations.map((x) => [x.serviceId, x.id])))
  const crossCityOf = new Map(services.map((s) => [s.id, s.crossCity]))
  return [
    ...services.map((s) => ({
      id: s.id,
      kind: 'service',
      title: s.name,
      subtitle: departmentName.get(s.departmentId),
      keywords: s.aliases,
      // featured services rank first within a tier, the most used highest
      boost: s.featured && s.rank ? 10 - Math.floor((s.rank - 1) / 8) : 0,
      route: routes.guide(s.id, situationOf.get(s.id)),
      // 本专区可办: the zone filter of the search page reads the item's 跨城通办 marks
      crossCity: CITY_IDS.filter((city) => s.crossCity.includes(city))
    })),
    ...bundles.map((b) => ({
      id: b.id,
      kind: 'bundle',
      title: b.name,
      subtitle: b.summary,
      keywords: ['一件事'],
      boost: 5,
      route: routes.bundle(b.id),
      // a 一件事 is offered where every one of its items is: the cities all of them accept
      crossCity: CITY_IDS.filter((city) => b.steps.every((step) => crossCityOf.get(step.serviceId)?.includes(city)))
    })),
    ...halls.map((h) => ({
      id: h.id,
      kind: 'hall',
      title: h.name,
      subtitle: h.address,
      keywords: ['办事大厅', '政务服务中心'],
      route: routes.hall(h.id)
    })),
    {
      id: 'progress',
      kind: 'tool',
      title: '办件查询',
      subtitle: '按受理编号查询办理进度',
      keywords: ['进度查询', '办件进度'],
      boost: 6,
      route: routes.progress()
    },
    {
      id: 'bookings',
      kind: 'tool',
      title: '我的预约',
      subtitle: '查看和取消大厅预约',
      keywords: ['预约', '取号'],
      boost: 4,
      route: routes.bookings()
    }
  ]
}
