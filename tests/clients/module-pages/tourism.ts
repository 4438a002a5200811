// What the 文旅服务 pages show on first render in the WeChat and Alipay checks (tests/clients/expectations.ts).
import sights from '../../../src/data/tourism/sights.json'
import events from '../../../src/data/tourism/events.json'
import venues from '../../../src/data/tourism/venues.json'
import type { PageExpectation } from '../expectations'

const zili = sights.find((s) => s.id === 'zili-village')!

const museum = venues.find((v) => v.id === 'jiangmen-museum')!
const concert = events.find((e) => e.title === '2027 新年音乐会')!

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
    text: [zili.name, zili.address, '世界文化遗产', '导航到这里', '☆ 收藏']
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
    query: { id: 'VR-none' },
    title: '预约凭证',
    text: ['没有找到这条预约']
  },
  'features/tourism/pages/reservations/index': {
    title: '我的场馆预约',
    text: ['还没有场馆预约']
  }
}
