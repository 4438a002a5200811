import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, type ReactNode } from 'react'
import { useSettings } from '@/stores/settings'

interface PageProps {
  /** the navigation bar title, already translated */
  title?: string
  className?: string
  children: ReactNode
}

/** the root of every page: theme variables, elder mode, the system font scale and the bar title */
export function Page({ title, className = '', children }: PageProps) {
  const elderMode = useSettings((s) => s.elderMode)
  const fontScale = useSettings((s) => s.fontScale)

  useEffect(() => {
    if (title) void Taro.setNavigationBarTitle({ title })
  }, [title])

  return (
    <View
      className={`wst-page ${elderMode ? 'wst-page--elder' : ''} ${className}`}
      style={{ '--fs-scale': String(fontScale) } as Record<string, string>}
    >
      {children}
    </View>
  )
}
