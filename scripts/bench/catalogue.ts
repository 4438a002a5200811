// Deterministic synthetic catalogue of Jiangmen government-service-like titles for benchmarks.
import type { SearchDoc } from '../../src/core/search/types'

/** mulberry32: tiny seeded PRNG so every run benchmarks the same catalogue. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const PLACES = [
  '江门市',
  '蓬江区',
  '江海区',
  '新会区',
  '台山市',
  '开平市',
  '鹤山市',
  '恩平市',
  '会城街道',
  '台城街道',
  '长沙街道',
  '沙坪街道'
]
const DEPARTMENTS = [
  '公安局',
  '人力资源和社会保障局',
  '医疗保障局',
  '住房公积金管理中心',
  '市场监督管理局',
  '税务局',
  '民政局',
  '交通运输局',
  '不动产登记中心',
  '出入境管理支队',
  '卫生健康局',
  '教育局',
  '自然资源局',
  '政务服务数据管理局',
  '残疾人联合会',
  '侨务局',
  '退役军人事务局',
  '住房和城乡建设局'
]
// [object, actions that make sense for it, aliases]
const OBJECTS: [string, string[], string[]][] = [
  ['居民身份证', ['申领', '换领', '补领', '挂失', '进度查询', '异地办理'], ['身份证']],
  ['临时居民身份证', ['申领', '查询'], []],
  ['社会保险', ['参保登记', '缴费查询', '关系转移接续', '待遇申领', '个人权益记录打印'], ['社保']],
  ['社会保障卡', ['申领', '补换', '挂失', '启用', '信息变更'], ['社保卡']],
  ['住房公积金', ['提取', '贷款申请', '缴存', '账户查询', '异地转移', '缴存证明打印'], ['公积金']],
  ['基本医疗保险', ['参保登记', '异地就医备案', '报销', '缴费', '门诊特定病种申请'], ['医保']],
  ['医保电子凭证', ['激活', '查询'], ['医保码']],
  ['机动车驾驶证', ['换证', '补证', '审验', '期满换证', '记分查询', '考试预约'], ['驾照', '驾驶证']],
  ['机动车行驶证', ['补领', '换领'], ['行驶证']],
  ['机动车', ['注册登记', '转移登记', '年检预约', '违法处理', '抵押登记'], ['车辆']],
  ['往来港澳通行证', ['申领', '签注', '换发', '补发', '进度查询'], ['港澳通行证']],
  ['普通护照', ['申领', '换发', '补发'], ['护照']],
  ['户籍', ['迁入', '迁出', '新生儿登记', '变更更正', '证明开具'], ['户口']],
  ['营业执照', ['办理', '变更登记', '注销登记', '遗失补领'], ['企业开办']],
  ['企业设立登记', ['网上申请', '窗口办理'], ['营业执照']],
  ['个体工商户', ['设立登记', '变更登记', '注销登记'], ['个体户']],
  ['个人所得税', ['汇算清缴', '专项附加扣除', '纳税证明开具'], ['个税']],
  ['不动产权证书', ['首次登记', '转移登记', '抵押登记', '查询', '补证'], ['房产证']],
  ['婚姻登记', ['结婚登记', '离婚登记', '补领结婚证', '预约'], ['结婚证']],
  ['出生医学证明', ['首次签发', '补发', '换发'], ['出生证']],
  ['养老保险', ['待遇申领', '资格认证', '缴费基数核定', '退休审批'], ['养老金']],
  ['失业保险金', ['申领', '查询'], ['失业金']],
  ['生育保险', ['津贴申领', '医疗费报销'], ['生育津贴']],
  ['工伤保险', ['认定申请', '待遇核定', '劳动能力鉴定'], ['工伤']],
  ['居住证', ['申领', '签注', '换领'], ['暂住证']],
  ['最低生活保障', ['申请', '审核确认', '资金发放查询'], ['低保']],
  ['残疾人证', ['申领', '换领', '迁移'], ['残疾证']],
  ['老年人优待证', ['办理', '补办'], ['长者卡', '老人卡']],
  ['义务教育', ['入学报名', '学位申请', '转学'], ['入学']],
  ['华侨身份', ['认定', '证明开具'], ['侨胞']],
  ['人才引进', ['入户申请', '补贴申领', '住房保障'], ['人才落户']],
  ['公共租赁住房', ['申请', '资格审核', '租金缴交'], ['公租房']],
  ['燃气', ['开户', '过户', '缴费'], []],
  ['供水', ['报装', '过户', '缴费', '停水查询'], ['自来水']],
  ['供电', ['新装', '增容', '电费缴纳'], ['电费']],
  ['ETC', ['办理', '注销'], ['不停车收费']],
  ['12345热线', ['诉求提交', '办理进度查询'], ['市民热线']],
  ['长辈模式', ['开启', '关闭'], ['关怀版', '老年模式']]
]
const SUFFIXES = [
  '',
  '',
  '',
  '（个人）',
  '（单位）',
  '网上办理',
  '办事指南',
  '（港澳居民）',
  '（跨省通办）',
  '（窗口办理）',
  '预约'
]

/** `count` docs; about 2% are featured with a boost of 1–3. */
export function syntheticCatalogue(count: number, seed = 20240601): SearchDoc[] {
  const rand = prng(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]
  const docs: SearchDoc[] = []
  for (let i = 0; i < count; i++) {
    const [object, actions, aliases] = pick(OBJECTS)
    const action = pick(actions)
    const suffix = pick(SUFFIXES)
    const r = rand()
    const title =
      r < 0.35
        ? `${pick(PLACES)}${object}${action}${suffix}`
        : r < 0.6
          ? `${pick(PLACES)}${pick(DEPARTMENTS)}${object}${action}${suffix}`
          : r < 0.85
            ? `${object}${action}${suffix}`
            : `${object}${action}（${pick(PLACES)}）${suffix}`
    const doc: SearchDoc = {
      id: `svc-${String(i).padStart(5, '0')}`,
      kind: 'service',
      title,
      route: `/features/gov-services/pages/guide/index?id=svc-${i}`
    }
    if (aliases.length && rand() < 0.5) doc.keywords = aliases.map((a) => a + action)
    if (rand() < 0.02) doc.boost = 1 + Math.floor(rand() * 3)
    docs.push(doc)
  }
  return docs
}
