import { Text, View } from '@tarojs/components'
import type { Translate } from '@/core/i18n'
import type { Station } from '@/core/tourism/types'
import { Banner } from '@/components/banner'
import { ChipGroup } from '@/components/chip-group'
import { SelectField } from '@/components/select-field'
import { SIGHT_ORDERS, type useSightOrder } from '../model'

interface SortBarProps {
  t: Translate
  stations: readonly Station[]
  sort: ReturnType<typeof useSightOrder>
}

/** 推荐 / 按距离排序 / 按车站: the position is asked for only on 按距离排序, and a refusal says what to do */
export function SortBar({ t, stations, sort }: SortBarProps) {
  return (
    <View className='wst-filters'>
      <Text className='tourism-filters__label'>{t('tourism.sort.label')}</Text>
      <ChipGroup
        kind='single'
        label={t('tourism.sort.label')}
        value={sort.order}
        options={SIGHT_ORDERS.map((o) => ({ value: o, label: t(`tourism.sort.${o}`) }))}
        onChange={(o) => void sort.choose(o)}
      />
      {sort.order === 'station' ? (
        <SelectField
          id='tourism-station'
          label={t('tourism.sort.station')}
          options={stations}
          value={sort.station}
          optionLabel={(s) => s.name}
          onChange={sort.chooseStation}
        />
      ) : null}
      {sort.locate === 'denied' || sort.locate === 'failed' ? (
        <Banner>{t(`tourism.sort.${sort.locate}`)}</Banner>
      ) : (
        <Text className='wst-note' aria-live='polite'>
          {sort.locate === 'locating'
            ? t('tourism.sort.locating')
            : sort.order === 'distance'
              ? t('tourism.sort.byDistance')
              : sort.order === 'station' && sort.station
                ? t('tourism.sort.byStation', { station: sort.station.name })
                : t('tourism.sort.byDefault')}
        </Text>
      )}
    </View>
  )
}
