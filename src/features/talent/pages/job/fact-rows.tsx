import { Text, View } from '@tarojs/components'

/** label and value side by side, one row each (the job and housing pages) */
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
