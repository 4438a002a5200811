import Taro from '@tarojs/taro'
import type { OnlineChannel } from '@/core/gov-services/types'
import type { ChannelOutcome } from './open-channel-facts'

export type { ChannelOutcome } from './open-channel-facts'

// Neutral default (H5 and tests): the channel's web page in a new tab; a browser that blocks the tab gets the
// address copied instead. open-channel.weapp.ts / .alipay.ts open the channel's mini-program.
export async function openChannel(channel: OnlineChannel): Promise<ChannelOutcome> {
  const tab = typeof window !== 'undefined' ? window.open(channel.url, '_blank') : null
  if (tab) {
    // the channel's page gets no handle on this one
    tab.opener = null
    return 'opened'
  }
  try {
    await Taro.setClipboardData({ data: channel.url })
    return 'copied'
  } catch {
    return 'failed'
  }
}

/** does the channel open here (else its address is copied): every channel has a web page */
export const opensInPlace = (channel: OnlineChannel): boolean => channel.url !== ''
