import { Text } from '@tarojs/components'
import type { ServiceGuide } from '@/core/gov-services/types'
import type { Translate } from '@/core/i18n'
import { AsyncView } from '@/components/async-view'
import type { Query } from '@/components/query'
import { Cell, Section, Tag } from '@/components/ui'

/** what to bring, from the service's guide; 免证办 items are marked in words, the system fetches them */
export function MaterialsSection({ t, guide }: { t: Translate; guide: Query<ServiceGuide> }) {
  return (
    <Section title={t('gov.receipt.materials')}>
      <AsyncView query={guide} t={t}>
        {(s) => (
          <>
            {s.materials.map((m) => (
              <Cell
                key={m.name}
                title={m.name}
                subtitle={m.note ? `${m.copies}；${m.note}` : m.copies}
                extra={m.exempt ? <Tag tone='ok'>{t('gov.guide.exempt')}</Tag> : undefined}
              />
            ))}
            {s.materials.some((m) => m.exempt) ? (
              <Text className='receipt__note'>{t('gov.guide.exemptNote')}</Text>
            ) : null}
          </>
        )}
      </AsyncView>
    </Section>
  )
}
