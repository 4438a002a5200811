import { Text, View } from '@tarojs/components'

/** label and value side by side, one row each */
export function FactRows({ rows }: { rows: readonly (readonly [string, string])[] }) {
  return (
    <View className='tourism-facts'>
      {rows.map(([label, value]) => (
        <View key={label} className='tourism-facts__row'>
          <Text className='tourism-facts__label'>{label}</Text>
          <Text className='tourism-facts__value'>{value}</Text>
        </View>
      ))}
    </View>
  )
}
