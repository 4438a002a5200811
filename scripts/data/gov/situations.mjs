// 情形: matters the catalogue holds as several items, one per situation (each with its own 事项编码, conditions,
// materials, halls and bookings). A guide of any of them asks first which situation applies, then shows that item.
// Each situation: [id in the URL (situation=), the short name the choice shows, the catalogue item's name].
export const situationGroups = [
  {
    name: '住房公积金提取',
    question: '您因为什么提取住房公积金？',
    situations: [
      ['rent', '租房', '住房公积金提取（租房）'],
      ['purchase', '购房', '住房公积金提取（购房）'],
      ['loan', '偿还房贷', '住房公积金提取（偿还购房贷款）'],
      ['retirement', '退休', '住房公积金提取（退休）'],
      ['resignation', '离职', '住房公积金提取（与单位解除劳动关系）'],
      ['illness', '重大疾病', '住房公积金提取（重大疾病）']
    ]
  },
  {
    name: '户口迁移',
    question: '户口从哪里迁来？',
    situations: [
      ['in-city', '江门市内迁移', '户口迁移（市内）'],
      ['in-province', '省内其他城市迁入', '户口迁移（省内跨市迁入）'],
      ['cross-province', '外省迁入', '户口迁移（跨省迁入）']
    ]
  },
  {
    name: '结婚登记',
    question: '结婚双方的身份是？',
    situations: [
      ['mainland', '双方均为内地居民', '结婚登记（内地居民）'],
      ['hkmo', '一方为港澳居民', '结婚登记（涉港澳居民）']
    ]
  },
  {
    name: '离婚登记',
    question: '离婚双方的身份是？',
    situations: [
      ['mainland', '双方均为内地居民', '离婚登记'],
      ['hkmo', '一方为港澳居民', '离婚登记（涉港澳居民）']
    ]
  },
  {
    name: '往来港澳通行证',
    question: '您要办理哪一项？',
    situations: [
      ['first', '首次申领', '内地居民往来港澳通行证（首次申领）'],
      ['renew', '换发、补发', '内地居民往来港澳通行证换发、补发'],
      ['endorsement', '办理签注', '内地居民往来港澳通行证签注']
    ]
  },
  {
    name: '房屋转移登记',
    question: '房屋是怎样取得的？',
    situations: [
      ['resale', '购买二手房', '国有建设用地使用权及房屋所有权转移登记（二手房）'],
      ['new', '购买一手房（新建商品房）', '新建商品房转移登记（一手房）'],
      ['inheritance', '继承', '不动产继承转移登记']
    ]
  },
  {
    name: '出生医学证明',
    question: '您要办理哪一项？',
    situations: [
      ['first', '首次签发', '出生医学证明办理'],
      ['reissue', '补发、换发', '出生医学证明补发（换发）']
    ]
  },
  {
    name: '社会保障卡',
    question: '您要办理哪一项？',
    situations: [
      ['first', '首次申领', '社会保障卡申领'],
      ['replace', '遗失补领、损坏换领', '社会保障卡补领、换领']
    ]
  },
  {
    name: '养老保险关系转移',
    question: '您参加的是哪种养老保险？',
    situations: [
      ['employee', '企业职工基本养老保险', '基本养老保险关系转移接续'],
      ['resident', '城乡居民基本养老保险', '城乡居民养老保险关系转移']
    ]
  }
]
