// What a park's and a project's page offer: 我要对接 (a consultation on the shared application pipeline, in 政务服务),
// 企业诉求 117 (the appeals module's enterprise channel, the place and its district filled in) and 收藏, all linked
// by route (a feature never imports another).
import { Button, Text, View } from '@tarojs/components'
import type { District } from '@/core/domain'
import type { Translate } from '@/core/i18n'
import { go } from '@/platform/navigation'
import { routes } from '@/routes'

/** 企业服务 › 惠企政策 › 项目投资 (src/data/appeals/categories.json): 立项, 用地指标, 重点项目 … */
export const INVESTMENT_APPEAL_CATEGORY = '090204'

/** 我要对接, with the park or the project it is about preset on the consultation */
export function ConsultButton({ t, preset }: { t: Translate; preset: { park: string } | { project: string } }) {
  return (
    <View className='investment-actions'>
      <Button
        id='investment-consult'
        className='wst-button'
        onClick={() => go(routes.applyFor('investment/consult', preset))}
      >
        {t('investment.consult')}
      </Button>
      <Text className='wst-note'>{t('investment.consult.note')}</Text>
    </View>
  )
}

/** 企业诉求（117）: the enterprise channel's filing page about this place */
export function AppealButton({ t, subject, district }: { t: Translate; subject: string; district: District }) {
  const url = routes.fileAppeal({ channel: 'enterprise', category: INVESTMENT_APPEAL_CATEGORY, subject, district })
  return (
    <View className='investment-actions'>
      <Button id='investment-appeal' className='wst-button wst-button--secondary' onClick={() => go(url)}>
        {t('investment.appeal')}
      </Button>
      <Text className='wst-note'>{t('investment.appeal.note')}</Text>
    </View>
  )
}

/** 收藏 / 已收藏: the words and aria-pressed say it, the fill only repeats them */
export function FavouriteButton({
  t,
  saved
}: {
  t: Translate
  saved: { ready: boolean; favourite: boolean; toggle(): unknown }
}) {
  return (
    <Button
      className={`wst-button ${saved.favourite ? '' : 'wst-button--secondary'}`}
      aria-pressed={saved.favourite}
      disabled={!saved.ready}
      onClick={() => void saved.toggle()}
    >
      {t(saved.favourite ? 'investment.favourite.saved' : 'investment.favourite.add')}
    </Button>
  )
}
