// What every benchmark section computes alike: a percentile of sorted samples, and a query typed a character at a
// time.

/** the p-th percentile (nearest rank) of samples sorted ascending; NaN for none */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/** every prefix of every query, as a person types it (by character, not by UTF-16 unit) */
export function keystrokes(queries: string[]): string[] {
  return queries.flatMap((q) =>
    Array.from(q, (_, i) =>
      Array.from(q)
        .slice(0, i + 1)
        .join('')
    )
  )
}
