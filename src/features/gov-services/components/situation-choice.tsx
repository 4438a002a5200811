import { Text, View } from '@tarojs/components'
import type { Situation, SituationGroup } from '@/core/gov-services/types'
import type { Translate } from '@/core/i18n'
import { Cell, Section, Tag } from '@/components/ui'
import { useZone } from '@/stores/zone'
import { zoneById } from '@/zones'
import { useServices } from '../api'
import './situation-choice.scss'

interface SituationChoiceProps {
  group: SituationGroup
  t: Translate
  onChoose(situation: Situation): void
}

/** 情形: a matter with several situations asks which one first; each leads to its own conditions and materials */
export function SituationChoice({ group, t, onChoose }: SituationChoiceProps) {
  // in a fusion zone, a situation the zone's cities do not all accept says so (it stays choosable: Jiangmen does)
  const zone = zoneById(useZone((s) => s.zoneId))
  const offered = useServices({ zone: zone.id }).data
  const outOfZone = (serviceId: string) =>
    zone.cities.length > 1 && offered !== undefined && !offered.some((item) => item.id === serviceId)
  return (
    <>
      <View className='situation-choice__head'>
        <Text className='situation-choice__name'>{group.name}</Text>
        <Text className='situation-choice__hint'>{t('gov.situation.hint')}</Text>
      </View>
      <Section title={group.question}>
        <View role='list' aria-label={t('gov.situation.choices')}>
          {group.situations.map((s) => (
            <View key={s.id} role='listitem'>
              <Cell
                title={s.name}
                extra={outOfZone(s.serviceId) ? <Tag tone='muted'>{t('gov.situation.notInZone')}</Tag> : undefined}
                onClick={() => onChoose(s)}
              />
            </View>
          ))}
        </View>
      </Section>
    </>
  )
}

interface SituationBarProps {
  group: SituationGroup
  current: Situation
  t: Translate
  onChange(): void
}

/** the situation a guide shows, and the way back to the question */
export function SituationBar({ group, current, t, onChange }: SituationBarProps) {
  return (
    <View className='situation-bar'>
      <Text className='situation-bar__text'>
        {`${group.name} · ${t('gov.situation.current', { name: current.name })}`}
      </Text>
      <View className='situation-bar__change' role='button' onClick={onChange}>
        {t('gov.situation.change')}
      </View>
    </View>
  )
}
