// What 招商服务 contributes to the unified search. Read at build time only (scripts/build-data.ts): the parks by their
// names and aliases (翠山湖, 银湖湾; pinyin and initials come from the search build), the projects by their names,
// aliases, chain and park, the enterprise policies by their titles and aliases, and the module's pages.
import type { SearchDoc } from '@/core/search'
import catalogue from './locales/zh-Hans.json'
import policyCatalogue from './locales/policy.zh-Hans.json'
import shell from './locales/shell.zh-Hans.json'
import parks from '@/data/investment/parks.json'
import policies from '@/data/investment/policies.json'
import projects from '@/data/investment/projects.json'
import { pageUrl } from '@/routes'

const words: Record<string, string> = { ...shell, ...policyCatalogue, ...catalogue }
const word = (key: string): string => words[key]
const chain = (c: string) => word(`investment.chain.${c}`)
const district = (d: string) => word(`investment.district.${d}`)

/** every doc of the module has this kind (招商服务 beside the result); the subtitle says which kind of record */
const KIND = 'investment'

export function searchDocs(): SearchDoc[] {
  return [...parkDocs(), ...projectDocs(), ...policyDocs(), ...pageDocs()]
}

function parkDocs(): SearchDoc[] {
  return parks.map((p) => ({
    id: p.id,
    kind: KIND,
    title: p.name,
    subtitle: `${word('investment.entry.parks')} · ${district(p.district)} · ${p.industries.slice(0, 3).map(chain).join('、')}`,
    keywords: [...p.aliases, word(`investment.parkKind.${p.kind}`), '园区', '招商'],
    boost: 3,
    route: pageUrl('investment', 'park', { id: p.id })
  }))
}

function projectDocs(): SearchDoc[] {
  const parkName = new Map(parks.map((p) => [p.id, p.name]))
  return projects.map((p) => ({
    id: p.id,
    kind: KIND,
    title: p.name,
    subtitle: `${word(`investment.projectKind.${p.kind}`)} · ${parkName.get(p.park) ?? district(p.district)}`,
    keywords: [...p.aliases, chain(p.industry), '招商项目'],
    route: pageUrl('investment', 'project', { id: p.id })
  }))
}

/** the enterprise policies of Jiangmen, Shenzhen and Zhongshan, by their titles, aliases, benefit and mark */
function policyDocs(): SearchDoc[] {
  return policies.map((p) => ({
    id: p.id,
    kind: KIND,
    title: p.title,
    subtitle: `${word('investment.entry.policies')} · ${p.issuer}`,
    keywords: [...p.aliases, word(`investment.benefit.${p.benefit}`), word(`investment.mode.${p.mode}`), '惠企政策'],
    // expired ones are still found (their page says so), after the ones in force
    boost: p.expiresOn >= p.checkedOn ? 4 : 0,
    route: pageUrl('investment', 'policy', { id: p.id })
  }))
}

/** the module's lists, found by what investors type */
function pageDocs(): SearchDoc[] {
  return [
    {
      id: 'investment-home',
      kind: 'tool',
      title: word('module.investment'),
      subtitle: `${word('investment.entry.parks')}、${word('investment.entry.projects')}、${word('investment.entry.policies')}`,
      keywords: ['招商', '投资', '招商引资', '投资江门', '营商环境'],
      boost: 5,
      route: pageUrl('investment', 'home')
    },
    {
      id: 'investment-parks',
      kind: 'tool',
      title: word('investment.parks.title'),
      subtitle: word('investment.parks.intro'),
      keywords: ['产业园', '园区', '工业园', '开发区', '工业用地', '厂房'],
      boost: 5,
      route: pageUrl('investment', 'parks')
    },
    {
      id: 'investment-map',
      kind: 'tool',
      title: word('investment.map.title'),
      subtitle: word('investment.parks.map'),
      keywords: ['园区地图', '园区导航'],
      boost: 4,
      route: pageUrl('investment', 'map')
    },
    {
      id: 'investment-projects',
      kind: 'tool',
      title: word('investment.projects.title'),
      subtitle: word('investment.projects.intro'),
      keywords: ['招商项目', '合作项目', '投资项目', '项目对接'],
      boost: 5,
      route: pageUrl('investment', 'projects')
    },
    {
      id: 'investment-policies',
      kind: 'tool',
      title: word('investment.entry.policies'),
      subtitle: word('investment.entry.match'),
      keywords: ['惠企政策', '企业补贴', '政策匹配', '免申即享', '企业政策'],
      boost: 5,
      route: pageUrl('investment', 'policies')
    }
  ]
}
