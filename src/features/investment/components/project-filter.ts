// The projects page's filters: by chain, park, district, investment scale and kind, newest first.
import type { District } from '@/core/domain'
import {
  SCALE_BANDS,
  type IndustryChain,
  type InvestmentProject,
  type ProjectKind,
  type ScaleBand
} from '@/core/investment/types'

export interface ProjectFilter {
  industry?: IndustryChain
  park?: string
  district?: District
  scale?: ScaleBand
  kind?: ProjectKind
}

/** each band's lower bound in 万元: under 1 亿, 1–5 亿, 5–10 亿, 10 亿 and more */
const BAND_FLOOR: Record<ScaleBand, number> = { under_100m: 0, '100m_500m': 10000, '500m_1b': 50000, over_1b: 100000 }

/** the band of a total investment (万元): a band holds its lower bound (1 亿 is 1–5 亿) */
export function scaleBandOf(investmentWan: number): ScaleBand {
  return [...SCALE_BANDS].reverse().find((b) => investmentWan >= BAND_FLOOR[b]) ?? 'under_100m'
}

export function filterProjects(projects: readonly InvestmentProject[], f: ProjectFilter): InvestmentProject[] {
  return projects
    .filter(
      (p) =>
        (!f.industry || p.industry === f.industry) &&
        (!f.park || p.park === f.park) &&
        (!f.district || p.district === f.district) &&
        (!f.scale || scaleBandOf(p.investmentWan) === f.scale) &&
        (!f.kind || p.kind === f.kind)
    )
    .sort((a, b) => b.publishedOn.localeCompare(a.publishedOn))
}
