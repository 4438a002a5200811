// What 文旅服务 contributes to the unified search. Read at build time only (scripts/build-data.ts).
import type { SearchDoc } from '@/core/search'
import catalogue from './locales/zh-Hans.json'
import routes from '@/data/tourism/routes.json'
import sights from '@/data/tourism/sights.json'
import { pageUrl } from '@/routes'
import { cultureDocs } from './culture-search'

const word = (key: string): string => (catalogue as Record<string, string>)[key]

export function searchDocs(): SearchDoc[] {
  return [...sightDocs(), ...routeDocs(), ...cultureDocs()]
}

/** the sights, by their names and aliases (开平碉楼 finds 自力村, 立园 and 马降龙), and the sights page */
function sightDocs(): SearchDoc[] {
  return [
    ...sights.map((s) => ({
      id: s.id,
      kind: 'sight',
      title: s.name,
      subtitle: `${word(`tourism.district.${s.district}`)} · ${s.summary}`,
      keywords: [...s.aliases, ...s.levels.map((l) => word(`tourism.level.${l}`)), '景点', '旅游'],
      route: pageUrl('tourism', 'sight', { id: s.id })
    })),
    {
      id: 'tourism-home',
      kind: 'tool',
      title: word('tourism.home.title'),
      subtitle: word('tourism.home.intro'),
      keywords: ['旅游', '景点', '文旅', '景区', '门票'],
      boost: 5,
      route: pageUrl('tourism', 'home')
    }
  ]
}

/** the routes, by their names, their aliases and their stops' names, and the routes page */
function routeDocs(): SearchDoc[] {
  const name = new Map(sights.map((s) => [s.id, s.name]))
  return [
    ...routes.map((r) => ({
      id: r.id,
      kind: 'tour-route',
      title: r.name,
      subtitle: r.summary,
      keywords: [...r.aliases, ...new Set(r.days.flatMap((d) => d.stops.map((s) => name.get(s.sight) ?? ''))), '线路'],
      route: pageUrl('tourism', 'route', { id: r.id })
    })),
    {
      id: 'tourism-routes',
      kind: 'tool',
      title: word('tourism.routes.title'),
      subtitle: word('tourism.home.routesIntro'),
      keywords: ['旅游线路', '一日游', '两日游', '行程', '攻略'],
      boost: 5,
      route: pageUrl('tourism', 'routes')
    },
    {
      id: 'tourism-map',
      kind: 'tool',
      title: word('tourism.map.title'),
      subtitle: word('tourism.home.mapNote'),
      keywords: ['景点地图', '附近景点', '导航'],
      boost: 4,
      route: pageUrl('tourism', 'map')
    }
  ]
}
