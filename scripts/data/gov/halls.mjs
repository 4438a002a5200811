// 办事大厅: Jiangmen's city and county-level halls, two specialist halls, and the Shenzhen and Zhongshan
// halls that accept 跨城通办 items. Coordinates are near the real places (sample data).
const WEEKDAY = '周一至周五 9:00-12:00，14:00-17:30（法定节假日除外）'
const WEEKDAY_SAT = '周一至周五 9:00-12:00，14:00-17:30；周六 9:00-12:00（法定节假日除外）'
const SLOTS = ['09:00-10:00', '10:00-11:00', '11:00-12:00', '14:00-15:00', '15:00-16:00', '16:00-17:00']
const SLOTS_HALF = [
  '09:00-09:30',
  '09:30-10:00',
  '10:00-10:30',
  '10:30-11:00',
  '11:00-11:30',
  '14:00-14:30',
  '14:30-15:00',
  '15:00-15:30',
  '15:30-16:00',
  '16:00-16:30',
  '16:30-17:00'
]

export const halls = [
  {
    key: 'city',
    name: '江门市行政服务中心',
    city: 'jiangmen',
    district: 'pengjiang',
    address: '江门市蓬江区白沙大道西1号市民服务中心A座1-3楼',
    hours: WEEKDAY_SAT,
    phone: '0750-3270033',
    latitude: 22.5816,
    longitude: 113.076,
    slots: SLOTS_HALF,
    slotCapacity: 12
  },
  {
    key: 'pengjiang',
    name: '蓬江区政务服务中心',
    city: 'jiangmen',
    district: 'pengjiang',
    address: '江门市蓬江区建设三路128号',
    hours: WEEKDAY_SAT,
    phone: '0750-3291226',
    latitude: 22.5985,
    longitude: 113.0712,
    slots: SLOTS,
    slotCapacity: 8
  },
  {
    key: 'jianghai',
    name: '江海区政务服务中心',
    city: 'jiangmen',
    district: 'jianghai',
    address: '江门市江海区五邑路与东海路交汇处江海区行政服务大楼1楼',
    hours: WEEKDAY,
    phone: '0750-3863062',
    latitude: 22.5668,
    longitude: 113.1137,
    slots: SLOTS,
    slotCapacity: 6
  },
  {
    key: 'xinhui',
    name: '新会区政务服务中心',
    city: 'jiangmen',
    district: 'xinhui',
    address: '江门市新会区会城今古洲大道63号',
    hours: WEEKDAY_SAT,
    phone: '0750-6107123',
    latitude: 22.5228,
    longitude: 113.0386,
    slots: SLOTS,
    slotCapacity: 8
  },
  {
    key: 'taishan',
    name: '台山市政务服务中心',
    city: 'jiangmen',
    district: 'taishan',
    address: '台山市台城街道环北大道8号',
    hours: WEEKDAY,
    phone: '0750-5588123',
    latitude: 22.2587,
    longitude: 112.7928,
    slots: SLOTS,
    slotCapacity: 6
  },
  {
    key: 'kaiping',
    name: '开平市政务服务中心',
    city: 'jiangmen',
    district: 'kaiping',
    address: '开平市长沙街道东兴大道8号',
    hours: WEEKDAY,
    phone: '0750-2288012',
    latitude: 22.3794,
    longitude: 112.6985,
    slots: SLOTS,
    slotCapacity: 6
  },
  {
    key: 'heshan',
    name: '鹤山市政务服务中心',
    city: 'jiangmen',
    district: 'heshan',
    address: '鹤山市沙坪街道人民路88号',
    hours: WEEKDAY,
    phone: '0750-8868123',
    latitude: 22.7669,
    longitude: 112.964,
    slots: SLOTS,
    slotCapacity: 5
  },
  {
    key: 'enping',
    name: '恩平市政务服务中心',
    city: 'jiangmen',
    district: 'enping',
    address: '恩平市恩城街道新平北路68号',
    hours: WEEKDAY,
    phone: '0750-7700123',
    latitude: 22.1853,
    longitude: 112.3051,
    slots: SLOTS,
    slotCapacity: 4
  },
  {
    key: 'estate',
    name: '江门市不动产登记中心服务大厅',
    city: 'jiangmen',
    district: 'pengjiang',
    address: '江门市蓬江区港口一路36号',
    hours: WEEKDAY_SAT,
    phone: '0750-3176160',
    latitude: 22.5902,
    longitude: 113.0879,
    slots: SLOTS_HALF,
    slotCapacity: 10
  },
  {
    key: 'exit',
    name: '江门市公安局出入境管理支队办证大厅',
    city: 'jiangmen',
    district: 'pengjiang',
    address: '江门市蓬江区篁庄大道西10号',
    hours: '周一至周五 8:30-12:00，14:00-17:30；周六 8:30-12:00（法定节假日除外）',
    phone: '0750-3866066',
    latitude: 22.5941,
    longitude: 113.0655,
    slots: SLOTS_HALF,
    slotCapacity: 10
  },
  {
    key: 'shenzhen',
    name: '深圳市民中心行政服务大厅',
    city: 'shenzhen',
    address: '深圳市福田区福中三路市民中心B区',
    hours: WEEKDAY,
    phone: '0755-88100000',
    latitude: 22.5431,
    longitude: 114.0594,
    slots: SLOTS,
    slotCapacity: 6
  },
  {
    key: 'zhongshan',
    name: '中山市政务服务中心',
    city: 'zhongshan',
    address: '中山市东区松苑路1号',
    hours: WEEKDAY_SAT,
    phone: '0760-88328800',
    latitude: 22.519,
    longitude: 113.3945,
    slots: SLOTS,
    slotCapacity: 6
  }
].map((h, i) => ({ id: `hall-${String(i + 1).padStart(4, '0')}`, ...h }))

export const hallId = Object.fromEntries(halls.map((h) => [h.key, h.id]))
export const COUNTY_HALLS = ['pengjiang', 'jianghai', 'xinhui', 'taishan', 'kaiping', 'heshan', 'enping']
