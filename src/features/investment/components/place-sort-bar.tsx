import { Text, View } from '@tarojs/components'
import type { Translate } from '@/core/i18n'
import { Banner } from '@/components/banner'
import { ChipGroup } from '@/components/chip-group'
import { PARK_ORDERS, type useParkOrder } from './place-order'

/** 推荐 / 离我最近 / 从深圳 / 从中山: the position is asked for only on 离我最近, and a refusal says what to do */
export function PlaceSortBar({ t, sort }: { t: Translate; sort: ReturnType<typeof useParkOrder> }) {
  const { order, locate } = sort
  return (
    <View className='wst-filters'>
      <Text className='investment-filters__label'>{t('investment.sort.label')}</Text>
      <ChipGroup
        kind='single'
        label={t('investment.sort.label')}
        value={order}
        options={PARK_ORDERS.map((o) => ({ value: o, label: t(`investment.sort.${o}`) }))}
        onChange={(o) => void sort.choose(o)}
      />
      {locate === 'denied' || locate === 'failed' ? (
        <Banner>{t(`investment.sort.${locate}`)}</Banner>
      ) : (
        <Text className='wst-note' aria-live='polite'>
          {locate === 'locating'
            ? t('investment.sort.locating')
            : order === 'position'
              ? t('investment.sort.byPosition')
              : order === 'default'
                ? t('investment.sort.byDefault')
                : t('investment.sort.byCity', { city: t(`investment.sort.city.${order}`) })}
        </Text>
      )}
    </View>
  )
}
