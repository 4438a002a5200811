import { Text, View } from '@tarojs/components'
import type { Translate } from '@/core/i18n'
import type { Park } from '@/core/investment/types'
import { Cell, Tag } from '@/components/ui'
import { go } from '@/platform/navigation'
import { pageUrl } from '@/routes'
import { areaText, chainText, districtText, fromShortText, type FromCity } from './place-format'

/** the leading industries a row names before 等 n 个产业 */
const SHOWN_INDUSTRIES = 3

export const industriesText = (t: Translate, park: Pick<Park, 'industries'>, all = false): string => {
  const names = park.industries.map((c) => chainText(t, c))
  if (all || names.length <= SHOWN_INDUSTRIES) return names.join('、')
  return `${names.slice(0, SHOWN_INDUSTRIES).join('、')}${t('investment.industries.more', { count: names.length })}`
}

/** a park in a list: its kind, district, area, leading industries and the drive from the zone's cities */
export function PlaceRow({ t, park: p, cities }: { t: Translate; park: Park; cities: readonly FromCity[] }) {
  return (
    <Cell
      title={p.name}
      subtitle={
        <View className='wst-row'>
          <Tag>{t(`investment.parkKind.${p.kind}`)}</Tag>
          <Text className='wst-row__meta'>{`${districtText(t, p.district)} · ${areaText(t, p.area)}`}</Text>
          <Text className='investment-row__line'>{industriesText(t, p)}</Text>
          {cities.map((c) => (
            <Text key={c} className='wst-row__meta'>
              {fromShortText(t, c, p.from[c])}
            </Text>
          ))}
        </View>
      }
      onClick={() => go(pageUrl('investment', 'park', { id: p.id }))}
    />
  )
}
