import { byDistance, fromCity, railMinutes } from '@/core/tourism/travel'
import sights from '@/data/tourism/sights.json'
import stations from '@/data/tourism/stations.json'
import type { Sight } from '@/core/tourism/types'

const all = sights as Sight[]

test('without a point the data order stays; from 开平南站 the Kaiping sights come first', () => {
  expect(byDistance(all).map((r) => r.item.id)).toEqual(all.map((s) => s.id))
  const kaiping = stations.find((s) => s.id === 'kaiping-south')!
  const rows = byDistance(all, kaiping)
  expect(rows.slice(0, 6).every((r) => r.item.district === 'kaiping')).toBe(true)
  for (let i = 1; i < rows.length; i++) expect(rows[i].km!).toBeGreaterThanOrEqual(rows[i - 1].km!)
})

test('from 台山站 the islands are further than 梅家大院', () => {
  const taishan = stations.find((s) => s.id === 'taishan')!
  const ids = byDistance(all, taishan).map((r) => r.item.id)
  expect(ids.indexOf('meijia-mansion')).toBeLessThan(ids.indexOf('shangchuan-feisha'))
})

test('the rail journey counts the train and the ride on; the faster way is named', () => {
  const zili = all.find((s) => s.id === 'zili-village')!
  const travel = fromCity(zili, 'shenzhen')
  expect(railMinutes(travel)).toBe(travel.rail.minutes + travel.rail.onward)
  expect(travel.fastest).toBe(travel.car <= railMinutes(travel) ? 'car' : 'rail')
})
