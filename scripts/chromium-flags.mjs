// The flags every headless Chromium of the project runs with (the H5 journeys and the Lighthouse bench): no
// sandbox (CI runs as root in a container), no GPU, and nothing that reaches the network by itself.
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]
