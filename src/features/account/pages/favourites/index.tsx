import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { SavedItem } from '@/core/domain'
import { Page } from '@/components/page'
import { useTranslate } from '@/components/use-translate'
import { userApi } from '../../api'
import { SavedList } from '../../components/saved-list'

export default function Favourites() {
  const t = useTranslate()
  const [items, setItems] = useState<SavedItem[]>()
  useDidShow(() => {
    void userApi.listFavourites().then(setItems)
  })
  return (
    <Page title={t('fav.title')}>
      <SavedList items={items} emptyMessage={t('fav.empty')} />
    </Page>
  )
}
