export interface SystemFacts {
  /** the system font scale the platform reports, 1 when it reports none */
  fontScale: number
  language: string | undefined
}

export function clampScale(x: number | undefined): number {
  if (typeof x !== 'number' || !Number.isFinite(x) || x <= 0) return 1
  return Math.min(2, Math.max(1, x))
}
