import type { StatusKind, SubscribeChannel } from './subscribe-templates'

export type { StatusKind, SubscribeChannel } from './subscribe-templates'

// Neutral default (H5 and tests): the web has no message subscription; the site shows an in-app
// badge when an appeal's status changes instead.
export const SUBSCRIBE_CHANNEL: SubscribeChannel = 'in-app'

/** whether the build has templates for the kind's status messages: never on the web */
export const offersStatusMessages = (kind: StatusKind): boolean => (void kind, false)

/** the template ids the user accepted for the kind's status messages: none here */
export async function requestStatusSubscription(kind: StatusKind = 'appeal'): Promise<string[]> {
  void kind
  return []
}
