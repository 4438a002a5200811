// What the guide's action bar offers: every way the item can be got done from here, in the order people try them.
import Taro from '@tarojs/taro'
import type { OnlineChannel, ServiceGuide } from '@/core/gov-services/types'
import type { Translate } from '@/core/i18n'
import { go } from '@/platform/navigation'
import { openChannel, opensInPlace } from '@/platform/open-channel'
import { routes } from '@/routes'
import type { GuideAction } from '../../components/action-bar'

/** opens the channel the platform's way, and says so when its address was copied instead */
export async function runChannel(channel: OnlineChannel, t: Translate): Promise<void> {
  const outcome = await openChannel(channel)
  if (outcome === 'copied')
    void Taro.showToast({ title: t('gov.channel.copied', { name: channel.name }), icon: 'none' })
  if (outcome === 'failed')
    void Taro.showToast({ title: t('gov.channel.failed', { name: channel.name, url: channel.url }), icon: 'none' })
}

function channelHint(channel: OnlineChannel, t: Translate): string {
  if (!opensInPlace(channel)) return t('gov.channel.copy', { name: channel.name })
  return process.env.TARO_ENV === 'h5'
    ? t('gov.channel.web', { name: channel.name })
    : t('gov.channel.mini', { name: channel.name })
}

/**
 * The guide's actions: 在线申办 where the item takes online applications in this app, 预约到厅 where it is bookable
 * at a hall, then the item's official online channels (粤省事, 广东政务服务网, 江门易办事 …), each opened as a
 * mini-program, a web page or its address copied.
 */
export function guideActions(
  guide: ServiceGuide,
  t: Translate,
  { applyOnline }: { applyOnline: boolean }
): GuideAction[] {
  const actions: GuideAction[] = []
  if (applyOnline)
    actions.push({ key: 'apply', kind: 'apply', label: t('gov.actions.apply'), run: () => go(routes.apply(guide.id)) })
  if (guide.bookable && guide.halls.length > 0)
    actions.push({ key: 'book', kind: 'book', label: t('gov.actions.book'), run: () => go(routes.booking(guide.id)) })
  for (const channel of guide.channels)
    actions.push({
      key: `channel:${channel.id}`,
      kind: 'channel',
      label: channel.name,
      hint: channelHint(channel, t),
      run: () => void runChannel(channel, t)
    })
  return actions
}
