import { Text, View } from '@tarojs/components'
import './fact-rows.scss'

/**
 * label and value side by side, one row each (a policy's or a sight's facts); `prices`: a long label and a short
 * amount at the end (tickets)
 */
export function FactRows({ rows, prices = false }: { rows: readonly (readonly [string, string])[]; prices?: boolean }) {
  return (
    <View className={`wst-facts ${prices ? 'wst-facts--prices' : ''}`}>
      {rows.map(([label, value]) => (
        <View key={label} className='wst-facts__row'>
          <Text className='wst-facts__label'>{label}</Text>
          <Text className='wst-facts__value'>{value}</Text>
        </View>
      ))}
    </View>
  )
}
