import { Text, View } from '@tarojs/components'
import type { AppealUnit, RoutingResult } from '@/backend/types'
import type { Translate } from '@/core/i18n'
import { cityKey } from '../model'
import './appeal.scss'

/** the proposed handling unit and the words that decided it (智能分派), or that 12345 will dispatch by hand */
export function RoutingCard({ t, routing, units }: { t: Translate; routing: RoutingResult | undefined; units: AppealUnit[] }) {
  if (!routing) return <Text className='wst-field__hint'>{t('appeal.routing.waiting')}</Text>
  const unit = routing.unitId ? units.find((u) => u.id === routing.unitId) : undefined
  const city = t(cityKey(routing.city))
  return (
    <View className='appeal-routing' id='appeal-routing'>
      {routing.city !== 'jiangmen' ? <Text className='appeal-routing__line'>{t('appeal.routing.crossCity', { city })}</Text> : null}
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
          {`${t('appeal.routing.evidence')}：${routing.evidence.slice(0, 5).map((e) => e.term).join('、')}`}
        </Text>
      ) : null}
    </View>
  )
}
