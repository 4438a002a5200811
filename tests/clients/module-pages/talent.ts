// What the 人才服务 pages show on first render in the WeChat and Alipay checks (tests/clients/expectations.ts).
import housing from '../../../src/data/talent/housing.json'
import policies from '../../../src/data/talent/policies.json'
import postings from '../../../src/data/talent/postings.json'
import type { PageExpectation } from '../expectations'

const policy = policies.find((p) => p.id === 'jm-graduate-living')!
const posting = postings[0]
const island = housing.find((h) => h.id === 'house-talent-island')!

export const PAGES: Record<string, PageExpectation> = {
  'features/talent/pages/home/index': {
    title: '人才服务',
    text: ['示例数据', '人才资格自测', '人才政策', '侨都人才卡申领', '我的申请', '就业与安居', '招聘会', '人才住房']
  },
  'features/talent/pages/policies/index': {
    title: '人才政策',
    text: ['待遇类型', '租房补贴', '硕士研究生', policy.title, '受理中']
  },
  'features/talent/pages/policy/index': {
    query: { id: policy.id },
    title: '政策详情',
    text: [policy.title, policy.docNumber, '申请条件', '申请材料', '在线申请', '☆ 收藏']
  },
  'features/talent/pages/check/index': {
    title: '人才资格自测',
    text: ['关于您', '最高学历', '在江门的情况', '查看结果']
  },
  // jobs, fairs and housing: the fair calendar's rows are by the Beijing date, so only its frame is asserted
  'features/talent/pages/fairs/index': {
    title: '招聘会',
    text: ['示例数据', '全部', '全部形式', '现场', '线上']
  },
  'features/talent/pages/jobs/index': {
    title: '岗位',
    text: ['示例数据', '行业：全部行业', '地区：全部地区', '我的学历', '月薪', `共 ${postings.length} 个岗位`]
  },
  'features/talent/pages/job/index': {
    query: { id: posting.id },
    title: '岗位详情',
    text: [posting.title, posting.employer, '任职要求', '福利待遇', `拨打 ${posting.contact.phone}`, '☆ 收藏']
  },
  'features/talent/pages/housing/index': {
    title: '人才住房',
    text: ['示例数据', `共 ${housing.length} 个项目`, ...housing.map((h) => h.name)]
  },
  'features/talent/pages/house/index': {
    query: { id: island.id },
    title: '住房详情',
    text: [island.name, '申请条件', '· 学历：本科 / 硕士研究生 / 博士研究生', '导航到这里', '申请入住']
  }
}
