// What 文旅服务 contributes to the unified search. Read at build time only (scripts/build-data.ts).
import type { SearchDoc } from '@/core/search'
import catalogue from './locales/zh-Hans.json'
import sights from '@/data/tourism/sights.json'
import { pageUrl } from '@/routes'

const word = (key: string): string => (catalogue as Record<string, string>)[key]

export function searchDocs(): SearchDoc[] {
  return [...sightDocs()]
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
