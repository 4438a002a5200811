// WeChat's custom tab bar (app.config.ts `tabBar.custom`): one instance per tab page, drawing the tab the
// tab pages select when they show (src/components/tab-bar.tsx)
import { TabBarView } from '@/components/tab-bar'
import { useTabBar } from '@/stores/tab-bar'

export default function CustomTabBar() {
  const selected = useTabBar((s) => s.selected)
  return <TabBarView selected={selected} />
}

// the app's styles (the icons, the theme) reach the component as they reach pages
CustomTabBar.options = { addGlobalClass: true }
