import type { OnlineChannel } from '@/core/gov-services/types'
import type { ChannelOutcome } from './open-channel-facts'
import { openChannelOn } from './open-channel-mini'

export type { ChannelOutcome } from './open-channel-facts'

// Alipay: the channel's Alipay mini-program (my.navigateToMiniProgram), else its address copied.
export const openChannel = (channel: OnlineChannel): Promise<ChannelOutcome> => openChannelOn(channel.alipay, channel)

/** does the channel open as a mini-program here (else its address is copied) */
export const opensInPlace = (channel: OnlineChannel): boolean => channel.alipay !== undefined
