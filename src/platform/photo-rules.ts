// Limits and compression parameters for appeal photos, shared by every platform's photos file,
// plus the pure decisions (what to reject, how far to scale) so they can be tested without a canvas.
import { MAX_PHOTOS } from '@/core/appeals/form'

/** originals above this are refused before any decoding: a phone camera never gets near it */
export const MAX_ORIGINAL_BYTES = 20 * 1024 * 1024

export const PHOTO_COMPRESSION = {
  /** mini-program compressImage quality, 0–100 (JPEG only) */
  quality: 70,
  /** Alipay compressImage has levels instead of a quality: 0 low, 1 medium, 2 high, 3 none, 4 by network */
  alipayLevel: 1,
  /** H5 canvas export: long edge in px, never upscaled; 9 photos of ~150 KB keep a draft well inside localStorage */
  longEdge: 1280,
  /** H5 canvas export: JPEG quality, 0–1 */
  jpegQuality: 0.6
} as const

export type PhotoRejectReason = 'tooLarge' | 'unreadable'

export interface RejectedPhoto {
  reason: PhotoRejectReason
  /** bytes of the original, when the platform reported it */
  size?: number
}

export interface ChosenPhotos<P> {
  photos: P[]
  rejected: RejectedPhoto[]
}

/** how many more photos may be picked, as a count the pickers accept */
export function pickCount(remaining: number): number {
  if (!Number.isFinite(remaining)) return 0
  return Math.max(0, Math.min(MAX_PHOTOS, Math.floor(remaining)))
}

/**
 * Splits what the picker returned into files to process and files refused for their size.
 * Pickers that ignore the requested count (H5's file input) can return more than allowed: the
 * extras are dropped, not reported, because the form has no room to show them anyway.
 */
export function partitionPicked<F extends { size?: number }>(
  files: F[],
  remaining: number
): { accepted: F[]; rejected: RejectedPhoto[] } {
  const accepted: F[] = []
  const rejected: RejectedPhoto[] = []
  for (const file of files.slice(0, pickCount(remaining))) {
    if (typeof file.size === 'number' && file.size > MAX_ORIGINAL_BYTES)
      rejected.push({ reason: 'tooLarge', size: file.size })
    else accepted.push(file)
  }
  return { accepted, rejected }
}

/** size to draw an image at: the long edge capped at `longEdge`, aspect kept, never upscaled */
export function targetSize(
  width: number,
  height: number,
  longEdge: number = PHOTO_COMPRESSION.longEdge
): { width: number; height: number } {
  if (!(width > 0) || !(height > 0)) return { width: 0, height: 0 }
  const scale = Math.min(1, longEdge / Math.max(width, height))
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) }
}

/** bytes a base64 data URL decodes to (0 for anything else, including the empty 'data:,' a failed canvas gives) */
export function dataUrlByteLength(dataUrl: string): number {
  const match = /^data:[^,]*;base64,([\s\S]*)$/.exec(dataUrl)
  if (!match) return 0
  const body = match[1].replace(/\s/g, '')
  const padding = body.endsWith('==') ? 2 : body.endsWith('=') ? 1 : 0
  return Math.max(0, Math.floor((body.length * 3) / 4) - padding)
}
