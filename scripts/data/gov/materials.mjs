// Common 申请材料. A service lists codes from here, or writes 'name|copies|note' (copies defaults to 原件1份;
// a trailing '|免' marks a 免证办 material the electronic licence library holds).
const m = (name, copies, exempt, note) => ({ name, copies, exempt, ...(note ? { note } : {}) })

export const commonMaterials = {
  ID: m('居民身份证', '原件1份', true),
  HKB: m('居民户口簿', '原件1份', true),
  HKB2: m('迁入地居民户口簿', '原件1份', true, '投靠迁入时提供'),
  BL: m('营业执照', '副本原件1份', true),
  MC: m('结婚证', '原件1份', true),
  DC: m('不动产权证书', '原件1份', true),
  BC: m('出生医学证明', '原件1份', true),
  DL: m('机动车驾驶证', '原件1份', true),
  VL: m('机动车行驶证', '原件1份', true),
  SSC: m('社会保障卡', '原件1份', true),
  DIS: m('中华人民共和国残疾人证', '原件1份', true),
  HKMO: m('往来港澳通行证', '原件1份', false),
  HRP: m('港澳居民来往内地通行证', '原件1份', false),
  PASS: m('护照', '原件1份', false),
  PHOTO: m('近期二寸免冠白底彩色照片', '2张', false),
  PHOTO1: m('近期一寸免冠白底彩色照片', '1张', false),
  PHOTOR: m('数码照片回执', '原件1份', false, '照相馆或窗口现场拍摄'),
  LR: m('法定代表人居民身份证', '原件1份', true),
  AUTH: m('授权委托书', '原件1份', false, '委托他人代办时提供'),
  AGENT: m('受托人居民身份证', '原件1份', true, '委托他人代办时提供'),
  CHARTER: m('公司章程', '原件1份', false, '可使用登记系统提供的章程参考文本'),
  ADDR: m('住所（经营场所）使用证明', '复印件1份', false, '租赁的提供租赁合同'),
  LEASE: m('房屋租赁合同', '复印件1份', false),
  BANK: m('本人银行账户（社会保障卡金融账户）', '复印件1份', false),
  LABOR: m('劳动合同', '复印件1份', false),
  HEALTH: m('从业人员健康证明', '复印件1份', false),
  DEATH: m('居民死亡医学证明（推断）书', '原件1份', true),
  SEAL: m('单位公章', '加盖于申请表', false),
  RES: m('居住证', '原件1份', true),
  EDU: m('学历（学位）证书', '原件1份', true, '学信网可查验的免于提交'),
  VET: m('退役证件（退出现役证或士兵退出现役证）', '原件1份', false),
  SITE: m('经营场所平面布局图', '原件1份', false),
  MGMT: m('安全管理制度文本', '原件1份', false)
}
