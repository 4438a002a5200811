// Laws and regulations cited in 设定依据. A service cites them as 'CODE:article' ('SFZ:11' → 《…居民身份证法》第十一条),
// 'CODE:11-2' for 第十一条第二款, or plain 'CODE' for the whole document.
export const laws = {
  SFZ: '中华人民共和国居民身份证法',
  HJ: '中华人民共和国户口登记条例',
  SB: '中华人民共和国社会保险法',
  SBJB: '社会保险经办条例',
  SBQY: '社会保险个人权益记录管理办法',
  SBZJ: '社会保险费征缴暂行条例',
  CXYL: '国务院关于建立统一的城乡居民基本养老保险制度的意见（国发〔2014〕8号）',
  CXYB: '国务院关于整合城乡居民基本医疗保险制度的意见（国发〔2016〕3号）',
  YBJJ: '医疗保障基金使用监督管理条例',
  YDJY: '国家医保局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知（医保发〔2022〕22号）',
  GDSY: '广东省职工生育保险规定',
  SYBX: '失业保险条例',
  GDSYBX: '广东省失业保险条例',
  GSBX: '工伤保险条例',
  GDGS: '广东省工伤保险条例',
  GJJ: '住房公积金管理条例',
  GJJTQ: '江门市住房公积金提取管理办法',
  JYCJ: '中华人民共和国就业促进法',
  JYFW: '就业服务与就业管理规定',
  LDF: '中华人民共和国劳动法',
  LDHT: '中华人民共和国劳动合同法',
  LDZC: '中华人民共和国劳动争议调解仲裁法',
  HYDJ: '婚姻登记条例',
  MFD: '中华人民共和国民法典',
  SYDJ: '中国公民收养子女登记办法',
  MYBJ: '中华人民共和国母婴保健法',
  MYSS: '中华人民共和国母婴保健法实施办法',
  RKJS: '中华人民共和国人口与计划生育法',
  GDRK: '广东省人口与计划生育条例',
  JTAQ: '中华人民共和国道路交通安全法',
  JTSS: '中华人民共和国道路交通安全法实施条例',
  JSZ: '机动车驾驶证申领和使用规定',
  JDC: '机动车登记规定',
  CRJ: '中华人民共和国出境入境管理法',
  GAZX: '中国公民因私事往来香港地区或者澳门地区的暂行管理办法',
  HZF: '中华人民共和国护照法',
  WGR: '中华人民共和国外国人入境出境管理条例',
  BDC: '不动产登记暂行条例',
  BDCXZ: '不动产登记暂行条例实施细则',
  TDGL: '中华人民共和国土地管理法',
  FDC: '中华人民共和国城市房地产管理法',
  SPYS: '城市商品房预售管理办法',
  FDKF: '城市房地产开发经营管理条例',
  SHJZ: '社会救助暂行办法',
  GDSHJZ: '广东省社会救助条例',
  LSJZ: '国务院关于全面建立临时救助制度的通知（国发〔2014〕47号）',
  TKRY: '特困人员认定办法',
  LNQY: '中华人民共和国老年人权益保障法',
  GDLN: '广东省老年人权益保障条例',
  YLJG: '养老机构管理办法',
  BZ: '殡葬管理条例',
  STTT: '社会团体登记管理条例',
  MFQY: '民办非企业单位登记管理暂行条例',
  CSF: '中华人民共和国慈善法',
  TYJR: '中华人民共和国退役军人保障法',
  JRFX: '军人抚恤优待条例',
  TYSB: '退役士兵安置条例',
  BYF: '中华人民共和国兵役法',
  CJR: '中华人民共和国残疾人保障法',
  CJRZ: '中华人民共和国残疾人证管理办法',
  JYF: '中华人民共和国教育法',
  YWJY: '中华人民共和国义务教育法',
  JSZG: '教师资格条例',
  MBJY: '中华人民共和国民办教育促进法',
  ZTDJ: '中华人民共和国市场主体登记管理条例',
  ZTXZ: '中华人民共和国市场主体登记管理条例实施细则',
  GSF: '中华人民共和国公司法',
  SPAQ: '中华人民共和国食品安全法',
  SPJY: '食品经营许可和备案管理办法',
  SPSC: '食品生产许可管理办法',
  YPGL: '中华人民共和国药品管理法',
  YPSS: '中华人民共和国药品管理法实施条例',
  YLQX: '医疗器械监督管理条例',
  TZSB: '中华人民共和国特种设备安全法',
  CPZL: '中华人民共和国产品质量法',
  JLF: '中华人民共和国计量法',
  GGF: '中华人民共和国广告法',
  SBF: '中华人民共和国商标法',
  ZLF: '中华人民共和国专利法',
  CXGH: '中华人民共和国城乡规划法',
  JZF: '中华人民共和国建筑法',
  JSZL: '建设工程质量管理条例',
  SGXK: '建筑工程施工许可管理办法',
  JZZZ: '建筑业企业资质管理规定',
  JGBA: '房屋建筑和市政基础设施工程竣工验收备案管理办法',
  XFF: '中华人民共和国消防法',
  XFSJ: '建设工程消防设计审查验收管理暂行规定',
  PWXK: '排污许可管理条例',
  HPF: '中华人民共和国环境影响评价法',
  HBGL: '建设项目环境保护管理条例',
  GFWR: '中华人民共和国固体废物污染环境防治法',
  DLYS: '中华人民共和国道路运输条例',
  WYC: '网络预约出租汽车经营服务管理暂行办法',
  XYCZ: '巡游出租汽车经营服务管理规定',
  GLF: '中华人民共和国公路法',
  ZSGL: '中华人民共和国税收征收管理法',
  ZSXZ: '中华人民共和国税收征收管理法实施细则',
  FPGL: '中华人民共和国发票管理办法',
  ZZS: '中华人民共和国增值税法',
  GRSD: '中华人民共和国个人所得税法',
  QYSD: '中华人民共和国企业所得税法',
  QSF: '中华人民共和国契税法',
  YSF: '中华人民共和国医师法',
  HSTL: '护士条例',
  YLJGGL: '医疗机构管理条例',
  GGCS: '公共场所卫生管理条例',
  CSRR: '城市市容和环境卫生管理条例',
  CSLH: '城市绿化条例',
  PSGL: '城镇排水与污水处理条例',
  SFA: '中华人民共和国水法',
  HDGL: '中华人民共和国河道管理条例',
  ZZF: '中华人民共和国种子法',
  DWFY: '中华人民共和国动物防疫法',
  NYGL: '农药管理条例',
  NCTD: '中华人民共和国农村土地承包法',
  AQSC: '中华人民共和国安全生产法',
  WHP: '危险化学品安全管理条例',
  YCGL: '营业性演出管理条例',
  SWGL: '互联网上网服务营业场所管理条例',
  LXS: '旅行社条例',
  YLCS: '娱乐场所管理条例',
  QMJS: '全民健身条例',
  WSTZ: '中华人民共和国外商投资法',
  WGRJY: '外国人在中国就业管理规定',
  GQRD: '高新技术企业认定管理办法',
  GZF: '中华人民共和国公证法',
  FLYZ: '中华人民共和国法律援助法',
  XZXK: '中华人民共和国行政许可法',
  ZWFW: '广东省政务服务数字化条例',
  YSHJ: '优化营商环境条例'
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']
/** 1..9999 in Chinese numerals as used for article numbers (第一千零七十七条) */
export function chineseNumber(n) {
  if (n < 10) return DIGITS[n]
  const units = [
    ['千', 1000],
    ['百', 100],
    ['十', 10]
  ]
  let out = ''
  let rest = n
  let zero = false
  for (const [u, v] of units) {
    const d = Math.floor(rest / v)
    rest %= v
    if (d) {
      if (zero) out += '零'
      out += (u === '十' && d === 1 && !out ? '' : DIGITS[d]) + u
      zero = false
    } else if (out) zero = true
  }
  if (rest) out += (zero ? '零' : '') + DIGITS[rest]
  return out
}

export function citeLaw(ref) {
  const [code, art] = ref.split(':')
  const name = laws[code]
  if (!name) throw new Error(`unknown law ${code}`)
  if (!art) return `《${name}》`
  return (
    `《${name}》` +
    art
      .split(',')
      .map((a) => {
        const [article, clause] = a.split('-').map(Number)
        return `第${chineseNumber(article)}条` + (clause ? `第${chineseNumber(clause)}款` : '')
      })
      .join('、')
  )
}
