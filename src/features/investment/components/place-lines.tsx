import { Text, View } from '@tarojs/components'

/** a park's or a project's list of facts (utilities, transport, highlights, what is sought), one line each */
export function PlaceLines({ lines }: { lines: readonly string[] }) {
  return (
    <View className='investment-list'>
      {lines.map((line) => (
        <Text key={line} className='investment-list__item'>{`· ${line}`}</Text>
      ))}
    </View>
  )
}
