import { Text, View } from '@tarojs/components'

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
