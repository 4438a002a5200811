import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'

/** every file below `dir` whose name passes `keep`, not descending into the folders named in `skip` */
export function listFiles(
  dir: string,
  keep: (name: string) => boolean = () => true,
  skip: string[] = ['node_modules', 'generated']
): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) return skip.includes(name) ? [] : listFiles(full, keep, skip)
    return keep(name) ? [full] : []
  })
}
