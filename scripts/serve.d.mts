// Types of serve.mjs for the TypeScript scripts that use it
import type { Server } from 'node:http'

export function serve(options?: { root?: string; port?: number; host?: string; quiet?: boolean }): Promise<{
  url: string
  port: number
  server: Server
  close: () => Promise<void>
}>
