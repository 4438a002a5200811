import type { OnlineChannel } from '@/core/gov-services/types'
import type { ChannelOutcome } from './open-channel-facts'
import { openChannelOn } from './open-channel-mini'

export type { ChannelOutcome } from './open-channel-facts'

// WeChat: the channel's WeChat mini-program (wx.navigateToMiniProgram), else its address copied.
export const openChannel = (channel: OnlineChannel): Promise<ChannelOutcome> => openChannelOn(channel.weapp, channel)

/** does the channel open as a mini-program here (else its address is copied) */
export const opensInPlace = (channel: OnlineChannel): boolean => channel.weapp !== undefined
