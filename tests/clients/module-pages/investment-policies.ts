// What the 招商服务 home and its 惠企政策 pages show on first render in the WeChat and Alipay checks
// (tests/clients/expectations.ts); the parks and projects pages are in investment.ts.
import policies from '../../../src/data/investment/policies.json'
import type { PageExpectation } from '../expectations'

const policy = policies.find((p) => p.id === 'jm-high-tech-recognition')!

export const PAGES: Record<string, PageExpectation> = {
  'features/investment/pages/home/index': {
    title: '招商服务',
    text: ['示例数据', '园区与平台', '园区地图', '招商项目', '惠企政策', '企业画像', '惠企政策匹配']
  },
  'features/investment/pages/policies/index': {
    title: '惠企政策',
    text: ['支持方式', '申报方式', '免申即享', '快申快享', '依申请', policy.title]
  },
  'features/investment/pages/policy/index': {
    query: { id: policy.id },
    title: '政策详情',
    text: [
      policy.title,
      policy.docNumber,
      '兑现时限',
      '40 个工作日',
      '申报条件',
      '申报材料',
      '修订记录',
      '企业诉求（117）'
    ]
  },
  'features/investment/pages/profile/index': {
    title: '企业画像',
    text: ['我已阅读并同意', '企业信息', '统一社会信用代码', '所属产业', '上年研发费用', '查看匹配结果']
  },
  'features/investment/pages/match/index': {
    title: '惠企政策匹配',
    text: ['还没有填写企业画像，先回答几个问题再来匹配。', '填写企业画像']
  }
}
