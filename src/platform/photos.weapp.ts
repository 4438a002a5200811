import Taro from '@tarojs/taro'
import type { AppealPhoto } from '@/core/appeals/types'
import { classifyFailure } from './api-failure'
import { PHOTO_COMPRESSION, partitionPicked, pickCount, type ChosenPhotos } from './photo-rules'

export { MAX_ORIGINAL_BYTES } from './photo-rules'
export type { ChosenPhotos, PhotoRejectReason, RejectedPhoto } from './photo-rules'

// WeChat: pick compressed, compress again at a fixed quality, then move the file into the
// mini-program's saved files, which survive an app kill (temp files do not). Saved files count
// against the mini-program's local file quota; removePhoto frees them.

interface Callbacks<R> {
  success: (res: R) => void
  fail: (err: unknown) => void
}

/** FileSystemManager methods take callbacks only */
function fsCall<R>(run: (callbacks: Callbacks<R>) => void): Promise<R> {
  return new Promise((resolve, reject) => run({ success: resolve, fail: reject }))
}

async function compress(path: string): Promise<string> {
  try {
    return (await Taro.compressImage({ src: path, quality: PHOTO_COMPRESSION.quality })).tempFilePath
  } catch {
    // old base libraries and some formats: the picker's own compression has to do
    return path
  }
}

async function keep(tempPath: string, originalSize: number): Promise<AppealPhoto> {
  const fs = Taro.getFileSystemManager()
  const source = await compress(tempPath)
  const { savedFilePath } = await fsCall<{ savedFilePath: string }>((cb) =>
    fs.saveFile({ tempFilePath: source, ...cb })
  )
  try {
    const { size } = await fsCall<{ size: number }>((cb) => fs.getFileInfo({ filePath: savedFilePath, ...cb }))
    return { path: savedFilePath, size }
  } catch {
    return { path: savedFilePath, size: originalSize }
  }
}

/**
 * Resolves with no photos when the user closes the picker; rejects with Error('photos.denied') when
 * camera or album access is refused, Error('photos.failed') otherwise. A photo that cannot be
 * compressed or saved (the local file quota is full) comes back as 'unreadable'.
 */
export async function choosePhotos(remaining: number): Promise<ChosenPhotos<AppealPhoto>> {
  const count = pickCount(remaining)
  if (count === 0) return { photos: [], rejected: [] }
  let picked: { tempFilePath: string; size: number }[]
  try {
    const res = await Taro.chooseMedia({
      count,
      mediaType: ['image'],
      sourceType: ['album', 'camera'],
      sizeType: ['compressed']
    })
    picked = res.tempFiles
  } catch (err) {
    const kind = classifyFailure(err)
    if (kind === 'cancel') return { photos: [], rejected: [] }
    throw new Error(kind === 'denied' ? 'photos.denied' : 'photos.failed')
  }
  const { accepted, rejected } = partitionPicked(picked, count)
  const photos: AppealPhoto[] = []
  for (const file of accepted) {
    try {
      photos.push(await keep(file.tempFilePath, file.size))
    } catch {
      rejected.push({ reason: 'unreadable', size: file.size })
    }
  }
  return { photos, rejected }
}

/** frees the saved file; a file already gone is not an error */
export async function removePhoto(photo: AppealPhoto): Promise<void> {
  const fs = Taro.getFileSystemManager()
  try {
    await fsCall<unknown>((cb) => fs.removeSavedFile({ filePath: photo.path, ...cb }))
  } catch {
    // already removed, or never saved (a path from an older draft)
  }
}

export async function previewPhotos(urls: string[], current?: string): Promise<void> {
  if (urls.length === 0) return
  try {
    await Taro.previewImage({ urls, current: current ?? urls[0] })
  } catch {
    // nothing to recover: the thumbnails stay on screen
  }
}
