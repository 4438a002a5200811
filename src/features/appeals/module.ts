// 诉求服务 as the shell sees it: its subpackage, its entries on 首页 and 我的, its search source.
import { defineModule } from '../../module-record'

export const appealsModule = defineModule({
  id: 'appeals',
  pages: {
    file: 'pages/file/index',
    list: 'pages/list/index',
    detail: 'pages/detail/index'
  },
  home: [
    { labelKey: 'appeals.file', to: { page: 'file' }, icon: 'message-square-text' },
    { labelKey: 'appeals.enterprise', to: { page: 'file', query: { channel: 'enterprise' } }, icon: 'building' },
    { labelKey: 'appeals.mine', to: { page: 'list' }, icon: 'list-checks' }
  ],
  mine: [{ labelKey: 'mine.appeals', to: { page: 'list' }, badge: 'appeal-updates' }],
  search: true
})
