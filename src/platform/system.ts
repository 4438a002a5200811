import type { SystemFacts } from './system-facts'

// Neutral default (H5 and tests): the browser applies its own font scaling, so we report none.
export function readSystemFacts(): SystemFacts {
  return { fontScale: 1, language: typeof navigator === 'undefined' ? undefined : navigator.language }
}
