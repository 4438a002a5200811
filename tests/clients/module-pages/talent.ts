// What the 人才服务 pages show on first render in the WeChat and Alipay checks (tests/clients/expectations.ts).
import policies from '../../../src/data/talent/policies.json'
import type { PageExpectation } from '../expectations'

const policy = policies.find((p) => p.id === 'jm-graduate-living')!

export const PAGES: Record<string, PageExpectation> = {
  'features/talent/pages/home/index': {
    title: '人才服务',
    text: ['示例数据', '人才资格自测', '人才政策', '侨都人才卡申领', '我的申请']
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
  }
}
