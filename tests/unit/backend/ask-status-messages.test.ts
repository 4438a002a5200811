// askForStatusMessages: the platform's dialog first and synchronously (WeChat shows it only inside a tap), then the
// accepted templates told to the server; an unreachable server costs the resident nothing.
import { askForStatusMessages } from '@/backend/subscriptions'

test('the dialog opens before anything is awaited; the accepted ids are recorded and returned', async () => {
  const request = jest.fn(async (kind: string) => (kind === 'application' ? ['tpl-b'] : ['tpl-a']))
  const record = jest.fn(async () => undefined)
  const asked = askForStatusMessages('application', { request, record })
  // still inside the tap: the dialog has been asked for already
  expect(request).toHaveBeenCalledWith('application')
  expect(await asked).toEqual(['tpl-b'])
  expect(record).toHaveBeenCalledWith('application', ['tpl-b'])
})

test('nothing accepted: nothing recorded; the server unreachable: the accepted ids all the same', async () => {
  const record = jest.fn(async () => undefined)
  expect(await askForStatusMessages('appeal', { request: async () => [], record })).toEqual([])
  expect(record).not.toHaveBeenCalled()
  const failing = jest.fn(async () => {
    throw new Error('network')
  })
  expect(await askForStatusMessages('appeal', { request: async () => ['tpl-a'], record: failing })).toEqual(['tpl-a'])
  expect(failing).toHaveBeenCalledTimes(1)
})

test('with the embedded backend (H5 and tests by default) nothing is sent anywhere and the web asks nothing', async () => {
  // the neutral platform file: no dialog on the web, so no ids
  expect(await askForStatusMessages('appeal')).toEqual([])
})
