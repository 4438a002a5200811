// What a material's document (a PDF, e.g. a signed 申请书 or a 委托书 from a chat) may be, on every platform.

/** a document is kept as it is, so it must already be small: the same cap as a compressed photo */
export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024
export const DOCUMENT_EXTENSIONS = ['pdf'] as const

export interface PickedDocument {
  /** a path the platform keeps (saved file on mini-programs, data URL on H5) */
  path: string
  size: number
  /** the file's own name, shown in the checklist */
  name: string
}

export interface ChosenDocuments {
  files: PickedDocument[]
  /** too large, not a PDF, or unreadable, by file name */
  rejected: string[]
}

export const isPdfName = (name: string): boolean => /\.pdf$/i.test(name.trim())
