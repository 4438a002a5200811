// Runs a probe script under tsx in a fresh Node process with TZ set, and returns what it printed as JSON.
// jest cannot change the time zone of a running worker (each test file gets a copy of process.env, and
// the zone is fixed when the worker starts), so time-zone tests compare such child processes.
import { execFile } from 'child_process'
import path from 'path'
import { WAIT_TIMEOUT_MS } from './timeouts'

const ROOT = path.resolve(__dirname, '../..')
const TSX_CLI = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs')

export function runTzProbe<T>(probeFile: string, tz: string): Promise<T> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [TSX_CLI, probeFile],
      { cwd: ROOT, env: { ...process.env, TZ: tz }, timeout: WAIT_TIMEOUT_MS, maxBuffer: 4 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`probe in ${tz} failed: ${error.message}\n${stderr}`))
        else resolve(JSON.parse(stdout) as T)
      }
    )
  })
}
