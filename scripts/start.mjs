// `npm start`: build the data, then the H5, WeChat and Alipay versions, serve the H5 build on 127.0.0.1 and
// say how to open the two mini-programs. Runs until Ctrl-C.
//
//   PORT=8080 npm start        (default 10086; if that port is taken a free one is used)
//
// The backend is the embedded one (sample data inside the bundle, no server needed; .env sets it) unless the
// builds are started with TARO_APP_BACKEND=http TARO_APP_API_BASE=... in the environment.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { serve } from './serve.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

function run(label, cmd, args) {
  const started = Date.now()
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`)
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', env: process.env })
    child.on('error', (err) => {
      console.error(`✗ ${label}: ${err.message}`)
      resolve(false)
    })
    child.on('exit', (code, signal) => {
      const secs = ((Date.now() - started) / 1000).toFixed(1)
      if (code === 0) console.log(`✓ ${label} (${secs} s)`)
      else console.error(`✗ ${label} failed (${signal ?? `exit ${code}`}, ${secs} s)`)
      resolve(code === 0)
    })
  })
}

if (!(await run('data', npm, ['run', 'build:data']))) process.exit(1)
if (!(await run('build h5', npx, ['taro', 'build', '--type', 'h5']))) process.exit(1)
// a failing mini-program build should not keep the H5 preview from starting
const weappOk = await run('build weapp', npx, ['taro', 'build', '--type', 'weapp'])
const alipayOk = await run('build alipay', npx, ['taro', 'build', '--type', 'alipay'])

const wanted = Number(process.env.PORT || 10086)
let server
try {
  server = await serve({ root: path.join(root, 'dist', 'h5'), port: wanted })
} catch (err) {
  if (err.code !== 'EADDRINUSE' && err.code !== 'EACCES') throw err
  console.log(`\nport ${wanted} is not available; using a free one`)
  server = await serve({ root: path.join(root, 'dist', 'h5'), port: 0 })
}

// what the builds inlined: the shell's TARO_APP_* variables win over the .env files (as in Taro)
function buildEnv(name) {
  if (process.env[name] !== undefined) return process.env[name]
  let value
  for (const file of ['.env', '.env.local', '.env.production', '.env.production.local']) {
    let text = ''
    try {
      text = readFileSync(path.join(root, file), 'utf8')
    } catch {
      continue
    }
    const m = text.match(new RegExp(`^\\s*${name}\\s*=\\s*(.*?)\\s*$`, 'm'))
    if (m) value = m[1].replace(/^(['"])(.*)\1$/, '$2')
  }
  return value
}
const backend =
  buildEnv('TARO_APP_BACKEND') === 'http'
    ? `http (${buildEnv('TARO_APP_API_BASE') ?? 'http://127.0.0.1:8787/api/v1'}) — start it first: npm run server`
    : 'embedded sample data (no server needed)'
console.log(`
──────────────────────────────────────────────────────────────
 湾事通 · 江门专区
 backend: ${backend}

 H5        ${server.url}#/pages/home/index
           (open in a browser; use the device toolbar for a phone-sized view)

 WeChat    ${weappOk ? 'dist/weapp' : 'dist/weapp — BUILD FAILED, see above'}
           WeChat DevTools → Import project → choose this folder:
             ${root}
           (project.config.json sets miniprogramRoot to ./dist/weapp; AppID "touristappid" works for a test account)

 Alipay    ${alipayOk ? 'dist/alipay' : 'dist/alipay — BUILD FAILED, see above'}
           Alipay Mini Program Studio (小程序开发者工具) → Open project → choose this folder:
             ${root}
           (mini.project.json sets miniprogramRoot to dist/alipay)

 Ctrl-C to stop.
──────────────────────────────────────────────────────────────`)

const stop = () => {
  console.log('\nstopping…')
  server.close().then(() => process.exit(0))
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
