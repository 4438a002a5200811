import Taro from '@tarojs/taro'
import type { AppealPhoto } from '@/core/appeals/types'
import { classifyFailure } from './api-failure'
import { PHOTO_COMPRESSION, partitionPicked, pickCount, type ChosenPhotos } from './photo-rules'

export { MAX_ORIGINAL_BYTES } from './photo-rules'
export type { ChosenPhotos, PhotoRejectReason, RejectedPhoto } from './photo-rules'

// Alipay: pick compressed, compress again, then saveFile so the path survives an app kill. Taro maps
// saveFile / getFileInfo / removeSavedFile onto Alipay's apFilePath names; compressImage it does not
// map (Alipay takes a list and a level, not a quality), so that one goes to `my` directly.
// Alipay caps saved files at 10 MB per mini-program: removePhoto frees them.

declare const my: {
  compressImage(option: {
    apFilePaths: string[]
    compressLevel: number
    success: (res: { apFilePaths?: string[] }) => void
    fail: (err: unknown) => void
  }): void
}

function compress(path: string): Promise<string> {
  return new Promise((resolve) => {
    my.compressImage({
      apFilePaths: [path],
      compressLevel: PHOTO_COMPRESSION.alipayLevel,
      success: (res) => resolve(res.apFilePaths?.[0] ?? path),
      // the picker's own compression has to do
      fail: () => resolve(path)
    })
  })
}

async function fileSize(path: string): Promise<number | undefined> {
  try {
    const res = await Taro.getFileInfo({ filePath: path })
    return 'size' in res && typeof res.size === 'number' ? res.size : undefined
  } catch {
    return undefined
  }
}

async function keep(tempPath: string, originalSize: number | undefined): Promise<AppealPhoto> {
  const source = await compress(tempPath)
  const res = await Taro.saveFile({ tempFilePath: source })
  if (!('savedFilePath' in res) || !res.savedFilePath) throw new Error('photos.unsaved')
  const size = (await fileSize(res.savedFilePath)) ?? originalSize ?? 0
  return { path: res.savedFilePath, size }
}

/** lists what the picker returned; older Alipay clients report paths only, without sizes */
function pickedFiles(res: Taro.chooseImage.SuccessCallbackResult): { path: string; size?: number }[] {
  if (Array.isArray(res.tempFiles) && res.tempFiles.length > 0)
    return res.tempFiles.map((file) => ({ path: file.path, size: file.size }))
  return (res.tempFilePaths ?? []).map((path) => ({ path }))
}

/**
 * Resolves with no photos when the user closes the picker; rejects with Error('photos.denied') when
 * camera or album access is refused, Error('photos.failed') otherwise. A photo that cannot be
 * compressed or saved (the 10 MB quota is full) comes back as 'unreadable'.
 */
export async function choosePhotos(remaining: number): Promise<ChosenPhotos<AppealPhoto>> {
  const count = pickCount(remaining)
  if (count === 0) return { photos: [], rejected: [] }
  let picked: { path: string; size?: number }[]
  try {
    picked = pickedFiles(await Taro.chooseImage({ count, sizeType: ['compressed'], sourceType: ['album', 'camera'] }))
  } catch (err) {
    const kind = classifyFailure(err)
    if (kind === 'cancel') return { photos: [], rejected: [] }
    throw new Error(kind === 'denied' ? 'photos.denied' : 'photos.failed')
  }
  const sized = await Promise.all(
    picked.map(async (file) => ({ ...file, size: file.size ?? (await fileSize(file.path)) }))
  )
  const { accepted, rejected } = partitionPicked(sized, count)
  const photos: AppealPhoto[] = []
  for (const file of accepted) {
    try {
      photos.push(await keep(file.path, file.size))
    } catch {
      rejected.push(
        typeof file.size === 'number' ? { reason: 'unreadable', size: file.size } : { reason: 'unreadable' }
      )
    }
  }
  return { photos, rejected }
}

/** frees the saved file; a file already gone is not an error */
export async function removePhoto(photo: AppealPhoto): Promise<void> {
  try {
    await Taro.removeSavedFile({ filePath: photo.path })
  } catch {
    // already removed, or never saved (a path from an older draft)
  }
}

export async function previewPhotos(urls: string[], current?: string): Promise<void> {
  if (urls.length === 0) return
  try {
    // Taro turns current into the index Alipay expects
    await Taro.previewImage({ urls, current: current ?? urls[0] })
  } catch {
    // nothing to recover: the thumbnails stay on screen
  }
}
