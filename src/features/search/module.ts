// 搜索: unified search over what every module contributes (see `search` in the other records).
import { defineModule } from '../../module-record'

export const searchModule = defineModule({
  id: 'search',
  pages: { search: 'pages/search/index' }
})
