import { View } from '@tarojs/components'
import type { ServiceSummary } from '@/core/gov-services/types'
import type { Translate } from '@/core/i18n'
import { Cell, Tag } from '@/components/ui'
import { go } from '@/platform/navigation'
import { routes } from '@/routes'
import { crossBorderLabel, crossCityLabel } from '../model'

interface ServiceRowProps {
  service: ServiceSummary
  t: Translate
  /** listed under 全部事项 though the zone's cities do not all accept it: said in words, not only by colour */
  outOfZone?: boolean
}

export function ServiceRow({ service, t, outOfZone = false }: ServiceRowProps) {
  const crossCity = crossCityLabel(service.crossCity, t)
  return (
    <Cell
      title={service.name}
      subtitle={
        <>
          {service.departmentName}
          <View>
            {outOfZone ? <Tag tone='muted'>{t('gov.situation.notInZone')}</Tag> : null}
            {service.featured ? <Tag tone='warn'>{t('gov.tag.featured')}</Tag> : null}
            {crossCity ? <Tag>{t('gov.tag.crossCity', { cities: crossCity })}</Tag> : null}
            {service.crossBorder.length ? (
              <Tag>{t('gov.tag.crossBorder', { regions: crossBorderLabel(service.crossBorder, t) })}</Tag>
            ) : null}
            <Tag tone='muted'>
              {service.promisedDays === 0 ? t('gov.tag.instant') : t('gov.tag.days', { days: service.promisedDays })}
            </Tag>
            {service.bookable ? <Tag tone='ok'>{t('gov.tag.bookable')}</Tag> : null}
          </View>
        </>
      }
      onClick={() => go(routes.guide(service.id, service.situation))}
    />
  )
}
