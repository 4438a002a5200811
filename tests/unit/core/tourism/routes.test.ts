// Route totals come from the sights' own tickets: a 联票 bought at one stop covers the others, free sights add
// nothing, a sight visited twice is paid once; each visitor pays under the gate's own concessions.
import concessions from '@/data/tourism/concessions.json'
import routes from '@/data/tourism/routes.json'
import sights from '@/data/tourism/sights.json'
import { routeCost, routeSights, routeTickets, routeTotals } from '@/core/tourism/routes'
import type { ConcessionPolicy, Sight, TourRoute } from '@/core/tourism/types'

const all = sights as Sight[]
const byId = new Map(all.map((s) => [s.id, s]))
const route = (id: string) => (routes as TourRoute[]).find((r) => r.id === id)!
const rulesOf = (s: Sight) => (concessions as ConcessionPolicy[]).find((p) => p.id === s.concessionPolicy)?.rules ?? []
const price = (sight: string, ticket: string) => byId.get(sight)!.tickets.find((t) => t.id === ticket)!.price

test('the towers day buys the three-site ticket once: 马降龙 and 立园 are covered, 赤坎 is free', () => {
  const r = route('towers-one-day')
  expect(routeTickets(r, byId).map((x) => x.ticket.id)).toEqual(['kaiping-three', 'chikan-street'])
  expect(routeTotals(r, byId).tickets).toBe(price('zili-village', 'kaiping-three'))
})

test("each day's start, end, minutes at the stops and on the road", () => {
  expect(routeTotals(route('towers-one-day'), byId).days).toEqual([
    { start: '09:00', end: '21:00', travel: 15 + 25 + 15, visit: 120 + 135 + 95 + 315 }
  ])
  const two = routeTotals(route('xinhui-classic-two-day'), byId)
  expect(two.days.map((d) => [d.start, d.end])).toEqual([
    ['08:30', '17:30'],
    ['09:00', '18:00']
  ])
})

test('the total is the sum of the tickets the stops name, with no ticket typed into the route', () => {
  const r = route('xinhui-classic-two-day')
  const expected =
    price('xiaoniao-tiantang', 'xiaoniao-boat') + price('yamen', 'yamen') + price('gudou-hot-spring', 'gudou')
  expect(routeTotals(r, byId).tickets).toBe(expected)
  // a price change in the sights' data changes the route's total
  const dearer = new Map(byId)
  const yamen = byId.get('yamen')!
  dearer.set('yamen', { ...yamen, tickets: [{ ...yamen.tickets[0], price: yamen.tickets[0].price + 10 }] })
  expect(routeTotals(r, dearer).tickets).toBe(expected + 10)
})

test('a sight visited on both days of a route is paid once', () => {
  const r = route('taishan-islands-two-day')
  expect(routeTickets(r, byId).filter((x) => x.sight.id === 'shangchuan-feisha')).toHaveLength(1)
  expect(routeSights(r, byId).map((s) => s.id)).toEqual(['meijia-mansion', 'shangchuan-feisha', 'naqin-peninsula'])
})

test('a free route costs nothing, for everyone', () => {
  const tickets = routeTickets(route('city-heritage-one-day'), byId)
  expect(routeCost(tickets, rulesOf)).toBe(0)
  expect(routeCost(tickets, rulesOf, { age: 35 })).toBe(0)
})

test('visitors pay under each gate’s concessions: half for students, free from 70, half of the resort from 60', () => {
  const tickets = routeTickets(route('xinhui-classic-two-day'), byId)
  const full = routeCost(tickets, rulesOf)
  expect(routeCost(tickets, rulesOf, { age: 35, heightCm: 170 })).toBe(full)
  expect(routeCost(tickets, rulesOf, { age: 20, heightCm: 170, student: true })).toBe((50 + 30) / 2 + 198)
  expect(routeCost(tickets, rulesOf, { age: 72 })).toBe(198 / 2)
})

test('an unknown stop or ticket is an error naming the route', () => {
  const bad: TourRoute = {
    ...route('xinhui-one-day'),
    days: [{ stops: [{ sight: 'nowhere', arrive: '09:00', leave: '10:00' }] }]
  }
  expect(() => routeTickets(bad, byId)).toThrow('route xinhui-one-day: unknown sight nowhere')
  const badTicket: TourRoute = {
    ...bad,
    days: [{ stops: [{ sight: 'yamen', arrive: '09:00', leave: '10:00', ticket: 'no-such' }] }]
  }
  expect(() => routeTickets(badTicket, byId)).toThrow('yamen has no ticket no-such')
})
