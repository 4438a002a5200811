// 人才服务 as the shell sees it: its subpackage, its entries on 首页 / 服务, its search source, its saved kinds.
import { defineModule } from '../../module-record'

export const talentModule = defineModule({
  id: 'talent',
  pages: {
    home: 'pages/home/index',
    policies: 'pages/policies/index',
    policy: 'pages/policy/index',
    check: 'pages/check/index',
    fairs: 'pages/fairs/index',
    jobs: 'pages/jobs/index',
    job: 'pages/job/index',
    housing: 'pages/housing/index',
    house: 'pages/house/index'
  },
  home: [
    { labelKey: 'module.talent', to: { page: 'home' }, icon: 'graduation-cap' },
    { labelKey: 'talent.entry.check', to: { page: 'check' }, icon: 'list-checks' }
  ],
  services: [
    {
      titleKeys: ['module.talent'],
      entries: [
        { labelKey: 'talent.entry.policies', to: { page: 'policies' } },
        { labelKey: 'talent.entry.check', to: { page: 'check' } },
        { labelKey: 'talent.entry.fairs', to: { page: 'fairs' } },
        { labelKey: 'talent.entry.jobs', to: { page: 'jobs' } },
        { labelKey: 'talent.entry.housing', to: { page: 'housing' } }
      ]
    }
  ],
  search: true,
  saved: ['policy', 'posting']
})
