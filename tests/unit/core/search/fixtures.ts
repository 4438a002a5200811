import { buildSearchIndex } from '@/core/search/build-index'
import { createSearcher, type Searcher } from '@/core/search/engine'
import type { SearchDoc, SearchHit } from '@/core/search/types'

const route = (id: string) => `/features/gov-services/pages/guide/index?id=${id}`

/** A small catalogue mixing services, pages and settings, as modules would contribute them. */
export const DOCS: SearchDoc[] = [
  { id: 'sb', kind: 'service', title: '社保', route: route('sb') },
  { id: 'sbcx', kind: 'service', title: '社保查询', route: route('sbcx') },
  { id: 'sbk', kind: 'service', title: '社保卡申领', keywords: ['办社保卡'], boost: 2, route: route('sbk') },
  { id: 'sbkgs', kind: 'service', title: '社保卡挂失', route: route('sbkgs') },
  { id: 'grsb', kind: 'service', title: '个人社保缴费证明', route: route('grsb') },
  { id: 'shbx', kind: 'service', title: '社会保险个人权益记录打印', keywords: ['参保证明'], route: route('shbx') },
  { id: 'gjjtq', kind: 'service', title: '住房公积金提取', keywords: ['提取公积金'], route: route('gjjtq') },
  { id: 'gjjdk', kind: 'service', title: '公积金贷款', route: route('gjjdk') },
  { id: 'sfz', kind: 'service', title: '居民身份证换领', keywords: ['换身份证'], route: route('sfz') },
  { id: 'jsz', kind: 'service', title: '机动车驾驶证换证', route: route('jsz') },
  { id: 'ga', kind: 'service', title: '往来港澳通行证签注', route: route('ga') },
  { id: 'hz', kind: 'service', title: '普通护照签发', route: route('hz') },
  { id: 'hj', kind: 'service', title: '户籍迁移', route: route('hj') },
  { id: 'qy', kind: 'service', title: '企业设立登记', route: route('qy') },
  { id: 'yl', kind: 'service', title: '医疗保险报销', route: route('yl') },
  { id: 'elder', kind: 'setting', title: '长辈模式', subtitle: '大字体、简化界面', route: '/pages/settings/index' },
  { id: 'etc', kind: 'service', title: 'ETC办理', route: route('etc') },
  { id: 'hotline', kind: 'page', title: '12345 政务服务热线', route: '/pages/hotline/index' },
  { id: 'dot', kind: 'service', title: '社保·查询（单位）', route: route('dot') },
  { id: 'ts', kind: 'page', title: '台山市办事大厅', route: '/pages/halls/index?id=ts' }
]

let shared: Searcher | null = null
export function searcher(): Searcher {
  return (shared ??= createSearcher(JSON.parse(JSON.stringify(buildSearchIndex(DOCS)))))
}

export const ids = (hits: SearchHit[]) => hits.map((h) => h.doc.id)
export const hitOf = (hits: SearchHit[], id: string) => hits.find((h) => h.doc.id === id)

/** Tiers from best to worst; every result list must follow this order. */
export const TIER_ORDER = ['exact', 'prefix', 'contains', 'synonym', 'pinyin', 'initials', 'fuzzy']
