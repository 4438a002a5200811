// What the 文旅服务 pages show on first render in the WeChat and Alipay checks (tests/clients/expectations.ts).
import sights from '../../../src/data/tourism/sights.json'
import type { PageExpectation } from '../expectations'

const zili = sights.find((s) => s.id === 'zili-village')!

export const PAGES: Record<string, PageExpectation> = {
  // sights and routes
  'features/tourism/pages/home/index': {
    title: '文旅服务',
    text: ['示例数据', '游江门', '景点', `${sights.length} 个景点`]
  },
  'features/tourism/pages/sights/index': {
    title: '景点',
    text: [`共 ${sights.length} 个景点`, ...sights.map((s) => s.name)]
  },
  'features/tourism/pages/sight/index': {
    query: { id: zili.id },
    title: '景点详情',
    text: [zili.name, zili.address, '世界文化遗产', '导航到这里', '☆ 收藏']
  }
}
