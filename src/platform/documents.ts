import type { ChosenDocuments, PickedDocument } from './documents-rules'
import { isPdfName, MAX_DOCUMENT_BYTES } from './documents-rules'
import { pickFiles } from './file-input'

export type { ChosenDocuments, PickedDocument } from './documents-rules'

// Neutral default (H5 and tests): a file input for PDFs, read into a data URL that the draft keeps (a blob URL
// would die on reload).

/** whether this platform can pick documents at all (photos it always can) */
export const CAN_CHOOSE_DOCUMENTS = true

function readDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(new Error('documents.unreadable'))
    reader.readAsDataURL(file)
  })
}

/** resolves with no files when the user closes the picker */
export async function chooseDocuments(remaining: number): Promise<ChosenDocuments> {
  if (remaining <= 0) return { files: [], rejected: [] }
  const picked = (await pickFiles('application/pdf,.pdf', remaining)).slice(0, remaining)
  const files: PickedDocument[] = []
  const rejected: string[] = []
  for (const file of picked) {
    if (!isPdfName(file.name) || file.size > MAX_DOCUMENT_BYTES) {
      rejected.push(file.name)
      continue
    }
    try {
      files.push({ path: await readDataUrl(file), size: file.size, name: file.name })
    } catch {
      rejected.push(file.name)
    }
  }
  return { files, rejected }
}

/** shows the document: a new tab with the PDF (a blob URL: browsers refuse to open data URLs at the top) */
export async function openDocument(file: PickedDocument): Promise<void> {
  const [head, body = ''] = file.path.split(',')
  const bytes = Uint8Array.from(atob(body), (c) => c.charCodeAt(0))
  const url = URL.createObjectURL(new Blob([bytes], { type: head.match(/data:([^;]+)/)?.[1] ?? 'application/pdf' }))
  window.open(url, '_blank', 'noopener')
}

export async function removeDocument(file: PickedDocument): Promise<void> {
  void file
}
