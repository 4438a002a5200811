import Taro from '@tarojs/taro'
import type { MiniProgramTarget, OnlineChannel } from '@/core/gov-services/types'
import type { ChannelOutcome } from './open-channel-facts'

// Opening an official channel on WeChat and Alipay, shared by open-channel.weapp.ts and open-channel.alipay.ts:
// the channel's own mini-program where it has one on this host; otherwise, or when the host refuses (an app id
// not allowed, no network), its web address goes to the clipboard, since a mini-program cannot open a web page
// outside its business domains.

const cancelled = (err: unknown) => /cancel/i.test(String((err as { errMsg?: unknown } | null)?.errMsg ?? err))

async function copyUrl(url: string): Promise<ChannelOutcome> {
  try {
    await Taro.setClipboardData({ data: url })
    return 'copied'
  } catch {
    return 'failed'
  }
}

export async function openChannelOn(
  target: MiniProgramTarget | undefined,
  channel: OnlineChannel
): Promise<ChannelOutcome> {
  if (!target) return copyUrl(channel.url)
  try {
    await Taro.navigateToMiniProgram({ appId: target.appId, path: target.path })
    return 'opened'
  } catch (err) {
    if (cancelled(err)) return 'cancelled'
    return copyUrl(channel.url)
  }
}
