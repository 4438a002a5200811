import { Text, View } from '@tarojs/components'
import type { AppealUnit, RoutingResult } from '@/core/appeals/types'
import hantTable from '@/generated/hant-table.json'
import type { Translate } from '@/core/i18n'
import { createHantConverter, type HantTable } from '@/core/i18n/hant'
import { useSettings } from '@/stores/settings'
import { cityKey } from '../model'
import './appeal.scss'

const toHant = createHantConverter(hantTable as HantTable)

/** the proposed handling unit and the words that decided it (智能分派), or that 12345 will dispatch by hand */
export function RoutingCard({
  t,
  routing,
  units
}: {
  t: Translate
  routing: RoutingResult | undefined
  units: AppealUnit[]
}) {
  // the evidence is the routing table's own 简体 words: shown in the user's script
  const hant = useSettings((s) => s.locale === 'zh-Hant')
  const script = (text: string) => (hant ? toHant(text) : text)
  if (!routing) return <Text className='wst-field__hint'>{t('appeal.routing.waiting')}</Text>
  const unit = routing.unitId ? units.find((u) => u.id === routing.unitId) : undefined
  const city = t(cityKey(routing.city))
  return (
    <View className='appeal-routing' id='appeal-routing'>
      {routing.city !== 'jiangmen' ? (
        <Text className='appeal-routing__line'>{t('appeal.routing.crossCity', { city })}</Text>
      ) : null}
      {unit ? (
        <Text className='appeal-routing__line'>
          {`${t('appeal.routing.unit')}：`}
          <Text className='appeal-routing__unit'>{unit.name}</Text>
        </Text>
      ) : (
        <Text className='appeal-routing__line'>{t('appeal.routing.manual')}</Text>
      )}
      {routing.evidence.length ? (
        <Text className='appeal-routing__evidence'>
          {`${t('appeal.routing.evidence')}：${routing.evidence
            .slice(0, 5)
            .map((e) => script(e.term))
            .join('、')}`}
        </Text>
      ) : null}
    </View>
  )
}
