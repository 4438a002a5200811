import { Image, Text, View } from '@tarojs/components'
import type { AppealPhoto } from '@/core/appeals/types'
import type { Translate } from '@/core/i18n'
import { Field } from '@/components/ui'
import { MAX_PHOTOS } from '@/core/appeals/form'
import { choosePhotos, previewPhotos, removePhoto } from '@/platform/photos'
import type { AppealForm } from './use-appeal-form'
import '@/components/photo-tiles.scss'

/** up to nine photos of the matter; each can be looked at and removed */
export function PhotoField({ t, form, onNotice }: { t: Translate; form: AppealForm; onNotice(text: string): void }) {
  const { photos, setPhotos } = form
  const add = async () => {
    const { photos: added, rejected } = await choosePhotos(MAX_PHOTOS - photos.length)
    if (added.length) setPhotos([...photos, ...added].slice(0, MAX_PHOTOS))
    const tooLarge = rejected.filter((r) => r.reason === 'tooLarge').length
    const unreadable = rejected.length - tooLarge
    onNotice(
      [
        tooLarge ? t('appeal.photos.rejectedTooLarge', { count: tooLarge }) : '',
        unreadable ? t('appeal.photos.rejectedUnreadable', { count: unreadable }) : ''
      ]
        .filter(Boolean)
        .join('；')
    )
  }
  const drop = (photo: AppealPhoto) => {
    setPhotos(photos.filter((p) => p !== photo))
    void removePhoto(photo)
  }
  const paths = photos.map((p) => p.path)
  return (
    <Field label={t('appeal.photos')} error={form.error('photos')} hint={t('appeal.photos.hint')}>
      <View className='wst-photos'>
        {photos.map((p) => (
          <View key={p.path} className='wst-photo'>
            <Image
              src={p.path}
              mode='aspectFill'
              className='wst-photo__thumb'
              onClick={() => previewPhotos(paths, p.path)}
            />
            <Text className='appeal-file__drop' onClick={() => drop(p)}>
              {t('appeal.photos.remove')}
            </Text>
          </View>
        ))}
        {photos.length < MAX_PHOTOS ? (
          <View className='wst-photo__add' id='appeal-add-photo' role='button' onClick={add}>
            <Text>{`＋ ${t('appeal.photos.add')}`}</Text>
          </View>
        ) : null}
      </View>
    </Field>
  )
}
