// Types of chromium-flags.mjs for the TypeScript scripts that use it
export const CHROMIUM_FLAGS: string[]
