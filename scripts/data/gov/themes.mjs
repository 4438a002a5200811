// 主题分类: 个人 and 法人 themes of the catalogue.
const personal = [
  ['p-birth', '生育收养'],
  ['p-huji', '户籍办理'],
  ['p-social', '社会保障'],
  ['p-medical', '医疗保障'],
  ['p-hpf', '住房公积金'],
  ['p-edu', '教育科研'],
  ['p-job', '就业创业'],
  ['p-marriage', '婚姻登记'],
  ['p-traffic', '交通出行'],
  ['p-exit', '出入境'],
  ['p-estate', '不动产登记'],
  ['p-relief', '民政救助'],
  ['p-veteran', '退役军人'],
  ['p-disabled', '残疾人服务'],
  ['p-cert', '证件办理'],
  ['p-elderly', '养老服务']
]
const legal = [
  ['l-setup', '设立变更'],
  ['l-permit', '准营准办'],
  ['l-tax', '税费办理'],
  ['l-construction', '工程建设'],
  ['l-employ', '用工社保'],
  ['l-qualify', '资质认证'],
  ['l-ip', '知识产权'],
  ['l-foreign', '涉外服务'],
  ['l-exit', '注销退出'],
  ['l-policy', '惠企政策']
]
export const themes = [
  ...personal.map(([id, name]) => ({ id, name, audience: 'personal' })),
  ...legal.map(([id, name]) => ({ id, name, audience: 'legal' }))
]
