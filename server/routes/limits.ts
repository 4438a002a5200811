/** the body limit of every route, checked while the body arrives */
export const BODY_LIMIT = 1024 * 1024
/** filings may carry photos as data URLs (H5): a larger limit on those routes only, still below 10 MB */
export const FILING_BODY_LIMIT = 8 * 1024 * 1024
