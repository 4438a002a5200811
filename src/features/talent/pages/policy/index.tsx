// A talent policy: who issued it and when, what it gives and on which conditions, the materials, when and where to
// apply (this app's 在线申办 while it takes applications, the official channels, the window), the phone, and
// whether it is in force: an expired policy says so and offers no application.
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { beijingToday } from '@/core/calendar/shanghai-time'
import type { PolicyDetail } from '@/backend/talent'
import type { Translate } from '@/core/i18n'
import { policyStatus } from '@/core/talent/policy-status'
import { AsyncView } from '@/components/async-view'
import { Banner } from '@/components/banner'
import { Page } from '@/components/page'
import { Section, Tag } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { callPhone } from '@/platform/contact'
import { go } from '@/platform/navigation'
import { openChannel } from '@/platform/open-channel'
import { useRouteParam } from '@/platform/route-params'
import { pageUrl } from '@/routes'
import { POLICY_SOURCE, usePolicy, useSavedRecord } from '../../api'
import { talentMessages } from '../../i18n'
import { FactRows } from '@/components/fact-rows'
import { TextLines } from '@/components/text-lines'
import { amountText, statusTag, windowText } from '../../format'
import '../../talent.scss'

export default function PolicyPage() {
  const t = useTranslate(talentMessages)
  const id = useRouteParam('id') ?? ''
  const policy = usePolicy(id)
  return (
    <Page title={t('talent.policy.title')}>
      <AsyncView query={policy} t={t}>
        {(p) => <PolicyView t={t} policy={p} />}
      </AsyncView>
    </Page>
  )
}

function PolicyView({ t, policy: p }: { t: Translate; policy: PolicyDetail }) {
  const saved = useSavedRecord(POLICY_SOURCE, p.id, t)
  const status = policyStatus(p, beijingToday())
  const tag = statusTag(t, status)
  const matter = p.channels.find((c) => c.matterId)?.matterId
  const open = status.status === 'open'

  const runChannel = async (channel: PolicyDetail['online'][number]) => {
    const outcome = await openChannel(channel)
    if (outcome !== 'opened')
      void Taro.showToast({
        title: t('talent.policy.channelCopied', { name: channel.name, url: channel.url }),
        icon: 'none'
      })
  }

  return (
    <>
      <Banner>{t('talent.policy.sample', { date: p.checkedOn })}</Banner>
      <Section title={p.title} extra={<Tag tone={tag.tone}>{tag.text}</Tag>}>
        <Text className='wst-note'>{p.summary}</Text>
        <FactRows
          rows={[
            [t('talent.policy.benefit'), t(`talent.benefit.${p.benefit}`)],
            [t('talent.policy.amount'), [amountText(t, p.amount), p.amount?.note].filter(Boolean).join('；')],
            [t('talent.policy.window'), windowText(t, p.window)],
            [t('talent.policy.issuer'), p.issuer],
            [t('talent.policy.docNumber'), p.docNumber],
            [t('talent.policy.issuedOn'), p.issuedOn],
            [t('talent.policy.validity'), t('talent.policy.validityValue', { from: p.effectiveFrom, to: p.expiresOn })]
          ]}
        />
      </Section>
      <Section title={t('talent.policy.conditions')}>
        <TextLines lines={p.conditionText} numbered />
      </Section>
      <Section title={t('talent.policy.materials')}>
        <TextLines
          lines={p.materials.map(
            (m) => `${m.name}${m.exempt ? `（${t('talent.policy.exempt')}）` : ''}${m.note ? ` — ${m.note}` : ''}`
          )}
        />
      </Section>
      <Section title={t('talent.policy.channels')}>
        <TextLines lines={p.channels.map((c) => (c.address ? `${c.name}：${c.address}` : c.name))} />
        <View className='talent-actions'>
          {status.status === 'expired' ? (
            <Text className='wst-note'>{t('talent.policy.applyExpired')}</Text>
          ) : matter && !open ? (
            <Text className='wst-note'>{t('talent.policy.applyClosed', { when: tag.text })}</Text>
          ) : null}
          {matter && open ? (
            <Button className='wst-button' onClick={() => go(pageUrl('gov-services', 'apply', { matter }))}>
              {t('talent.policy.applyOnline')}
            </Button>
          ) : null}
          {status.status !== 'expired'
            ? p.online.map((c) => (
                <Button key={c.id} className='wst-button wst-button--secondary' onClick={() => void runChannel(c)}>
                  {t('talent.policy.openChannel', { name: c.name })}
                </Button>
              ))
            : null}
          <Button
            className='wst-button wst-button--secondary'
            onClick={() => go(pageUrl('talent', 'check', { city: p.city }))}
          >
            {t('talent.policy.check')}
          </Button>
          <Button className='wst-button wst-button--secondary' onClick={() => void callPhone(p.phone)}>
            {t('talent.policy.call', { phone: p.phone })}
          </Button>
          <Button
            className={`wst-button ${saved.favourite ? '' : 'wst-button--secondary'}`}
            aria-pressed={saved.favourite}
            disabled={!saved.ready}
            onClick={() => void saved.toggle()}
          >
            {saved.favourite ? t('talent.favourite.on') : t('talent.favourite.add')}
          </Button>
        </View>
      </Section>
      <Section title={t('talent.policy.source')}>
        <Text className='wst-note'>{p.source}</Text>
      </Section>
    </>
  )
}
