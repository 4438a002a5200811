// 文化生活's part of the module's search source: the events and venues by their names and keywords, and the events,
// venues and reservations pages. Read at build time only (search-source.ts).
import type { SearchDoc } from '@/core/search'
import events from '@/data/tourism/events.json'
import venues from '@/data/tourism/venues.json'
import { pageUrl } from '@/routes'
import catalogue from './locales/culture.zh-Hans.json'

const word = (key: string): string => (catalogue as Record<string, string>)[key] ?? key
const venueName = new Map(venues.map((v) => [v.id, v.name]))

export function cultureDocs(): SearchDoc[] {
  return [
    ...events.map((e) => ({
      id: e.id,
      kind: 'event',
      title: e.title,
      subtitle: `${e.endDate ? `${e.date} 至 ${e.endDate}` : e.date} · ${
        (e.venueId && venueName.get(e.venueId)) || e.place?.name || ''
      }`,
      keywords: [...(e.keywords ?? []), word(`tourism.events.category.${e.category}`), '活动', '文化'],
      route: pageUrl('tourism', 'event', { id: e.id })
    })),
    ...venues.map((v) => ({
      id: v.id,
      kind: 'venue',
      title: v.name,
      subtitle: `${word(`tourism.venues.kind.${v.kind}`)} · ${v.address}`,
      keywords: [
        ...(v.keywords ?? []),
        word(`tourism.venues.kind.${v.kind}`),
        ...(v.reservation ? ['预约', '预约参观'] : [])
      ],
      route: pageUrl('tourism', 'venue', { id: v.id })
    })),
    {
      id: 'tourism-events',
      kind: 'tool',
      title: word('tourism.events.title'),
      subtitle: word('tourism.culture.eventsNote'),
      keywords: ['活动', '演出', '展览', '节庆', '讲座', '春节', '周末去哪'],
      boost: 5,
      route: pageUrl('tourism', 'events')
    },
    {
      id: 'tourism-venues',
      kind: 'tool',
      title: word('tourism.venues.title'),
      subtitle: word('tourism.culture.venuesNote'),
      keywords: ['博物馆', '图书馆', '剧院', '纪念馆', '场馆'],
      boost: 5,
      route: pageUrl('tourism', 'venues')
    },
    {
      id: 'tourism-reservations',
      kind: 'tool',
      title: word('tourism.reserve.mine'),
      subtitle: word('tourism.culture.reservationsNote'),
      keywords: ['博物馆预约', '预约参观', '我的预约'],
      boost: 3,
      route: pageUrl('tourism', 'reservations')
    }
  ]
}
