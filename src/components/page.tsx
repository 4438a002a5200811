import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useRef, type ReactNode } from 'react'
import { useStorageStatus } from '@/stores/persist-storage'
import { useSettings } from '@/stores/settings'
import { useZone } from '@/stores/zone'
import { zoneById } from '@/zones'
import { Banner } from './banner'
import { ProfileSaveOffer } from './profile-offer'
import { useTranslate } from './use-translate'
import './page.scss'

interface PageProps {
  /** the navigation bar title, already translated */
  title?: string
  className?: string
  /** add the fusion zone's short name to the title; off where the page itself is the zone's (首页) */
  zoneInTitle?: boolean
  children: ReactNode
}

/** the root of every page: theme variables, elder mode, the system font scale, the bar title, the notice
 * that storage is full, and the question whether a form's values go into 我的信息 */
export function Page({ title, className = '', zoneInTitle = true, children }: PageProps) {
  const elderMode = useSettings((s) => s.elderMode)
  const fontScale = useSettings((s) => s.fontScale)
  const storageFull = useStorageStatus((s) => s.full)
  const t = useTranslate()

  // in a fusion zone the bar says which zone the page belongs to (办事指南 · 中江专区)
  const zoneShortKey = zoneById(useZone((s) => s.zoneId)).shortNameKey
  const barTitle = title && zoneShortKey && zoneInTitle ? `${title} · ${t(zoneShortKey)}` : title
  useEffect(() => {
    if (barTitle) void Taro.setNavigationBarTitle({ title: barTitle })
  }, [barTitle])

  // H5: Taro draws the navigation bar outside the page, so elder mode reaches its title through the document, and
  // its back and home icons get a name, a role and the keyboard here
  useEffect(() => {
    if (process.env.TARO_ENV === 'h5') document.documentElement.classList.toggle('wst-elder', elderMode)
  }, [elderMode])
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5') return
    for (const [selector, name] of [
      ['.taro-navigation-bar-back', t('nav.back')],
      ['.taro-navigation-bar-home', t('common.back')]
    ]) {
      const button = document.querySelector<HTMLElement>(`#taro-navigation-bar ${selector}`)
      if (!button) continue
      button.setAttribute('role', 'button')
      button.setAttribute('aria-label', name)
      if (button.tabIndex < 0) {
        button.tabIndex = 0
        button.addEventListener('keydown', (e) => {
          if (e.key !== 'Enter' && e.key !== ' ') return
          e.preventDefault()
          button.click()
        })
      }
    }
  }, [t])

  // H5: the page scrolls inside Taro's page element, which keyboard users must be able to focus to scroll it
  const root = useRef<HTMLElement>(null)
  useEffect(() => {
    if (process.env.TARO_ENV === 'h5') root.current?.closest('.taro_page')?.setAttribute('tabindex', '0')
  }, [])

  return (
    <View
      ref={root}
      className={`wst-page ${elderMode ? 'wst-page--elder' : ''} ${className}`}
      style={{ '--fs-scale': String(fontScale) } as Record<string, string>}
    >
      {/* a write to device storage failed: what is on screen lives in memory only until there is room again */}
      {storageFull ? <Banner tone='error'>{t('storage.fullDraft')}</Banner> : null}
      {/* a form just sent values that are not in 我的信息: may they be saved? */}
      <ProfileSaveOffer t={t} />
      {children}
    </View>
  )
}
