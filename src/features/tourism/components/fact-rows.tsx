import { Text, View } from '@tarojs/components'

/** label and value side by side, one row each; `prices`: a long label and a short amount at the end (tickets) */
export function FactRows({ rows, prices = false }: { rows: readonly (readonly [string, string])[]; prices?: boolean }) {
  return (
    <View className={`tourism-facts ${prices ? 'tourism-facts--prices' : ''}`}>
      {rows.map(([label, value]) => (
        <View key={label} className='tourism-facts__row'>
          <Text className='tourism-facts__label'>{label}</Text>
          <Text className='tourism-facts__value'>{value}</Text>
        </View>
      ))}
    </View>
  )
}
