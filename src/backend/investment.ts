// The 招商服务 half of the data boundary: the parks, investment projects and 惠企政策, and matching a company
// profile against them, embedded or over HTTP, chosen at build time like the others. Only the investment
// subpackage imports this file, so its data ships there, never in the main package.
import { API_BASE, BACKEND_KIND } from './config'
import { embeddedInvestmentApi } from './embedded/investment'
import { httpInvestmentApi } from './http/investment'
import { taroTransport } from './http/taro-transport'
import type { InvestmentApi } from './types'

export type { EnterprisePolicyDetail, MatchRequest } from './types'

export const investmentBackend: InvestmentApi =
  BACKEND_KIND === 'http' ? httpInvestmentApi({ base: API_BASE, transport: taroTransport }) : embeddedInvestmentApi()
