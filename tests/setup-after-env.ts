import { TEST_TIMEOUT_MS, WAIT_TIMEOUT_MS } from './helpers/timeouts'

// Import Taro first: importing it later through a component triggers a circular import.
// Files that run in the node environment (contract tests with a real server) have no window and no Taro.
if (typeof window !== 'undefined') require('@tarojs/taro')

jest.setTimeout(TEST_TIMEOUT_MS)
// @testing-library's waits (waitFor, findBy*, the page harness's waitForText) are bounded by the runner's clock only
if (typeof window !== 'undefined') require('@testing-library/dom').configure({ asyncUtilTimeout: WAIT_TIMEOUT_MS })
