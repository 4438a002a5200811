// What 人才服务 contributes to the unified search. Read at build time only (scripts/build-data.ts).
import type { SearchDoc } from '@/core/search'
import catalogue from './locales/zh-Hans.json'
import jobsCatalogue from './locales/jobs.zh-Hans.json'
import fairs from '@/data/talent/fairs.json'
import housing from '@/data/talent/housing.json'
import policies from '@/data/talent/policies.json'
import postings from '@/data/talent/postings.json'
import { pageUrl } from '@/routes'

const benefitName = (benefit: string): string => (catalogue as Record<string, string>)[`talent.benefit.${benefit}`]

export function searchDocs(): SearchDoc[] {
  return [
    ...jobDocs(),
    ...policies.map((p) => ({
      id: p.id,
      kind: 'policy',
      title: p.title,
      subtitle: `${benefitName(p.benefit)} · ${p.issuer}`,
      keywords: ['人才政策', benefitName(p.benefit)],
      // expired ones are still found (their page says so), after the ones in force
      boost: p.expiresOn >= p.checkedOn ? 4 : 0,
      route: pageUrl('talent', 'policy', { id: p.id })
    })),
    {
      id: 'talent-check',
      kind: 'tool',
      title: catalogue['talent.check.title'],
      subtitle: catalogue['talent.home.checkNote'],
      keywords: ['人才自测', '补贴自测', '人才认定', '我能领什么补贴'],
      boost: 6,
      route: pageUrl('talent', 'check')
    },
    {
      id: 'talent-home',
      kind: 'tool',
      title: catalogue['talent.home.title'],
      subtitle: catalogue['talent.home.intro'],
      keywords: ['人才', '人才补贴', '人才卡'],
      boost: 5,
      route: pageUrl('talent', 'home')
    }
  ]
}

const word = (key: string): string => (({ ...catalogue, ...jobsCatalogue }) as Record<string, string>)[key]
const districtName = (district: string) => word(`talent.value.employerDistrict.${district}`)

const JOB_PAGE_WORDS = {
  fairs: ['招聘会', '双选会', '春风行动', '校园招聘'],
  jobs: ['招聘', '找工作', '岗位', '职位'],
  housing: ['人才公寓', '人才住房', '租房']
}

/** the postings, the fairs (opening the calendar at their month) and the talent housing, with their list pages */
function jobDocs(): SearchDoc[] {
  return [
    ...postings.map((p) => ({
      id: p.id,
      kind: 'posting',
      title: p.title,
      subtitle: `${p.employer} · ${districtName(p.district)}`,
      keywords: [word(`talent.jobs.industry.${p.industry}`), p.employer, '招聘', '找工作'],
      route: pageUrl('talent', 'job', { id: p.id })
    })),
    ...fairs.map((f) => ({
      id: f.id,
      kind: 'fair',
      title: f.title,
      subtitle: `${f.date} · ${f.venue?.name ?? f.online?.platform ?? ''}`,
      keywords: ['招聘会', word(`talent.fairs.theme.${f.theme}`), word(`talent.fairs.mode.${f.mode}`)],
      route: pageUrl('talent', 'fairs', { month: f.date.slice(0, 7) })
    })),
    ...housing.map((h) => ({
      id: h.id,
      kind: 'housing',
      title: h.name,
      subtitle: `${districtName(h.district)} · ${h.address}`,
      keywords: ['人才公寓', '人才住房', '租房'],
      route: pageUrl('talent', 'house', { id: h.id })
    })),
    ...(['fairs', 'jobs', 'housing'] as const).map((page) => ({
      id: `talent-${page}`,
      kind: 'tool',
      title: word(`talent.${page}.title`),
      subtitle: word(`talent.${page}.intro`),
      keywords: JOB_PAGE_WORDS[page],
      boost: 5,
      route: pageUrl('talent', page)
    }))
  ]
}
