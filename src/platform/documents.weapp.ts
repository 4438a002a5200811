import Taro from '@tarojs/taro'
import { classifyFailure } from './api-failure'
import type { ChosenDocuments, PickedDocument } from './documents-rules'
import { DOCUMENT_EXTENSIONS, isPdfName, MAX_DOCUMENT_BYTES } from './documents-rules'

export type { ChosenDocuments, PickedDocument } from './documents-rules'

// WeChat: PDFs from a chat (chooseMessageFile, the only file picker WeChat offers), moved into the saved files so
// the path survives an app kill; removeDocument frees them.

export const CAN_CHOOSE_DOCUMENTS = true

export async function chooseDocuments(remaining: number): Promise<ChosenDocuments> {
  if (remaining <= 0) return { files: [], rejected: [] }
  let picked: { path: string; size: number; name: string }[]
  try {
    const res = await Taro.chooseMessageFile({ count: remaining, type: 'file', extension: [...DOCUMENT_EXTENSIONS] })
    picked = res.tempFiles
  } catch (err) {
    if (classifyFailure(err) === 'cancel') return { files: [], rejected: [] }
    throw new Error('documents.failed')
  }
  const fs = Taro.getFileSystemManager()
  const files: PickedDocument[] = []
  const rejected: string[] = []
  for (const file of picked.slice(0, remaining)) {
    if (!isPdfName(file.name) || file.size > MAX_DOCUMENT_BYTES) {
      rejected.push(file.name)
      continue
    }
    try {
      const saved = await new Promise<string>((resolve, reject) =>
        fs.saveFile({
          tempFilePath: file.path,
          success: (r: { savedFilePath: string }) => resolve(r.savedFilePath),
          fail: reject
        })
      )
      files.push({ path: saved, size: file.size, name: file.name })
    } catch {
      rejected.push(file.name)
    }
  }
  return { files, rejected }
}

export async function openDocument(file: PickedDocument): Promise<void> {
  try {
    await Taro.openDocument({ filePath: file.path, fileType: 'pdf', showMenu: true })
  } catch {
    // the list still shows it; nothing to recover
  }
}

export async function removeDocument(file: PickedDocument): Promise<void> {
  try {
    await Taro.removeSavedFile({ filePath: file.path })
  } catch {
    // already gone: nothing to free
  }
}
