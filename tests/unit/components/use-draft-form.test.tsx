// useDraftForm, the one form hook of every module: what it shows and when it sends, with a plain store.
import { act, renderHook } from '@testing-library/react'
import { useState } from 'react'
import { BackendError } from '@/backend/errors'
import { useDraftForm, type DraftFormOptions, type Refusal } from '@/components/use-draft-form'

interface Person {
  name: string
  phone: string
}
type PersonField = keyof Person

const EMPTY: Person = { name: '', phone: '' }
const CATALOGUE = new Set([
  'form.fixErrors',
  'form.privacyNeeded',
  'name.tooShort',
  'phone.cn.length',
  'phone.cn.prefix',
  'booking.slotFull',
  'error.timeout'
])
/** a catalogue's message is marked «…»; a key it lacks comes back as it is, as the real one does */
const t = (key: string) => (CATALOGUE.has(key) ? `«${key}»` : key)
const validate = (p: Person) => ({
  ...(p.name.trim().length < 2 ? { name: 'name.tooShort' } : {}),
  ...(/^1\d{10}$/.test(p.phone) ? {} : { phone: 'phone.cn.length' })
})

/** the hook over a store kept in React state, as a persisted store would keep it on the device */
function renderForm(
  options: Partial<DraftFormOptions<Person, PersonField>> & { saved?: Person; consented?: () => boolean } = {},
  submit: (value: Person) => Promise<Refusal | void> = jest.fn(async () => undefined)
) {
  const { saved, consented, ...rest } = options
  const discarded = jest.fn()
  const hook = renderHook(() => {
    const [stored, setStored] = useState<Person | undefined>(saved)
    return useDraftForm<Person, PersonField>({
      t,
      initial: EMPTY,
      store: {
        stored,
        save: (patch) => setStored((s) => ({ ...(s ?? EMPTY), ...patch })),
        discard: () => {
          discarded()
          setStored(undefined)
        }
      },
      validate,
      fieldOfReason: (reason) => (reason.startsWith('phone.') ? 'phone' : undefined),
      invalidMessage: 'form.fixErrors',
      submit,
      ...(consented ? { consent: { given: consented(), message: 'form.privacyNeeded' } } : {}),
      ...rest
    })
  })
  return { form: () => hook.result.current, submit, discarded, rerender: () => hook.rerender() }
}

const VALID: Person = { name: '陈小明', phone: '13800138000' }

test('a draft kept from before is shown with the restored notice, until it is discarded', () => {
  const { form, discarded } = renderForm({ saved: { name: '陈小明', phone: '' } })
  expect(form().restored).toBe(true)
  expect(form().value.name).toBe('陈小明')

  act(() => form().discard())
  expect(discarded).toHaveBeenCalledTimes(1)
  expect(form().restored).toBe(false)
  expect(form().value).toEqual(EMPTY)
  // writing again starts a new draft, not a restored one
  act(() => form().set({ name: '新' }))
  expect(form().restored).toBe(false)
})

test('a fresh form shows no restored notice', () => {
  const { form } = renderForm()
  expect(form().restored).toBe(false)
  act(() => form().set({ name: '陈' }))
  expect(form().restored).toBe(false)
})

test('a field is checked when the user leaves it, not while typing, and only that field', () => {
  const { form } = renderForm()
  act(() => form().set({ name: '陈' }))
  expect(form().errors).toEqual({})
  act(() => form().check('name'))
  expect(form().error('name')).toBe('«name.tooShort»')
  // the phone is still empty, but the user has not been there yet
  expect(form().error('phone')).toBeUndefined()
})

test('a blur right after the input, before any render, checks what was typed', () => {
  const { form } = renderForm()
  act(() => {
    form().set({ name: '陈小明' })
    form().check('name')
  })
  expect(form().error('name')).toBeUndefined()
})

test('a corrected field loses its message at once, before it is left', () => {
  const { form } = renderForm()
  act(() => form().set({ name: '陈' }))
  act(() => form().check('name'))
  act(() => form().check('phone'))
  expect(form().error('name')).toBeDefined()

  act(() => form().set({ name: '陈小' }))
  expect(form().error('name')).toBeUndefined()
  // another field's message stays
  expect(form().error('phone')).toBe('«phone.cn.length»')
  // an edit may name the fields it corrects (changing the region corrects the number)
  act(() => form().set({ name: '陈小明' }, ['phone']))
  expect(form().error('phone')).toBeUndefined()
})

test('submitting marks every wrong field and says so in the banner, and sends nothing', async () => {
  const { form, submit } = renderForm()
  await act(() => form().submit())
  expect(form().errors).toEqual({ name: 'name.tooShort', phone: 'phone.cn.length' })
  expect(form().banner).toEqual({ text: '«form.fixErrors»', consent: false })
  expect(submit).not.toHaveBeenCalled()
  // editing takes the banner away
  act(() => form().set({ name: '陈小明' }))
  expect(form().banner).toBeNull()
})

test('a right form is not sent before privacy consent: the banner and the consent message say so', async () => {
  let given = false
  const { form, submit, rerender } = renderForm({ saved: VALID, consented: () => given })
  expect(form().consent).toEqual({ given: false, error: undefined })
  await act(() => form().submit())
  expect(submit).not.toHaveBeenCalled()
  expect(form().banner).toEqual({ text: '«form.fixErrors»', consent: true })
  expect(form().consent).toEqual({ given: false, error: '«form.privacyNeeded»' })
  expect(form().errors).toEqual({})

  // the box is ticked (the settings change and the form renders again): message and banner go, and it sends
  given = true
  rerender()
  expect(form().consent).toEqual({ given: true, error: undefined })
  expect(form().banner).toBeNull()
  await act(() => form().submit())
  expect(submit).toHaveBeenCalledTimes(1)
  expect(submit).toHaveBeenCalledWith(VALID)
})

test('consent is checked with the fields: one submit marks both, and the banner stays while a field is wrong', async () => {
  let given = false
  const { form, submit, rerender } = renderForm({ consented: () => given })
  await act(() => form().submit())
  expect(form().errors).toEqual({ name: 'name.tooShort', phone: 'phone.cn.length' })
  expect(form().consent?.error).toBe('«form.privacyNeeded»')
  given = true
  rerender()
  // ticked: its message goes, the fields' banner stays
  expect(form().consent?.error).toBeUndefined()
  expect(form().banner?.text).toBe('«form.fixErrors»')
  expect(submit).not.toHaveBeenCalled()
})

test('without a banner message of its own, the form says the consent message in its banner', async () => {
  const { form } = renderForm({ saved: VALID, consented: () => false, invalidMessage: undefined })
  await act(() => form().submit())
  expect(form().banner).toEqual({ text: '«form.privacyNeeded»', consent: true })
})

test('a refusal the backend throws stands under its field; one without a field goes to the banner', async () => {
  const submit = jest.fn(async (): Promise<void> => {
    throw new BackendError('invalid', 'phone.cn.prefix')
  })
  const { form } = renderForm({ saved: VALID }, submit)
  await act(() => form().submit())
  expect(form().errors).toEqual({ phone: 'phone.cn.prefix' })
  expect(form().error('phone')).toBe('«phone.cn.prefix»')
  expect(form().banner?.text).toBe('«form.fixErrors»')
  expect(form().submitting).toBe(false)

  submit.mockImplementation(async () => {
    throw new BackendError('conflict', 'booking.slotFull')
  })
  await act(() => form().submit())
  expect(form().banner?.text).toBe('«booking.slotFull»')
})

test('a refusal the submit returns (an outbox outcome) is shown the same way', async () => {
  const submit = jest.fn(async () => ({ refused: 'phone.cn.prefix' }))
  const { form } = renderForm({ saved: VALID }, submit)
  await act(() => form().submit())
  expect(form().error('phone')).toBe('«phone.cn.prefix»')
})

test('a failure that is no refusal says what went wrong, and the form can be sent again', async () => {
  const submit = jest.fn(async (): Promise<void> => {
    throw new BackendError('timeout')
  })
  const { form } = renderForm({ saved: VALID }, submit)
  await act(() => form().submit())
  expect(form().errors).toEqual({})
  expect(form().banner?.text).toBe('«error.timeout»')
  await act(() => form().submit())
  expect(submit).toHaveBeenCalledTimes(2)
})

test('two taps in the same tick, before any render, submit once', async () => {
  let answer: () => void = () => undefined
  const submit = jest
    .fn(async (): Promise<void> => undefined)
    .mockImplementationOnce(() => new Promise<void>((resolve) => (answer = resolve)))
  const { form } = renderForm({ saved: VALID }, submit)
  const tap = form().submit
  await act(async () => {
    void tap()
    void tap()
  })
  expect(submit).toHaveBeenCalledTimes(1)
  expect(form().submitting).toBe(true)
  // while it is being sent, a later tap does nothing either
  await act(async () => void form().submit())
  expect(submit).toHaveBeenCalledTimes(1)

  await act(async () => answer())
  expect(form().submitting).toBe(false)
  await act(() => form().submit())
  expect(submit).toHaveBeenCalledTimes(2)
})

test('without a store the form keeps its value as long as the component', () => {
  const hook = renderHook(() =>
    useDraftForm<Person, PersonField>({ t, initial: EMPTY, validate, submit: async () => undefined })
  )
  expect(hook.result.current.restored).toBe(false)
  act(() => hook.result.current.set({ name: '陈小明' }))
  expect(hook.result.current.value).toEqual({ name: '陈小明', phone: '' })
  act(() => hook.result.current.discard())
  expect(hook.result.current.value).toEqual(EMPTY)
})
