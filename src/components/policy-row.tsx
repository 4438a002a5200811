import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { Cell, Tag } from './ui'
import type { StatusTone } from './policy-format'
import './policy-row.scss'

export interface PolicyRowProps {
  title: string
  /** where, what and how much, already worded: 江门 · 奖励 · 一次性 20 万元 */
  meta: string
  /** the status in words (受理中, 已失效 …), never by colour alone */
  status: { text: string; tone: StatusTone }
  /** more marks after the status (免申即享, 示例 …) */
  marks?: ReactNode
  onClick(): void
}

/** a policy in a list (人才政策, 惠企政策): its title, its meta line, its status and marks */
export function PolicyRow({ title, meta, status, marks, onClick }: PolicyRowProps) {
  return (
    <Cell
      title={title}
      subtitle={
        <View className='wst-policy-row'>
          <Text className='wst-policy-row__meta'>{meta}</Text>
          <Tag tone={status.tone}>{status.text}</Tag>
          {marks}
        </View>
      }
      onClick={onClick}
    />
  )
}
