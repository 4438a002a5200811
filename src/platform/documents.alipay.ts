import type { ChosenDocuments, PickedDocument } from './documents-rules'

export type { ChosenDocuments, PickedDocument } from './documents-rules'

// Alipay: its file picker (my.chooseFileFromDisk) is not verified on the phone clients this app targets, so the
// checklist offers photos alone there; a document from elsewhere is photographed page by page.

export const CAN_CHOOSE_DOCUMENTS = false

export async function chooseDocuments(remaining: number): Promise<ChosenDocuments> {
  void remaining
  return { files: [], rejected: [] }
}

export async function openDocument(file: PickedDocument): Promise<void> {
  void file
}

export async function removeDocument(file: PickedDocument): Promise<void> {
  void file
}
