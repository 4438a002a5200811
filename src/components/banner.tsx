import { Text, View } from '@tarojs/components'
import { idAttr } from './a11y'
import type { ReactNode } from 'react'
import './banner.scss'

interface BannerProps {
  /** notice: something to know (announced politely); error: something went wrong (announced at once) */
  tone?: 'notice' | 'error'
  /** the message */
  children: ReactNode
  /** what the user can do about it: a link, an InlineConfirm … */
  action?: ReactNode
  className?: string
  id?: string
}

/** a message across the page, with what can be done about it beside it */
export function Banner({ tone = 'notice', children, action, className = '', id }: BannerProps) {
  return (
    <View
      className={`wst-banner wst-banner--${tone} ${className}`}
      role={tone === 'error' ? 'alert' : 'status'}
      {...idAttr(id)}
    >
      {typeof children === 'string' ? <Text>{children}</Text> : children}
      {action ? <View className='wst-banner__action'>{action}</View> : null}
    </View>
  )
}
