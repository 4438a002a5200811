import type { SubscribeChannel } from './subscribe-templates'

export type { SubscribeChannel } from './subscribe-templates'

// Neutral default (H5 and tests): the web has no message subscription; the site shows an in-app
// badge when an appeal's status changes instead.
export const SUBSCRIBE_CHANNEL: SubscribeChannel = 'in-app'

/** the template ids the user accepted: none here */
export async function requestStatusSubscription(): Promise<string[]> {
  return []
}
