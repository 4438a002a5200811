import { Text, View } from '@tarojs/components'
import './text-lines.scss'

/** lines of text, numbered (conditions, requirements) or not (materials, channels) */
export function TextLines({ lines, numbered = false }: { lines: readonly string[]; numbered?: boolean }) {
  return (
    <View className='wst-lines'>
      {lines.map((line, i) => (
        <Text key={`${i}-${line}`} className='wst-lines__item'>
          {numbered ? `${i + 1}. ` : '· '}
          {line}
        </Text>
      ))}
    </View>
  )
}
