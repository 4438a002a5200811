import { Button, Text, View } from '@tarojs/components'
import { useMemo, useState } from 'react'
import { orderHalls, type Coordinates } from '@/core/gov-services/hall-order'
import type { Hall } from '@/core/gov-services/types'
import type { Translate } from '@/core/i18n'
import { Section } from '@/components/ui'
import { Banner } from '@/components/banner'
import { callPhone, openMap } from '@/platform/contact'
import { go } from '@/platform/navigation'
import { currentPosition } from '@/platform/position'
import { routes } from '@/routes'
import { useZone } from '@/stores/zone'
import { zoneById } from '@/zones'
import { slotsSummary } from '../model'
import './guide-halls.scss'

/** halls shown before 查看全部 */
export const NEAREST_HALLS = 2

type Order = 'zone' | 'locating' | 'distance' | 'denied' | 'failed'

interface GuideHallsProps {
  halls: Hall[]
  /** the item can be booked at these halls: each shows its slots and books there */
  bookable: boolean
  /** the item, for 预约此大厅 */
  serviceId: string
  t: Translate
}

/**
 * 办理大厅: the two nearest first, then 查看全部. Nearest by the user's position once they ask for it (the tap is
 * their consent; nothing is asked before), otherwise the halls of the zone's member cities in the zone's order.
 */
export function GuideHalls({ halls, bookable, serviceId, t }: GuideHallsProps) {
  const zone = zoneById(useZone((s) => s.zoneId))
  const [position, setPosition] = useState<Coordinates>()
  const [order, setOrder] = useState<Order>('zone')
  const [expanded, setExpanded] = useState(false)
  const rows = useMemo(() => orderHalls(halls, zone, position), [halls, zone, position])
  const shown = expanded ? rows : rows.slice(0, NEAREST_HALLS)

  const locate = async () => {
    setOrder('locating')
    const found = await currentPosition()
    if (found.ok) {
      setPosition(found.position)
      setOrder('distance')
    } else {
      setOrder(found.code === 'cancel' ? 'zone' : found.code === 'location.denied' ? 'denied' : 'failed')
    }
  }

  const cities = zone.cities.map((c) => t(`city.${c}`)).join('、')
  return (
    <Section
      title={t('gov.halls.title')}
      extra={
        halls.length > 1 ? (
          <View
            className='guide-halls__order'
            role='button'
            aria-disabled={order === 'locating'}
            onClick={() => (order === 'distance' ? (setPosition(undefined), setOrder('zone')) : void locate())}
          >
            {order === 'distance' ? t('gov.halls.byZone') : t('gov.halls.byDistance')}
          </View>
        ) : undefined
      }
    >
      {order === 'denied' || order === 'failed' ? (
        <Banner>{t(`gov.halls.${order}`)}</Banner>
      ) : (
        <Text className='guide-halls__note' aria-live='polite'>
          {order === 'locating'
            ? t('gov.halls.locating')
            : order === 'distance'
              ? t('gov.halls.orderDistance')
              : t('gov.halls.orderZone', { cities })}
        </Text>
      )}
      {shown.map(({ hall, distanceKm }) => (
        <View key={hall.id} className='guide-hall'>
          <Text className='guide-hall__name'>{hall.name}</Text>
          {distanceKm !== undefined ? (
            <Text className='guide-hall__line'>{t('gov.halls.distance', { km: distanceKm.toFixed(1) })}</Text>
          ) : null}
          <Text className='guide-hall__line'>{hall.address}</Text>
          <Text className='guide-hall__line'>{t('gov.guide.hours', { hours: hall.hours })}</Text>
          {bookable ? <Text className='guide-hall__line'>{slotsSummary(hall.slots, t)}</Text> : null}
          <View className='guide-hall__actions'>
            {bookable ? (
              <Button
                className='wst-button wst-button--small'
                onClick={() => go(routes.booking(serviceId, hall.id))}
                aria-label={`${t('gov.halls.book')} ${hall.name}`}
              >
                {t('gov.halls.book')}
              </Button>
            ) : null}
            <Button
              className='wst-button wst-button--small wst-button--secondary'
              onClick={() => void callPhone(hall.phone)}
            >
              {t('common.call', { phone: hall.phone })}
            </Button>
            <Button
              className='wst-button wst-button--small wst-button--secondary'
              onClick={() => void openMap(hall)}
              aria-label={`${t('gov.guide.navigate')} ${hall.name}`}
            >
              {t('gov.guide.navigate')}
            </Button>
            <Button
              className='wst-button wst-button--small wst-button--secondary'
              onClick={() => go(routes.hall(hall.id))}
              aria-label={`${t('gov.halls.detail')} ${hall.name}`}
            >
              {t('gov.halls.detail')}
            </Button>
          </View>
        </View>
      ))}
      {rows.length > NEAREST_HALLS ? (
        <View
          className='guide-halls__toggle'
          role='button'
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? `${t('gov.halls.fewer')} ▴` : `${t('gov.halls.all', { count: rows.length })} ▾`}
        </View>
      ) : null}
    </Section>
  )
}
