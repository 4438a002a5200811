// askForStatusMessages: the platform's subscribe dialog, then the accepted templates told to the server (an HTTP
// build; the embedded backend keeps a filing's own list in its record). Not in the main package: the appeal and
// application pages that call it are in their subpackages.
import { requestStatusSubscription, type StatusKind } from '@/platform/subscribe'
import { API_BASE } from './config'
import { httpSubscriptionsApi } from './http/subscriptions'
import { taroTransport } from './http/taro-transport'

export interface AskOptions {
  /** the platform's dialog (platform/subscribe) */
  request?: (kind: StatusKind) => Promise<string[]>
  /** tells the server; none with the embedded backend, whose records keep the filing's own list */
  record?: (kind: StatusKind, accepted: string[]) => Promise<unknown>
}

const recordOnServer = (kind: StatusKind, accepted: string[]) =>
  // written out (not BACKEND_KIND) so an embedded build folds the HTTP client away
  process.env.TARO_APP_BACKEND === 'http'
    ? httpSubscriptionsApi({ base: API_BASE, transport: taroTransport }).record(kind, accepted)
    : Promise.resolve()

/**
 * Asks the resident for the kind's status messages and tells the server what they accepted; resolves with the
 * accepted template ids ([] on H5, when refused, or with no templates configured). Call it first in a tap handler,
 * before any await: WeChat shows its dialog only inside a tap, and the dialog is opened synchronously here. A
 * server that cannot be reached is no failure: the ids still come back (a filing carries them too).
 */
export async function askForStatusMessages(kind: StatusKind, options: AskOptions = {}): Promise<string[]> {
  const accepted = await (options.request ?? requestStatusSubscription)(kind)
  if (accepted.length === 0) return []
  try {
    await (options.record ?? recordOnServer)(kind, accepted)
  } catch {
    // offline or signed out: the acceptance stays on the platform's side, and the next filing or ask sends it
  }
  return accepted
}
