// What the 文旅服务 pages show on first render in the WeChat and Alipay checks (tests/clients/expectations.ts).
import routes from '../../../src/data/tourism/routes.json'
import sights from '../../../src/data/tourism/sights.json'
import events from '../../../src/data/tourism/events.json'
import venues from '../../../src/data/tourism/venues.json'
import { embeddedCultureApi } from '../../../src/backend/embedded/culture'
import { memoryStorage } from '../../../src/backend/storage/key-value'
import { cultureRecords } from '../../../src/backend/storage/culture-records'
import { groupedReference, nextBookingReference } from '../../../src/core/booking'
import { shanghaiInstant } from '../../../src/core/calendar'
import type { PageExpectation } from '../expectations'

const zili = sights.find((s) => s.id === 'zili-village')!

const museum = venues.find((v) => v.id === 'jiangmen-museum')!
const concert = events.find((e) => e.title === '2027 新年音乐会')!

/** one reservation of two visitors at 陈白沙祠, made on 2026-12-01 for Tuesday 2026-12-08 (the receipt's record) */
const RESERVATION_ID = 'VR-SEED-1'
/** the first 预约号 of the venue's day */
const SEEDED_REFERENCE = groupedReference(nextBookingReference('chen-baisha-shrine', '2026-12-08', [], 'WL'))
async function reservationStorage(): Promise<Map<string, unknown>> {
  const storage = memoryStorage()
  const api = embeddedCultureApi({
    records: cultureRecords(storage),
    now: () => shanghaiInstant('2026-12-01', 8 * 60)
  })
  await api.reserve({
    idempotencyKey: 'seed-reservation-1',
    venueId: 'chen-baisha-shrine',
    date: '2026-12-08',
    slot: '10:00-11:00',
    visitors: [
      { name: '陈小明', idType: 'mainland', idNumber: '11010519491231002X' },
      { name: '陈大文', idType: 'hk', idNumber: 'A1234563' }
    ],
    phoneRegion: 'cn',
    phone: '13800138000'
  })
  const dump = storage.dump() as Record<string, { v: number; items: { id: string }[] }>
  const envelope = dump['wst:venue-reservations']
  dump['wst:venue-reservations'] = { ...envelope, items: envelope.items.map((r) => ({ ...r, id: RESERVATION_ID })) }
  return new Map(Object.entries(dump))
}

export const PAGES: Record<string, PageExpectation> = {
  // sights and routes
  'features/tourism/pages/home/index': {
    title: '文旅服务',
    text: ['示例数据', '游江门', '景点', `${sights.length} 个景点`]
  },
  'features/tourism/pages/sights/index': {
    title: '景点',
    text: [`共 ${sights.length} 个景点`, ...sights.map((s) => s.name)]
  },
  'features/tourism/pages/sight/index': {
    query: { id: zili.id },
    title: '景点详情',
    text: [zili.name, zili.address, '世界文化遗产', '导航到这里', '☆ 收藏', '优惠政策', '怎么去', '¥180']
  },
  // the mini-programs draw the host's map above the list (the web-map note is H5's)
  'features/tourism/pages/map/index': {
    title: '景点地图',
    text: [
      '推荐',
      '按距离排序',
      '按车站',
      `共 ${sights.length} 个景点`,
      '导航到这里',
      ...sights.slice(0, 5).map((s) => s.name)
    ]
  },
  'features/tourism/pages/routes/index': {
    title: '推荐线路',
    text: ['示例线路', `共 ${routes.length} 条线路`, ...routes.map((r) => r.name), '1 日游 · 4 个景点 · 门票合计 ¥180']
  },
  'features/tourism/pages/route/index': {
    query: { id: routes[0].id },
    title: '线路详情',
    text: [routes[0].name, '行程 09:00–21:00', '↓ 车程 15 分钟', '门票合计', '¥180', '成人', '☆ 收藏']
  },
  // events, venues and reservations (文化生活); the calendar's rows are by the Beijing date, so only its frame
  'features/tourism/pages/events/index': {
    title: '文化活动',
    text: ['示例数据', '今天', '本周末', '本月', '节庆', '演出', '展览', '阅读活动']
  },
  'features/tourism/pages/event/index': {
    query: { id: concert.id },
    title: '活动详情',
    text: [concert.title, concert.price, '水岸音乐厅', '举办场馆', '☆ 收藏']
  },
  'features/tourism/pages/venues/index': {
    title: '文化场馆',
    text: ['博物馆', '图书馆', '剧场', '可预约', ...venues.slice(0, 4).map((v) => v.name)]
  },
  'features/tourism/pages/venue/index': {
    query: { id: museum.id },
    title: '场馆详情',
    text: [museum.name, museum.address, museum.hoursText, '预约参观', '导航']
  },
  'features/tourism/pages/reserve/index': {
    query: { venue: museum.id },
    title: '预约参观',
    text: [museum.name, '参观日期', '闭馆', '参观人 1 姓名', '添加参观人', '提交预约']
  },
  'features/tourism/pages/reservation/index': {
    query: { id: RESERVATION_ID },
    storage: reservationStorage,
    title: '预约凭证',
    text: ['待参观', '预约号', SEEDED_REFERENCE, '陈白沙祠', '2 人', '陈*明', '导航', '取消预约']
  },
  'features/tourism/pages/reservations/index': {
    storage: reservationStorage,
    title: '我的场馆预约',
    text: ['陈白沙祠', '待参观', '2 人 · 138****8000', '取消预约']
  }
}
