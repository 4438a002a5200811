// 旅游投诉 from a sight: the appeals module's filing page with the tourism category, the sight as the place and its
// district preset, linked by route (a feature never imports another).
import { Button, Text } from '@tarojs/components'
import type { District } from '@/core/domain'
import type { Translate } from '@/core/i18n'
import { go } from '@/platform/navigation'
import { routes } from '@/routes'

/** 文化旅游 › 旅游投诉 › 景区服务 (src/data/appeals/categories.json) */
export const SIGHT_COMPLAINT_CATEGORY = '140101'

export function ComplaintButton({ t, sight }: { t: Translate; sight: { name: string; district: District } }) {
  const url = routes.fileAppeal({
    type: 'complaint',
    category: SIGHT_COMPLAINT_CATEGORY,
    subject: sight.name,
    district: sight.district
  })
  return (
    <>
      <Button id='tourism-complaint' className='wst-button wst-button--secondary' onClick={() => go(url)}>
        {t('tourism.complaint.button')}
      </Button>
      <Text className='wst-note'>{t('tourism.complaint.note')}</Text>
    </>
  )
}
