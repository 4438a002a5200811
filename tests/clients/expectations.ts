// The one table of pages for the real-client checks: the query each page opens with and the text its first
// render (after onLoad/onShow/onReady have settled, fresh storage, 简体) must contain.
// Every page of app.json needs a row here (or, for a module, in tests/clients/module-pages/<id>.ts); the checks
// fail on a page without one, so a new page gets one.
// Texts come from the 简体 catalogues (src/locales/shell.zh-Hans.json, src/features/*/locales/zh-Hans.json)
// and the embedded sample data. Prefer catalogue strings, which change less often than data.

import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import {
  appealStorage,
  applicationStorage,
  SEEDED_AMEND_NOTE,
  SEEDED_APPLICATION_REFERENCE,
  bookingStorage,
  SEEDED_APPEAL_REFERENCE,
  SEEDED_BOOKING_ID,
  SEEDED_BOOKING_REFERENCE
} from './seed'

export interface PageExpectation {
  /** the page's query string, as onLoad receives it */
  query?: Record<string, string>
  /** strings that must all appear in the page's visible text */
  text: string[]
  /** the navigation bar title the page ends up with (setNavigationBarTitle, else its json) */
  title?: string
  /** device storage the page starts with (the user's own records), instead of fresh storage */
  storage?: () => Promise<Map<string, unknown>>
}

export const EXPECTATIONS: Record<string, PageExpectation> = {
  // main package: the tab pages
  'pages/home/index': {
    title: '湾事通·江门专区',
    text: ['江门专区', '切换专区', '高频服务', '服务专题', '长辈模式', '政务服务便民热线']
  },
  'pages/services/index': {
    title: '全部服务',
    text: ['政务服务', '个人服务', '法人服务', '一件事主题', '办事工具', '办件查询']
  },
  'pages/mine/index': {
    title: '我的',
    text: ['您好', '尚未同意隐私政策', '我的收藏', '最近浏览', '语言', '简体中文', '关于']
  },

  // 政务服务 subpackage (ids from src/data/gov: svc-0001 社会保险个人权益记录查询打印, bundle-0001 出生一件事, hall-0001)
  'features/gov-services/pages/catalogue/index': {
    query: { featured: '1' },
    title: '高频城市特色服务',
    text: ['全部主题', '全部部门', '社会保险个人权益记录查询打印']
  },
  'features/gov-services/pages/guide/index': {
    query: { id: 'svc-0001' },
    title: '办事指南',
    text: ['社会保险个人权益记录查询打印', '承诺时限', '申请条件', '申请材料', '更多信息', '示例数据，非官方办事指南']
  },
  'features/gov-services/pages/bundles/index': { title: '一件事主题', text: ['按顺序一次办好', '出生一件事'] },
  'features/gov-services/pages/bundle/index': {
    query: { id: 'bundle-0001' },
    title: '出生一件事',
    text: ['办理顺序', '第 1 步']
  },
  'features/gov-services/pages/booking/index': {
    query: { service: 'svc-0001' },
    title: '预约办理',
    text: ['办理大厅', '预约日期', '提交预约']
  },
  'features/gov-services/pages/bookings/index': { title: '我的预约', text: ['暂无预约'] },
  // the seeded booking (tests/clients/seed.ts): its 预约号 and QR code, the hall, the guide's materials, 改约 and 取消
  'features/gov-services/pages/receipt/index': {
    query: { id: SEEDED_BOOKING_ID },
    storage: bookingStorage,
    title: '预约回执',
    text: [
      '待办理',
      '预约号',
      SEEDED_BOOKING_REFERENCE,
      '居民身份证换领',
      '江门市行政服务中心',
      '导航到大厅',
      '请携带以下材料',
      '免证办',
      '改约',
      '取消预约'
    ]
  },
  'features/gov-services/pages/progress/index': {
    query: { ref: 'JM20261103000127' },
    title: '办件查询',
    text: ['受理编号', 'JM20261103000127', '已办结', '申请人：陈*明', '办理事项：户口迁移（市内）']
  },
  // 在线申办: the form of a matter, and the seeded application waiting for its 补正 (tests/clients/seed.ts)
  'features/gov-services/pages/apply/index': {
    query: { service: 'svc-0027' },
    title: '在线申办',
    text: ['不动产登记资料查询', '申请人', '证件号码', '查询内容', '申请材料', '免证办', '提交申请']
  },
  'features/gov-services/pages/application/index': {
    query: { id: SEEDED_APPLICATION_REFERENCE },
    storage: applicationStorage,
    title: '办件详情',
    text: [SEEDED_APPLICATION_REFERENCE, '待补正', '补正通知', SEEDED_AMEND_NOTE, '补正材料', '提交补正', '办理进度']
  },
  'features/gov-services/pages/hall/index': {
    query: { id: 'hall-0001' },
    title: '江门市行政服务中心',
    text: ['办公时间', '可办理事项']
  },

  // 诉求服务 subpackage (the seeded appeal: tests/clients/seed.ts)
  'features/appeals/pages/file/index': {
    title: '我要诉求',
    text: [
      // the description first; the category is suggested from it, or chosen by hand
      '诉求内容',
      '先描述诉求',
      '直接选择分类',
      '诉求类型',
      '投诉',
      '表扬',
      '事发地点',
      '所在区（市）',
      '联系方式',
      '保密',
      '智能分派',
      '提交诉求'
    ]
  },
  'features/appeals/pages/list/index': {
    storage: appealStorage,
    title: '我的诉求',
    text: [
      '全部',
      '待评价',
      '已办结',
      '投诉 · 企业诉求·117',
      '办理中',
      SEEDED_APPEAL_REFERENCE,
      '陈*明 138****8000',
      '剩余'
    ]
  },
  'features/appeals/pages/detail/index': {
    query: { id: SEEDED_APPEAL_REFERENCE },
    storage: appealStorage,
    title: '诉求详情',
    text: [
      '办理中',
      SEEDED_APPEAL_REFERENCE,
      '联系诉求人 · 1小时内',
      '答复 · 24小时内',
      '办结 · 7天内',
      '建筑工地',
      '陈*明 138****8000',
      '办理过程',
      '签收办理'
    ]
  },

  // 搜索 subpackage
  'features/search/pages/search/index': { title: '搜索', text: ['热门搜索', '社保查询'] },

  // 我的 subpackage
  'features/account/pages/profile/index': { title: '我的信息', text: ['还没有保存我的信息。', '填写我的信息'] },
  'features/account/pages/favourites/index': { title: '我的收藏', text: ['还没有收藏'] },
  'features/account/pages/history/index': { title: '最近浏览', text: ['还没有浏览记录'] },
  'features/account/pages/settings/index': {
    title: '设置',
    text: ['长辈模式（关怀版）', '语言 / 語言', '简体中文', '繁體中文']
  },
  'features/account/pages/privacy/index': {
    title: '隐私政策',
    text: ['我们只在您办理具体业务时收集必要的个人信息', '同意并继续']
  },
  'features/account/pages/about/index': { title: '关于', text: ['版本 0.1.0', '内置示例数据', '示例数据声明'] },

  ...modulePages()
}

/** the rows a module brings along in a file of its own: tests/clients/module-pages/<id>.ts (new:module writes one) */
function modulePages(): Record<string, PageExpectation> {
  const dir = path.join(__dirname, 'module-pages')
  if (!existsSync(dir)) return {}
  return Object.assign(
    {},
    ...readdirSync(dir)
      .filter((file) => file.endsWith('.ts'))
      .map((file) => (require(path.join(dir, file)) as { PAGES: Record<string, PageExpectation> }).PAGES)
  )
}

/** budgets every page must stay within on the real clients */
export const LIMITS = {
  /** Taro nodes in a page's data tree (root.cn, recursively) */
  maxNodes: 1000,
  /** bytes of one setData payload, the first one above all (WeChat's guidance is 256 KB per call; 1 MB fails) */
  maxSetDataBytes: 256 * 1024
}
