// The 在线申办 journeys' shared steps (81 talent card, 92 投资咨询): the check characters of the IDs a form asks for,
// the applications the embedded backend keeps on the device, the office's side run through the workflow's own
// applyApplicationEvent, and the status an application page shows.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { ROOT, assert, setStorage, storage, textOf, until } from './lib.mjs'

// GB 11643 check character of a mainland resident ID
export function mainlandId(first17) {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i], 0)
  return first17 + '10X98765432'[sum % 11]
}

// GB 32100 check character of a 统一社会信用代码
export function creditCode(first17) {
  const charset = '0123456789ABCDEFGHJKLMNPQRTUWXY'
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
  const sum = [...first17].reduce((s, c, i) => s + charset.indexOf(c) * weights[i], 0)
  return first17 + charset[(31 - (sum % 31)) % 31]
}

/** the other character of the two: a check character that is wrong */
export const wrongLast = (code, a, b) => code.slice(0, -1) + (code.endsWith(a) ? b : a)

export async function storedApplications(page) {
  return (await storage(page))['wst:applications']?.items ?? []
}

// the workflow's own step (src/core/applications/workflow.ts), run by tsx as the office console's backend runs it
const WORKFLOW = `
import { readFileSync } from 'node:fs'
import { applyApplicationEvent } from './src/core/applications/workflow'
const { application, command, at } = JSON.parse(readFileSync(0, 'utf8'))
process.stdout.write(JSON.stringify(applyApplicationEvent(application, command, at)))
`

export function applyEvent(application, command, at) {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['-e', WORKFLOW], { cwd: ROOT })
    let out = ''
    let err = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (err += d))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`the workflow step failed (${code}): ${err.slice(-2000)}`))
      const result = JSON.parse(out)
      if (!result.ok) return reject(new Error(`the workflow refused ${command.event}: ${result.reason}`))
      resolve(result.application)
    })
    child.stdin.end(JSON.stringify({ application, command, at }))
  })
}

/** rewrite one stored application (the version-1 envelope the embedded backend keeps) */
export async function rewrite(page, reference, change) {
  const envelope = (await storage(page))['wst:applications']
  assert.equal(envelope?.v, 1, 'the applications are stored as a version-1 envelope')
  const items = []
  for (const a of envelope.items) items.push(a.reference === reference ? await change(a) : a)
  await setStorage(page, 'wst:applications', { ...envelope, items })
  return items.find((a) => a.reference === reference)
}

/** what the office would have done: one command through the workflow, now */
export async function office(page, reference, command) {
  const now = await page.evaluate(() => Date.now())
  return rewrite(page, reference, (a) => applyEvent(a, { actor: 'office', ...command }, now))
}

/** the status as the application's summary names it */
export async function expectStatus(page, text) {
  let shown = ''
  await until(
    async () => {
      shown = await textOf(page, '.wst-section__head .wst-tag').catch(() => '')
      return shown === text
    },
    { message: () => Promise.resolve(`the application's status reads ${JSON.stringify(shown)}, expected ${text}`) }
  )
}
