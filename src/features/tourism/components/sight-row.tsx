import { Text, View } from '@tarojs/components'
import type { Translate } from '@/core/i18n'
import { openingStatus } from '@/core/tourism/hours'
import type { OriginCity, Sight } from '@/core/tourism/types'
import { Cell, Tag } from '@/components/ui'
import { go } from '@/platform/navigation'
import { pageUrl } from '@/routes'
import { districtText, levelsText, minutesText, statusText, statusTone } from '../format'

interface SightRowProps {
  t: Translate
  sight: Sight
  /** kilometres from the user or the chosen station */
  km?: number
  /** the fusion zone's city: the fastest way from it */
  origin?: OriginCity
  now: number
}

/** a sight in a list: its levels, district, whether it is open now (in words), distance and time from the city */
export function SightRow({ t, sight: s, km, origin, now }: SightRowProps) {
  const status = openingStatus(s.hours, now)
  const from = origin ? s.from[origin] : undefined
  return (
    <Cell
      title={s.name}
      subtitle={
        <View className='wst-row'>
          {levelsText(t, s).map((l) => (
            <Tag key={l}>{l}</Tag>
          ))}
          <Text className='wst-row__meta'>{districtText(t, s)}</Text>
          <Tag tone={statusTone(status)}>{statusText(t, status)}</Tag>
          {km !== undefined ? <Text className='wst-row__meta'>{t('tourism.km', { km: km.toFixed(1) })}</Text> : null}
          {origin && from ? (
            <Text className='wst-row__meta'>
              {t(`tourism.fromShort.${origin}`, { time: minutesText(t, from.car) })}
            </Text>
          ) : null}
        </View>
      }
      onClick={() => go(pageUrl('tourism', 'sight', { id: s.id }))}
    />
  )
}
