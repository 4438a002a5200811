// What 诉求服务 contributes to the unified search. Read at build time only (scripts/build-data.ts).
import type { SearchDoc } from '@/core/search'
import { categoryLeaves, categoryPath, parseCategoryTree } from '@/core/appeals/categories'
import data from '@/data/appeals/categories.json'
import { routes } from '@/routes'

export function searchDocs(): SearchDoc[] {
  const categories = parseCategoryTree(data)
  return [
    {
      id: 'file',
      kind: 'appeal',
      title: '我要诉求',
      subtitle: '投诉、求助、咨询、建议、表扬，12345热线网上办',
      keywords: ['12345', '投诉', '举报', '求助', '咨询', '建议', '表扬', '反映问题', '市民热线'],
      boost: 9,
      route: routes.fileAppeal()
    },
    {
      id: 'enterprise',
      kind: 'appeal',
      title: '企业诉求（117）',
      subtitle: '1小时联系、24小时提出方案、7天办结',
      keywords: ['117', '企业诉求', '涉企', '营商环境', '企业服务'],
      boost: 8,
      route: routes.fileAppeal({ channel: 'enterprise' })
    },
    {
      id: 'mine',
      kind: 'appeal',
      title: '我的诉求',
      subtitle: '办理进度、答复与评价',
      keywords: ['诉求进度', '投诉进度', '评价'],
      boost: 7,
      route: routes.appeals()
    },
    // every leaf category opens the form with it chosen: "噪音扰民" is two taps from an appeal, and the words
    // residents use for it (广场舞, 夜间施工, 被骗) find it too
    ...categoryLeaves(categories).map((leaf) => ({
      id: `category-${leaf.code}`,
      kind: 'appeal',
      title: leaf.name,
      keywords: leaf.keywords,
      subtitle: categoryPath(categories, leaf.code)
        .slice(0, -1)
        .map((n) => n.name)
        .join(' › '),
      route: routes.fileAppeal({ category: leaf.code })
    }))
  ]
}
