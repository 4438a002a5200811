// A route's figures, computed from its stops and the sights' own data, never typed into the route: the times of
// each day, the minutes on the road and at the stops, and the tickets to buy (a 联票 bought at one stop covers the
// stops it names), in total and for a visitor.
import { parseClock } from '../calendar/shanghai-time'
import { visitorPrice } from './tickets'
import type { Concession, RouteStop, RouteTotals, Sight, Ticket, TourRoute, Visitor } from './types'

/** one ticket a route buys, at the stop where it is bought */
export interface RouteTicket {
  stop: RouteStop
  sight: Sight
  ticket: Ticket
}

const minutes = (clock: string): number => parseClock(clock) ?? 0

/** the stop's sight, or an error naming the route: every stop must be a known sight (the data tests hold it) */
function sightOf(route: TourRoute, stop: RouteStop, sights: ReadonlyMap<string, Sight>): Sight {
  const sight = sights.get(stop.sight)
  if (!sight) throw new Error(`route ${route.id}: unknown sight ${stop.sight}`)
  return sight
}

/** the stop's ticket: the one it names, else the sight's first */
function ticketOf(route: TourRoute, stop: RouteStop, sight: Sight): Ticket | undefined {
  if (!stop.ticket) return sight.tickets[0]
  const ticket = sight.tickets.find((t) => t.id === stop.ticket)
  if (!ticket) throw new Error(`route ${route.id}: ${sight.id} has no ticket ${stop.ticket}`)
  return ticket
}

/** the tickets the route buys, in the order of its stops; a stop a 联票 already covers buys none */
export function routeTickets(route: TourRoute, sights: ReadonlyMap<string, Sight>): RouteTicket[] {
  const covered = new Set<string>()
  const bought: RouteTicket[] = []
  for (const stop of route.days.flatMap((d) => d.stops)) {
    const sight = sightOf(route, stop, sights)
    if (covered.has(sight.id)) continue
    const ticket = ticketOf(route, stop, sight)
    if (!ticket) continue
    for (const id of ticket.covers ?? [sight.id]) covered.add(id)
    bought.push({ stop, sight, ticket })
  }
  return bought
}

/** the sum of the route's tickets for a visitor, each under the concessions of the gate it is bought at */
export function routeCost(
  tickets: readonly RouteTicket[],
  rulesOf: (sight: Sight) => readonly Concession[],
  visitor?: Visitor
): number {
  return tickets.reduce(
    (sum, { sight, ticket }) =>
      sum + (visitor ? visitorPrice(ticket.price, rulesOf(sight), visitor).price : ticket.price),
    0
  )
}

/** each day's start, end, minutes on the road and at the stops, and the full-price total of the tickets */
export function routeTotals(route: TourRoute, sights: ReadonlyMap<string, Sight>): RouteTotals {
  const days = route.days.map(({ stops }) => ({
    start: stops[0]?.arrive ?? '',
    end: stops.at(-1)?.leave ?? '',
    travel: stops.reduce((sum, s) => sum + (s.next?.minutes ?? 0), 0),
    visit: stops.reduce((sum, s) => sum + minutes(s.leave) - minutes(s.arrive), 0)
  }))
  return { days, tickets: routeCost(routeTickets(route, sights), () => []) }
}

/** the route's sights, in the order first visited */
export function routeSights(route: TourRoute, sights: ReadonlyMap<string, Sight>): Sight[] {
  const ids = [...new Set(route.days.flatMap((d) => d.stops.map((s) => s.sight)))]
  return ids.map((id) => sightOf(route, { sight: id, arrive: '', leave: '' }, sights))
}
