// 招商服务 as the shell sees it: its subpackage, its entries on 首页 / 服务, its search source, its saved kinds.
import { defineModule } from '../../module-record'

export const investmentModule = defineModule({
  id: 'investment',
  pages: {
    home: 'pages/home/index',
    parks: 'pages/parks/index',
    park: 'pages/park/index',
    map: 'pages/map/index',
    projects: 'pages/projects/index',
    project: 'pages/project/index',
    policies: 'pages/policies/index',
    policy: 'pages/policy/index',
    profile: 'pages/profile/index',
    match: 'pages/match/index'
  },
  home: [
    { labelKey: 'module.investment', to: { page: 'home' }, icon: 'factory' },
    { labelKey: 'investment.entry.match', to: { page: 'match' }, icon: 'badge-check' }
  ],
  services: [
    {
      titleKeys: ['module.investment'],
      entries: [
        { labelKey: 'investment.entry.home', to: { page: 'home' } },
        { labelKey: 'investment.entry.parks', to: { page: 'parks' } },
        { labelKey: 'investment.entry.projects', to: { page: 'projects' } },
        { labelKey: 'investment.entry.policies', to: { page: 'policies' } },
        { labelKey: 'investment.entry.match', to: { page: 'match' } }
      ]
    }
  ],
  search: true,
  saved: ['park', 'project', 'policy']
})
