import { Text, View } from '@tarojs/components'

/** label and value side by side, one row each (the policy, job and housing pages) */
export function FactRows({ rows }: { rows: readonly (readonly [string, string])[] }) {
  return (
    <View className='talent-facts'>
      {rows.map(([label, value]) => (
        <View key={label} className='talent-facts__row'>
          <Text className='talent-facts__label'>{label}</Text>
          <Text className='talent-facts__value'>{value}</Text>
        </View>
      ))}
    </View>
  )
}

/** lines of text, numbered (conditions, requirements) or not (materials, channels) */
export function TextLines({ lines, numbered = false }: { lines: readonly string[]; numbered?: boolean }) {
  return (
    <View className='talent-list'>
      {lines.map((line, i) => (
        <Text key={`${i}-${line}`} className='talent-list__item'>
          {numbered ? `${i + 1}. ` : '· '}
          {line}
        </Text>
      ))}
    </View>
  )
}
