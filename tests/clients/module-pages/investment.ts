// What the 招商服务 pages show on first render in the WeChat and Alipay checks (tests/clients/expectations.ts).
import parks from '../../../src/data/investment/parks.json'
import projects from '../../../src/data/investment/projects.json'
import type { PageExpectation } from '../expectations'

const cooperationZone = parks.find((p) => p.id === 'shenjiang-cooperation-zone')!
/** a project of the 深江 models, in the zone it names */
const project = projects.find((p) => p.models.includes('sz_rd_jm_production') && p.park === cooperationZone.id)!
/** the first page of the projects list: newest first, ten of them */
const newest = [...projects].sort((a, b) => b.publishedOn.localeCompare(a.publishedOn)).slice(0, 10)

export const PAGES: Record<string, PageExpectation> = {
  // parks and projects
  'features/investment/pages/parks/index': {
    title: '园区与平台',
    text: [
      '示例数据',
      '产业链',
      '所在地区',
      `共 ${parks.length} 个园区与平台`,
      '深圳自驾约',
      ...parks.map((p) => p.name)
    ]
  },
  'features/investment/pages/park/index': {
    query: { id: cooperationZone.id },
    title: '园区详情',
    text: [
      cooperationZone.name,
      cooperationZone.address,
      '经济合作区',
      '约 66 平方公里',
      '用地与厂房',
      '元/亩（示例）',
      '距深圳',
      '距中山',
      '导航到园区',
      '☆ 收藏',
      '我要对接',
      '企业诉求（117）'
    ]
  },
  // the mini-programs draw the host's map above the list (the web-map note is H5's)
  'features/investment/pages/map/index': {
    title: '园区地图',
    text: ['推荐', '离我最近', '从深圳', '从中山', `共 ${parks.length} 个园区与平台`, '导航到园区', parks[0].name]
  },
  'features/investment/pages/projects/index': {
    title: '招商项目',
    text: [
      '产业链',
      '所在园区',
      '投资规模',
      '项目类型',
      `共 ${projects.length} 个项目`,
      '状态：',
      `加载更多（还有 ${projects.length - 10} 项）`,
      ...newest.map((p) => p.name)
    ]
  },
  'features/investment/pages/project/index': {
    query: { id: project.id },
    title: '项目详情',
    text: [project.name, '深圳研发 + 江门生产', '项目内容', '项目优势', `查看园区：${cooperationZone.name}`, '我要对接']
  }
}
