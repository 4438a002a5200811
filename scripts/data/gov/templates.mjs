// Per-kind process templates. Each service fills them with its own department, hall, channels, review focus
// (rv), result (res), payment (pay) and extra steps (ex); a phrasing variant is picked from the service id so
// neighbouring items do not read the same. A service may also give its steps outright (st).
const pick = (arr, seed) => arr[seed % arr.length]

export const KINDS = {
  XK: '行政许可',
  QR: '行政确认',
  GG: '公共服务',
  JF: '行政给付',
  QT: '其他行政权力',
  ZS: '行政征收'
}

function applyStep(c, seed) {
  const [a, b] = c.channels
  const online = b ? `${a}或${b}` : a
  return pick(
    [
      { title: '提交申请', detail: `在${online}在线申报，或到${c.hall}窗口提交` },
      { title: '申请', detail: `携带材料到${c.hall}取号办理，或通过${a}在线提交` },
      { title: '网上申报', detail: `通过${c.channels.slice(0, 2).join('、')}填报并上传材料，免证办材料无需上传` }
    ],
    seed
  )
}

function acceptStep(c, seed) {
  return pick(
    [
      { title: '受理', detail: '窗口当场核对材料，齐全的出具受理通知书，不齐全的一次性告知补正' },
      { title: '材料预审', detail: '1个工作日内完成预审，需补正的短信一次性告知' },
      { title: '受理', detail: '材料齐全即时受理，凭受理编号在“办件查询”跟踪进度' }
    ],
    seed
  )
}

function decideDetail(c, what) {
  if (c.promised === 0) return `符合条件的即时${what}`
  return `受理后${c.promised}个工作日内${what}`
}

const templates = {
  XK(c, seed) {
    return [
      applyStep(c, seed),
      acceptStep(c, seed + 1),
      { title: '审查', detail: c.rv || `${c.deptShort}审查材料，必要时现场核查` },
      ...c.ex,
      { title: '决定', detail: decideDetail(c, '作出许可决定，不予许可的书面说明理由') },
      {
        title: pick(['领取证照', '送达', '发证'], seed),
        detail: `${c.res}可窗口领取或免费邮寄，电子证照同步至${c.legal ? '粤商通' : '粤省事'}`
      }
    ]
  },
  QR(c, seed) {
    return [
      applyStep(c, seed),
      acceptStep(c, seed + 2),
      { title: pick(['审核', '核查', '审核确认'], seed), detail: c.rv || '通过数据共享核验身份及相关信息' },
      ...c.ex,
      { title: '办结', detail: `${decideDetail(c, '办结')}，${c.res}` }
    ]
  },
  GG(c, seed) {
    const steps = [
      applyStep(c, seed),
      { title: pick(['办理', '核验办理', '业务办理'], seed), detail: c.rv || `${c.deptShort}核验身份和业务信息后办理` },
      ...c.ex,
      { title: '办结', detail: `${decideDetail(c, '办结')}，${c.res}` }
    ]
    if (c.promised > 0) steps.splice(1, 0, acceptStep(c, seed + 1))
    return steps
  },
  JF(c, seed) {
    return [
      applyStep(c, seed),
      acceptStep(c, seed + 1),
      { title: '审核', detail: c.rv || `${c.deptShort}核查申请人参保、缴费及待遇享受情况` },
      ...c.ex,
      { title: '审批', detail: decideDetail(c, '作出审批决定，不符合条件的书面告知理由') },
      { title: '待遇发放', detail: c.pay || '按月发放至本人社会保障卡金融账户' }
    ]
  },
  QT(c, seed) {
    return [
      applyStep(c, seed),
      acceptStep(c, seed + 2),
      { title: '审查', detail: c.rv || `${c.deptShort}对申请事项进行书面审查` },
      ...c.ex,
      { title: '决定', detail: `${decideDetail(c, '作出决定')}，${c.res}` }
    ]
  },
  ZS(c, seed) {
    return [
      { title: '申报', detail: `通过${c.channels[0]}或到${c.hall}办税窗口如实申报` },
      { title: '核定', detail: c.rv || '系统根据申报信息自动计算应纳税（费）额，需要时人工核定' },
      ...c.ex,
      {
        title: '缴纳',
        detail: pick(['通过三方协议扣款、银行卡、微信或支付宝缴纳', '可在窗口刷卡缴纳或通过电子税务局在线缴纳'], seed)
      },
      { title: '取得凭证', detail: c.res ? `缴纳后即时${c.res}` : '缴纳后可即时打印完税证明或下载电子凭证' }
    ]
  }
}

export function buildSteps(kind, ctx, seed) {
  const steps = templates[kind](ctx, seed)
  if (steps.length > 6) throw new Error(`${ctx.name}: ${steps.length} steps`)
  return steps
}
