// The one clock of the unit tests: the runner's timeout per test. It is generous because a first run transforms
// every module (an empty jest cache: a fresh clone, a new machine, CI) while the machine may be busy with other
// work. Nothing in a test waits for a time of its own: waits are for a condition, and give up only shortly before
// the runner would, so a condition that never comes true still fails with its own message.
export const TEST_TIMEOUT_MS = 120_000

/** the longest any single wait (waitFor, findBy*, a child process, a local HTTP call) may take */
export const WAIT_TIMEOUT_MS = TEST_TIMEOUT_MS - 10_000
