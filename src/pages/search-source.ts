// What the shell contributes to the unified search: settings and the 我的 pages.
// Read at build time only (scripts/build-data.ts).
import type { SearchDoc } from '@/core/search'
import messages from '@/locales/shell.zh-Hans.json'
import { pageUrl, routes } from '@/routes'

export function searchDocs(): SearchDoc[] {
  return [
    {
      id: 'elder-mode',
      kind: 'setting',
      title: messages['search.elderSetting'],
      subtitle: messages['search.elderSettingDesc'],
      keywords: ['长辈版', '关怀版', '长辈模式', '老年模式', '大字版', '适老化'],
      boost: 8,
      route: routes.settings()
    },
    {
      id: 'language',
      kind: 'setting',
      title: messages['search.languageSetting'],
      subtitle: messages['search.languageSettingDesc'],
      keywords: ['繁体', '繁體', '语言', 'language'],
      route: routes.settings()
    },
    {
      id: 'profile',
      kind: 'page',
      title: messages['mine.profile'],
      keywords: ['个人信息', '常用信息', '一键填写', '联系方式'],
      route: pageUrl('account', 'profile')
    },
    { id: 'favourites', kind: 'page', title: messages['mine.favourites'], route: routes.favourites() },
    { id: 'history', kind: 'page', title: messages['mine.history'], route: routes.history() },
    {
      id: 'privacy',
      kind: 'page',
      title: messages['mine.privacy'],
      keywords: ['隐私', '授权'],
      route: routes.privacy()
    },
    { id: 'about', kind: 'page', title: messages['mine.about'], keywords: ['版本', '示例数据'], route: routes.about() }
  ]
}
