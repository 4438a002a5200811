import { Button } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { SavedItem } from '@/core/domain'
import { Page } from '@/components/page'
import { useTranslate } from '@/components/use-translate'
import { userApi } from '../../api'
import { SavedList } from '../../components/saved-list'

export default function History() {
  const t = useTranslate()
  const [items, setItems] = useState<SavedItem[]>()
  useDidShow(() => {
    void userApi.listHistory().then(setItems)
  })
  const clear = async () => {
    await userApi.clearHistory()
    setItems([])
    void Taro.showToast({ title: t('history.cleared'), icon: 'none' })
  }
  return (
    <Page title={t('history.title')}>
      <SavedList items={items} emptyMessage={t('history.empty')} />
      {items && items.length > 0 ? (
        <Button className='wst-button wst-button--secondary' onClick={clear}>
          {t('history.clear')}
        </Button>
      ) : null}
    </Page>
  )
}
