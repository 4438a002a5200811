import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, type ReactNode } from 'react'
import { useStorageStatus } from '@/stores/persist-storage'
import { useSettings } from '@/stores/settings'
import { Banner } from './banner'
import { useTranslate } from './use-translate'

interface PageProps {
  /** the navigation bar title, already translated */
  title?: string
  className?: string
  children: ReactNode
}

/** the root of every page: theme variables, elder mode, the system font scale, the bar title, and the notice
 * that storage is full */
export function Page({ title, className = '', children }: PageProps) {
  const elderMode = useSettings((s) => s.elderMode)
  const fontScale = useSettings((s) => s.fontScale)
  const storageFull = useStorageStatus((s) => s.full)
  const t = useTranslate()

  useEffect(() => {
    if (title) void Taro.setNavigationBarTitle({ title })
  }, [title])

  return (
    <View
      className={`wst-page ${elderMode ? 'wst-page--elder' : ''} ${className}`}
      style={{ '--fs-scale': String(fontScale) } as Record<string, string>}
    >
      {/* a write to device storage failed: what is on screen lives in memory only until there is room again */}
      {storageFull ? <Banner tone='error'>{t('storage.fullDraft')}</Banner> : null}
      {children}
    </View>
  )
}
