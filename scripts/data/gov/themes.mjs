// 主题分类: 个人 and 法人 themes of the catalogue, each with the icon of its tile (a name in src/core/icons.ts).
const personal = [
  ['p-birth', '生育收养', 'baby'],
  ['p-huji', '户籍办理', 'users'],
  ['p-social', '社会保障', 'shield-check'],
  ['p-medical', '医疗保障', 'heart-pulse'],
  ['p-hpf', '住房公积金', 'piggy-bank'],
  ['p-edu', '教育科研', 'graduation-cap'],
  ['p-job', '就业创业', 'briefcase-business'],
  ['p-marriage', '婚姻登记', 'heart'],
  ['p-traffic', '交通出行', 'bus'],
  ['p-exit', '出入境', 'plane'],
  ['p-estate', '不动产登记', 'building-2'],
  ['p-relief', '民政救助', 'hand-heart'],
  ['p-veteran', '退役军人', 'medal'],
  ['p-disabled', '残疾人服务', 'accessibility'],
  ['p-cert', '证件办理', 'id-card'],
  ['p-elderly', '养老服务', 'armchair']
]
const legal = [
  ['l-setup', '设立变更', 'file-badge'],
  ['l-permit', '准营准办', 'badge-check'],
  ['l-tax', '税费办理', 'receipt'],
  ['l-construction', '工程建设', 'hard-hat'],
  ['l-employ', '用工社保', 'user-check'],
  ['l-qualify', '资质认证', 'stamp'],
  ['l-ip', '知识产权', 'lightbulb'],
  ['l-foreign', '涉外服务', 'globe'],
  ['l-exit', '注销退出', 'log-out'],
  ['l-policy', '惠企政策', 'handshake']
]
export const themes = [
  ...personal.map(([id, name, icon]) => ({ id, name, audience: 'personal', icon })),
  ...legal.map(([id, name, icon]) => ({ id, name, audience: 'legal', icon }))
]
