import { View } from '@tarojs/components'
import type { ServiceSummary } from '@/core/gov-services/types'
import type { Translate } from '@/core/i18n'
import { Cell, Tag } from '@/components/ui'
import { go } from '@/platform/navigation'
import { routes } from '@/routes'
import { crossBorderLabel, crossCityLabel } from '../model'

export function ServiceRow({ service, t }: { service: ServiceSummary; t: Translate }) {
  const crossCity = crossCityLabel(service.crossCity, t)
  return (
    <Cell
      title={service.name}
      subtitle={
        <>
          {service.departmentName}
          <View>
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
      onClick={() => go(routes.guide(service.id))}
    />
  )
}
