import type { AppealPhoto } from '@/core/appeals/types'
import {
  PHOTO_COMPRESSION,
  dataUrlByteLength,
  partitionPicked,
  pickCount,
  targetSize,
  type ChosenPhotos
} from './photo-rules'
import { pickFiles } from './file-input'
import { viewPhotos } from './photo-viewer'

export { MAX_ORIGINAL_BYTES } from './photo-rules'
export type { ChosenPhotos, PhotoRejectReason, RejectedPhoto } from './photo-rules'

// Neutral default (H5 and tests). A picked file is only reachable through a blob URL that dies on
// reload, so each photo is redrawn on a canvas and kept as a JPEG data URL: that is what the draft
// stores. A plain file input is used rather than Taro.chooseImage, which drops files the browser
// cannot decode without a word (they must come back as 'unreadable') and ignores the count.

function decode(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image()
    img.onload = () => resolve(img)
    img.onerror = () => reject(new Error('photos.unreadable'))
    img.src = url
  })
}

/** draws the file at most PHOTO_COMPRESSION.longEdge on its long edge; <img> applies EXIF rotation */
async function toJpegDataUrl(file: Blob): Promise<AppealPhoto> {
  const url = URL.createObjectURL(file)
  try {
    const img = await decode(url)
    const { width, height } = targetSize(img.naturalWidth, img.naturalHeight)
    const canvas = document.createElement('canvas')
    canvas.width = width
    canvas.height = height
    const context = width > 0 ? canvas.getContext('2d') : null
    if (!context) throw new Error('photos.unreadable')
    // JPEG has no transparency: without a fill, transparent PNG areas turn black
    context.fillStyle = '#fff'
    context.fillRect(0, 0, width, height)
    context.drawImage(img, 0, 0, width, height)
    const dataUrl = canvas.toDataURL('image/jpeg', PHOTO_COMPRESSION.jpegQuality)
    // release the bitmap now: iOS Safari caps the memory all canvases may hold together
    canvas.width = 0
    canvas.height = 0
    const size = dataUrlByteLength(dataUrl)
    if (size === 0) throw new Error('photos.unreadable')
    return { path: dataUrl, size }
  } finally {
    URL.revokeObjectURL(url)
  }
}

/** resolves with no photos when the user closes the picker */
export async function choosePhotos(remaining: number): Promise<ChosenPhotos<AppealPhoto>> {
  const count = pickCount(remaining)
  if (count === 0) return { photos: [], rejected: [] }
  const { accepted, rejected } = partitionPicked(await pickFiles('image/*', count), count)
  const photos: AppealPhoto[] = []
  // one at a time: a few decoded 12-megapixel photos at once can exhaust a phone browser's memory
  for (const file of accepted) {
    try {
      photos.push(await toJpegDataUrl(file))
    } catch {
      rejected.push({ reason: 'unreadable', size: file.size })
    }
  }
  return { photos, rejected }
}

/** a data URL owns no storage of its own: dropping it from the draft frees it */
export async function removePhoto(photo: AppealPhoto): Promise<void> {
  void photo
}

/** full screen in the page's own viewer (photo-viewer.ts), not Taro's H5 previewImage and its carousel library */
export async function previewPhotos(urls: string[], current?: string): Promise<void> {
  if (urls.length === 0) return
  await viewPhotos(urls, current ?? urls[0])
}
