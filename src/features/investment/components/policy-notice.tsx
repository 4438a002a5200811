// 政策变动提醒: the policies the company matched that were changed, extended, expired or withdrawn since it last
// looked, each with what changed in the policy's own words and a link to it; a section of the page, never a pop-up.
// Marking them seen keeps them in the snapshot as they are now.
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { PolicyNotice } from '@/core/investment/changes'
import type { Translate } from '@/core/i18n'
import { Section, Tag } from '@/components/ui'
import { go } from '@/platform/navigation'
import { pageUrl } from '@/routes'
import { useMatched } from '../store'

const KIND_TONE = { withdrawn: 'muted', expired: 'muted', changed: 'warn', extended: 'ok' } as const

/** what happened to one policy, line by line: each change, the new last day, its end */
export function noticeLines(t: Translate, n: PolicyNotice): string[] {
  const lines = n.changes.map((c) => t('investment.notice.change', { on: c.on, revision: c.revision, text: c.text }))
  if (n.kinds.includes('extended') && n.expiresOn.now)
    lines.push(t('investment.notice.extended', { seen: n.expiresOn.seen, now: n.expiresOn.now }))
  if (n.kinds.includes('expired')) lines.push(t('investment.notice.expired', { date: n.expiresOn.now ?? '' }))
  if (n.kinds.includes('withdrawn')) lines.push(t('investment.notice.withdrawn'))
  return lines
}

export function NoticeKinds({ t, notice }: { t: Translate; notice: PolicyNotice }) {
  return (
    <View className='policy-marks'>
      {notice.kinds.map((k) => (
        <Tag key={k} tone={KIND_TONE[k]}>
          {t(`investment.notice.kind.${k}`)}
        </Tag>
      ))}
    </View>
  )
}

/** the lines of one notice */
export function NoticeText({ t, notice }: { t: Translate; notice: PolicyNotice }) {
  return (
    <View className='policy-notice__lines'>
      {noticeLines(t, notice).map((line) => (
        <Text key={line} className='policy-notice__line'>
          {line}
        </Text>
      ))}
    </View>
  )
}

/** the notices as a section of the module's home; nothing when none */
export function PolicyNotices({ t, notices }: { t: Translate; notices: PolicyNotice[] }) {
  const markSeen = useMatched((s) => s.markSeen)
  if (notices.length === 0) return null
  const seen = () => {
    markSeen(notices)
    void Taro.showToast({ title: t('investment.notice.seenDone'), icon: 'none' })
  }
  return (
    <Section title={t('investment.notice.title')}>
      <View className='policy-notice' role='region' aria-label={t('investment.notice.title')}>
        <Text className='wst-note'>{t('investment.notice.intro')}</Text>
        {notices.map((n) => {
          const title = n.title ?? t('investment.notice.untitled')
          const open = n.policy ? () => go(pageUrl('investment', 'policy', { id: n.id })) : undefined
          return (
            <View
              key={n.id}
              className='policy-notice__item'
              role={open ? 'link' : undefined}
              hoverClass={open ? 'wst-cell--pressed' : 'none'}
              onClick={open}
            >
              <View className='policy-notice__head'>
                <NoticeKinds t={t} notice={n} />
                <Text className='policy-notice__title'>{title}</Text>
              </View>
              <NoticeText t={t} notice={n} />
            </View>
          )
        })}
        <View className='policy-actions'>
          <Button className='wst-button wst-button--secondary' onClick={seen}>
            {t('investment.notice.seenAll')}
          </Button>
        </View>
      </View>
    </Section>
  )
}
