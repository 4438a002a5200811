import { Button } from '@tarojs/components'
import type { Translate } from '@/core/i18n'
import type { Paged } from './use-paged'

/** 加载更多: the next page of a paged list, for those who do not scroll to the bottom */
export function LoadMore({ paged, t }: { paged: Pick<Paged<unknown>, 'more' | 'showMore'>; t: Translate }) {
  if (paged.more === 0) return null
  return (
    <Button className='wst-button wst-button--secondary wst-load-more' onClick={paged.showMore}>
      {t('common.more', { count: paged.more })}
    </Button>
  )
}
