/**
 * Splits text into plain and highlighted segments. Ranges are half-open UTF-16 indices; they may
 * come unsorted, overlapping or out of bounds (clamped), and joining the segments' text always
 * gives back the input.
 */
export function splitByRanges(text: string, ranges: [number, number][]): { text: string; hit: boolean }[] {
  const sorted = ranges
    .map(([a, b]): [number, number] => [Math.max(0, Math.min(a, text.length)), Math.max(0, Math.min(b, text.length))])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0])
  const out: { text: string; hit: boolean }[] = []
  let at = 0
  for (const [a, b] of sorted) {
    if (b <= at) continue
    const start = Math.max(a, at)
    if (start > at) out.push({ text: text.slice(at, start), hit: false })
    const last = out[out.length - 1]
    // Adjacent or overlapping ranges become one highlighted run.
    if (last && last.hit && start === at) last.text += text.slice(start, b)
    else out.push({ text: text.slice(start, b), hit: true })
    at = b
  }
  if (at < text.length) out.push({ text: text.slice(at), hit: false })
  return out
}
