import { Button } from '@tarojs/components'
import type { Translate } from '@/core/i18n'

/** 收藏 / 已收藏: the words and aria-pressed say it, the fill only repeats them */
export function FavouriteButton({ t, saved }: { t: Translate; saved: { favourite: boolean; toggle(): unknown } }) {
  return (
    <Button
      className={`wst-button ${saved.favourite ? '' : 'wst-button--secondary'}`}
      aria-pressed={saved.favourite}
      onClick={() => void saved.toggle()}
    >
      {t(saved.favourite ? 'tourism.favourite.saved' : 'tourism.favourite.add')}
    </Button>
  )
}
