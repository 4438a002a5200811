import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Translate } from '@/core/i18n'
import './action-bar.scss'

/** one way to get the item done, as the guide's action bar offers it */
export interface GuideAction {
  key: string
  /** 在线申办 (this app), 预约到厅, or one of the item's official online channels */
  kind: 'apply' | 'book' | 'channel'
  label: string
  /** what the tap does, when the label alone does not say it (打开“粤省事”小程序) */
  hint?: string
  run(): void
}

interface ActionBarProps {
  actions: GuideAction[]
  t: Translate
  /** under the channel list, e.g. that the channels' app ids are sample data */
  channelNote?: string
}

/**
 * The guide's actions, fixed at the bottom of the screen above the safe area. The app's own actions are buttons;
 * several official channels share one button that opens their list in place. The page leaves room for the bar
 * (ActionBarSpacer), so it never covers the end of the guide.
 */
export function ActionBar({ actions, t, channelNote }: ActionBarProps) {
  const [open, setOpen] = useState(false)
  const own = actions.filter((a) => a.kind !== 'channel')
  const channels = actions.filter((a) => a.kind === 'channel')
  if (!actions.length) return null
  const buttons = channels.length === 1 ? [...own, ...channels] : own

  return (
    <View className='action-bar' role='group' aria-label={t('gov.actions.label')}>
      {open && channels.length > 1 ? (
        <View className='action-bar__panel'>
          {channels.map((c) => (
            <View
              key={c.key}
              className='action-bar__channel'
              role='button'
              aria-label={c.hint ?? c.label}
              hoverClass='action-bar__channel--pressed'
              onClick={c.run}
            >
              <Text className='action-bar__channel-name'>{c.label}</Text>
              {c.hint ? <Text className='action-bar__channel-hint'>{c.hint}</Text> : null}
            </View>
          ))}
          {channelNote ? <Text className='action-bar__note'>{channelNote}</Text> : null}
        </View>
      ) : null}
      <View className='action-bar__buttons'>
        {buttons.map((a, i) => (
          <Button
            key={a.key}
            className={`wst-button action-bar__button ${i === 0 ? '' : 'wst-button--secondary'}`}
            aria-label={a.hint ?? a.label}
            onClick={a.run}
          >
            {a.label}
          </Button>
        ))}
        {channels.length > 1 ? (
          <Button
            className={`wst-button action-bar__button ${own.length ? 'wst-button--secondary' : ''}`}
            aria-expanded={open}
            onClick={() => setOpen(!open)}
          >
            {open ? `${t('gov.actions.close')} ▾` : `${t('gov.actions.channels')} ▴`}
          </Button>
        ) : null}
      </View>
    </View>
  )
}

/** the room the bar takes, at the end of the page's content */
export function ActionBarSpacer() {
  return <View className='action-bar-spacer' aria-hidden='true' />
}
