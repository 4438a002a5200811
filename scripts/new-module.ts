// npm run new:module <id> [title]: writes the skeleton of a new module (scripts/lib/module-template.ts) and adds
// it to the module manifest, the one shared file it changes. Then: npm run build:data, and build, lint, test.
//   npm run new:module tourism 文旅服务
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { addToManifest, moduleFiles, moduleNames } from './lib/module-template'

const root = path.resolve(__dirname, '..')

/** writes the module's files into projectRoot and adds it to its manifest; returns the files written */
export function writeModule(projectRoot: string, id: string, title?: string): string[] {
  const names = moduleNames(id, title)
  const files = moduleFiles(names)
  const taken = Object.keys(files).filter((f) => existsSync(path.join(projectRoot, f)))
  if (existsSync(path.join(projectRoot, 'src/features', id)) || taken.length)
    throw new Error(`module ${id} exists already: ${taken.join(', ') || `src/features/${id}`}`)
  const manifestFile = path.join(projectRoot, 'src/modules.ts')
  const outputs: [string, string][] = [
    ...Object.entries(files),
    ['src/modules.ts', addToManifest(readFileSync(manifestFile, 'utf8'), names)]
  ]
  for (const [file, content] of outputs) {
    const full = path.join(projectRoot, file)
    mkdirSync(path.dirname(full), { recursive: true })
    writeFileSync(full, content)
  }
  const written = outputs.map(([file]) => file)
  // the project's own formatting, so the new files pass the format check as written
  execFileSync(
    process.execPath,
    [require.resolve('prettier/bin/prettier.cjs'), '--write', '--log-level=warn', ...written],
    {
      cwd: projectRoot,
      stdio: 'inherit'
    }
  )
  return written
}

if (require.main === module) {
  const [id, title] = process.argv.slice(2)
  if (!id) {
    console.error('usage: npm run new:module <id> [title]   e.g. npm run new:module tourism 文旅服务')
    process.exit(2)
  }
  try {
    const written = writeModule(root, id, title)
    console.log(`new:module ${id}: wrote ${written.length - 1} files, and added it to src/modules.ts:`)
    for (const file of written) console.log(`  ${file}`)
    console.log('next: npm run build:data, then build, lint and test as usual')
  } catch (error) {
    console.error(`new:module: ${(error as Error).message}`)
    process.exit(1)
  }
}
