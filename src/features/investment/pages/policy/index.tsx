// A 惠企政策: who issued it, its 文号, dates and validity, what it gives and how it is granted (免申即享 …), its
// conditions and materials, 兑现时限 in working days, the channels (this app's 在线申办 when it takes the policy,
// the official ones), the phone, its marks and its change history. When it changed since the company matched it,
// the notice is here too, to mark seen. Favourite, share, and 企业诉求 117 about it.
import { Button, Text, View } from '@tarojs/components'
import Taro, { useShareAppMessage } from '@tarojs/taro'
import { beijingToday } from '@/core/calendar/shanghai-time'
import type { EnterprisePolicyDetail } from '@/backend/investment'
import type { Translate } from '@/core/i18n'
import { policyStatus } from '@/core/talent/policy-status'
import { AsyncView } from '@/components/async-view'
import { Banner } from '@/components/banner'
import { FactRows } from '@/components/fact-rows'
import { Page } from '@/components/page'
import { TextLines } from '@/components/text-lines'
import { Section, Tag } from '@/components/ui'
import { useTranslate } from '@/components/use-translate'
import { callPhone } from '@/platform/contact'
import { go } from '@/platform/navigation'
import { openChannel } from '@/platform/open-channel'
import { useRouteParam } from '@/platform/route-params'
import { pageUrl, routes } from '@/routes'
import { useSavedRecord } from '../../api'
import { FavouriteButton } from '../../components/place-actions'
import { amountText, statusTag, whereText, windowText } from '../../components/policy-format'
import { useNotices } from '../../components/policy-model'
import { NoticeKinds, NoticeText } from '../../components/policy-notice'
import { PolicyMarks } from '../../components/policy-row'
import { investmentMessages } from '../../i18n'
import { POLICY_SOURCE, usePolicy } from '../../policy-api'
import { useMatched } from '../../store'
import '../../investment.scss'
import '../../components/policy-pages.scss'

/** 企业服务 › 惠企政策 › 政策兑现 (src/data/appeals/categories.json) */
const POLICY_APPEAL_CATEGORY = '090201'

export default function PolicyPage() {
  const t = useTranslate(investmentMessages)
  const id = useRouteParam('id') ?? ''
  const policy = usePolicy(id)
  useShareAppMessage(() => ({
    title: policy.data ? t('investment.policy.share', { title: policy.data.title }) : t('investment.policy.title'),
    path: pageUrl('investment', 'policy', { id })
  }))
  return (
    <Page title={t('investment.policy.title')}>
      <AsyncView query={policy} t={t}>
        {(p) => <PolicyView t={t} policy={p} />}
      </AsyncView>
    </Page>
  )
}

function PolicyView({ t, policy: p }: { t: Translate; policy: EnterprisePolicyDetail }) {
  const saved = useSavedRecord(POLICY_SOURCE, p.id, t)
  const status = policyStatus(p, beijingToday())
  const tag = statusTag(t, status)
  const matter = p.channels.find((c) => c.matterId)?.matterId
  const open = status.status === 'open'
  const notice = useNotices([p]).find((n) => n.id === p.id)
  const markSeen = useMatched((s) => s.markSeen)

  const runChannel = async (channel: EnterprisePolicyDetail['online'][number]) => {
    const outcome = await openChannel(channel)
    if (outcome !== 'opened')
      void Taro.showToast({
        title: t('investment.policy.channelCopied', { name: channel.name, url: channel.url }),
        icon: 'none'
      })
  }
  const share = () =>
    process.env.TARO_ENV === 'h5'
      ? void Taro.setClipboardData({
          data: `${t('investment.policy.share', { title: p.title })} ${pageUrl('investment', 'policy', { id: p.id })}`
        }).then(() => Taro.showToast({ title: t('investment.policy.shareCopied'), icon: 'none' }))
      : undefined
  const fulfilment =
    p.fulfilmentWorkingDays === undefined
      ? undefined
      : t(p.mode === 'no_apply' ? 'investment.policy.fulfilmentNoApply' : 'investment.policy.fulfilmentValue', {
          days: p.fulfilmentWorkingDays
        })

  return (
    <>
      <Banner>{t('investment.policy.sample', { date: p.checkedOn })}</Banner>
      {notice ? (
        <Section title={t('investment.notice.title')}>
          <View className='policy-notice__item' role='region' aria-label={t('investment.notice.title')}>
            <Text className='policy-notice__line'>{t('investment.notice.here')}</Text>
            <NoticeKinds t={t} notice={notice} />
            <NoticeText t={t} notice={notice} />
            <Button
              className='wst-button wst-button--secondary'
              onClick={() => {
                markSeen([notice])
                void Taro.showToast({ title: t('investment.notice.seenDone'), icon: 'none' })
              }}
            >
              {t('investment.notice.seen')}
            </Button>
          </View>
        </Section>
      ) : null}
      <Section title={p.title} extra={<Tag tone={tag.tone}>{tag.text}</Tag>}>
        <View className='policy-section-marks'>
          <PolicyMarks t={t} policy={p} />
        </View>
        <Text className='wst-prose'>{p.summary}</Text>
        <FactRows
          rows={[
            [t('investment.policy.where'), whereText(t, p)],
            [t('investment.policy.benefit'), t(`investment.benefit.${p.benefit}`)],
            [t('investment.policy.amount'), [amountText(t, p.amount), p.amount?.note].filter(Boolean).join('；')],
            [t('investment.policy.mode'), `${t(`investment.mode.${p.mode}`)}：${t(`investment.modeNote.${p.mode}`)}`],
            ...(fulfilment ? [[t('investment.policy.fulfilment'), fulfilment] as const] : []),
            [t('investment.policy.window'), windowText(t, p.window)],
            [t('investment.policy.issuer'), p.issuer],
            [t('investment.policy.docNumber'), p.docNumber],
            [t('investment.policy.issuedOn'), p.issuedOn],
            [
              t('investment.policy.validity'),
              t('investment.policy.validityValue', { from: p.effectiveFrom, to: p.expiresOn })
            ],
            [t('investment.policy.phone'), p.phone]
          ]}
        />
      </Section>
      <Section title={t('investment.policy.conditions')}>
        <TextLines lines={p.conditionText} numbered />
      </Section>
      <Section title={t('investment.policy.materials')}>
        {p.materials.length === 0 ? (
          <Text className='wst-note'>{t('investment.policy.noMaterials')}</Text>
        ) : (
          <TextLines
            lines={p.materials.map(
              (m) => `${m.name}${m.exempt ? `（${t('investment.policy.exempt')}）` : ''}${m.note ? ` — ${m.note}` : ''}`
            )}
          />
        )}
      </Section>
      <Section title={t('investment.policy.channels')}>
        <TextLines lines={p.channels.map((c) => (c.address ? `${c.name}：${c.address}` : c.name))} />
        <View className='policy-actions'>
          {status.status === 'expired' ? (
            <Text className='wst-note'>{t('investment.policy.applyExpired')}</Text>
          ) : !open ? (
            <Text className='wst-note'>{t('investment.policy.applyClosed', { when: tag.text })}</Text>
          ) : null}
          {matter && open ? (
            <Button className='wst-button' onClick={() => go(routes.applyFor(matter))}>
              {t('investment.policy.applyOnline')}
            </Button>
          ) : null}
          {status.status !== 'expired'
            ? p.online.map((c) => (
                <Button key={c.id} className='wst-button wst-button--secondary' onClick={() => void runChannel(c)}>
                  {t('investment.policy.openChannel', { name: c.name })}
                </Button>
              ))
            : null}
          <Button className='wst-button wst-button--secondary' onClick={() => void callPhone(p.phone)}>
            {t('investment.policy.call', { phone: p.phone })}
          </Button>
          <Button
            className='wst-button wst-button--secondary'
            onClick={() => go(pageUrl('investment', 'match', { city: p.city }))}
          >
            {t('investment.policy.match')}
          </Button>
          <FavouriteButton t={t} saved={saved} />
          <Button
            className='wst-button wst-button--secondary'
            openType={process.env.TARO_ENV === 'h5' ? undefined : 'share'}
            onClick={share}
          >
            {t('investment.policy.shareButton')}
          </Button>
        </View>
      </Section>
      <Section title={t('investment.policy.history')}>
        <TextLines
          lines={[
            t('investment.policy.firstRevision', { date: p.issuedOn }),
            ...p.changes.map((c) =>
              t('investment.policy.changeLine', {
                revision: c.revision,
                on: c.on,
                kind: t(`investment.policy.change.${c.kind}`),
                text: c.text
              })
            )
          ]}
        />
        <Text className='wst-note'>{t('investment.policy.revision', { revision: p.revision })}</Text>
      </Section>
      <Section title={t('investment.appeal')}>
        <View className='policy-actions'>
          <Button
            id='investment-appeal'
            className='wst-button wst-button--secondary'
            onClick={() =>
              go(
                routes.fileAppeal({
                  channel: 'enterprise',
                  type: 'help',
                  category: POLICY_APPEAL_CATEGORY,
                  district: p.district
                })
              )
            }
          >
            {t('investment.appeal')}
          </Button>
          <Text className='wst-note'>{t('investment.policy.appealNote')}</Text>
        </View>
      </Section>
      <Section title={t('investment.policy.source')}>
        <Text className='wst-note'>{p.source}</Text>
      </Section>
    </>
  )
}
