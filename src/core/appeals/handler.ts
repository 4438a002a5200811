// Who handles an appeal in Jiangmen: the routing model proposes a city department; a local matter (占道经营, 违建,
// 噪音, 物业 …) then goes to that department's counterpart in the appeal's district (data/appeals/district-units.json),
// a city-level one (户籍, 出入境, 医保政策, 供电 …) stays with the city unit or company. Which is which is marked on
// the category tree (`handling`). Appeals about Shenzhen or Zhongshan keep going to that city's 12345.
import type { CityId, District } from '../domain'
import { categoryHandling, findCategory, type CategoryTree } from './categories'

/** a handling unit as the catalogue lists it; district units name their district and city counterpart */
export interface HandlerUnit {
  id: string
  name: string
  city: CityId
  phone: string
  district?: District
  /** district units only: the city department whose matters it handles in its district */
  cityUnitId?: string
}

export interface DistrictUnit extends HandlerUnit {
  district: District
  cityUnitId: string
}

export const isDistrictUnit = (unit: HandlerUnit): unit is DistrictUnit =>
  typeof unit.district === 'string' && typeof unit.cityUnitId === 'string'

/**
 * Why this unit, for the sentence the user reads:
 * - local: "{district}的{category}由{unit}办理"
 * - city: "{category}由{unit}统一办理"
 * - noCounterpart: a local matter whose department has no unit in the district, so the city unit takes it
 * - crossCity: the matter is in another city, whose 12345 handles it
 * - localMatter: "{district}的诉求由{unit}属地办理", when the category names another department's matter
 */
export type HandlerReason =
  | { kind: 'local'; district: District; categoryCode: string }
  | { kind: 'city'; categoryCode: string }
  | { kind: 'noCounterpart'; district: District; categoryCode: string }
  | { kind: 'crossCity'; city: CityId }
  /** the chosen category belongs to another department than the one routed: the district's unit, without it */
  | { kind: 'localMatter'; district: District }

export interface Handler {
  /** null: nobody proposed yet, the 12345 centre dispatches by hand */
  unitId: string | null
  /** district: a district unit; city: a city unit or company; crossCity: another city's 12345 */
  level: 'district' | 'city' | 'crossCity' | null
  /** null when there is nothing to explain (manual dispatch, no category yet, a unit chosen by the centre) */
  reason: HandlerReason | null
}

export interface HandlerInput {
  tree: CategoryTree
  /** the city and district units, as the catalogue lists them */
  units: readonly HandlerUnit[]
  /** the routing model's proposal (a city unit, or another city's 12345) */
  routing: { unitId: string | null; city: CityId }
  /** the leaf chosen or suggested; without one the handling level is unknown and the city unit stands */
  categoryCode?: string
  district?: District
  /** once dispatched: the unit the 12345 centre sent it to, which is then the handler whatever was proposed */
  assignedUnitId?: string
}

/**
 * The proposed handler before dispatch: the routed city unit, moved to its district counterpart for local matters.
 * When the text decided on another department than the category's own, the handling level still comes from the
 * category, but its name would explain nothing about this unit: the reason then leaves it out.
 */
function proposedHandler(input: HandlerInput): Handler {
  const handler = levelHandler(input)
  const leafUnitId = input.categoryCode ? findCategory(input.tree, input.categoryCode)?.unitId : undefined
  const reason = handler.reason
  if (!reason || reason.kind === 'crossCity' || !leafUnitId || leafUnitId === input.routing.unitId) return handler
  return { ...handler, reason: reason.kind === 'local' ? { kind: 'localMatter', district: reason.district } : null }
}

function levelHandler({ tree, units, routing, categoryCode, district }: HandlerInput): Handler {
  if (routing.city !== 'jiangmen') {
    return {
      unitId: routing.unitId,
      level: routing.unitId ? 'crossCity' : null,
      reason: routing.unitId ? { kind: 'crossCity', city: routing.city } : null
    }
  }
  const cityUnitId = routing.unitId
  if (!cityUnitId) return { unitId: null, level: null, reason: null }
  const known = categoryCode && findCategory(tree, categoryCode) ? categoryCode : undefined
  const handling = known ? categoryHandling(tree, known) : undefined
  if (!known || !handling) return { unitId: cityUnitId, level: 'city', reason: null }
  if (handling === 'city') return { unitId: cityUnitId, level: 'city', reason: { kind: 'city', categoryCode: known } }
  if (!district) return { unitId: cityUnitId, level: 'city', reason: null }
  const counterpart = units.find((u) => isDistrictUnit(u) && u.district === district && u.cityUnitId === cityUnitId)
  if (!counterpart)
    return { unitId: cityUnitId, level: 'city', reason: { kind: 'noCounterpart', district, categoryCode: known } }
  return { unitId: counterpart.id, level: 'district', reason: { kind: 'local', district, categoryCode: known } }
}

/**
 * The one unit an appeal is with, and why. Before dispatch it is the proposal (see above); after dispatch the
 * assigned unit, keeping the reason only when the centre followed the proposal.
 */
export function resolveHandler(input: HandlerInput): Handler {
  const proposed = proposedHandler(input)
  const { assignedUnitId, units } = input
  if (!assignedUnitId || assignedUnitId === proposed.unitId) return proposed
  const unit = units.find((u) => u.id === assignedUnitId)
  const level = !unit ? null : isDistrictUnit(unit) ? 'district' : unit.city === 'jiangmen' ? 'city' : 'crossCity'
  return { unitId: assignedUnitId, level, reason: null }
}
