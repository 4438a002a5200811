// An outbox (待发送) for one kind of submission, kept on the device. A submission goes into the outbox with its
// idempotency key before anything is sent, so an app kill, a lost network or a failure never loses it; it leaves
// only when the backend has answered. Sends run one at a time in the order queued, never two at once, and each
// carries its key, so even a send whose answer was lost cannot create a second record when it is repeated.
// A refusal (the backend said no to this request) is not retried: it goes back to the form.
import { create, type StoreApi, type UseBoundStore } from 'zustand'
import { persist } from 'zustand/middleware'
import { isBackendError, isRefusal } from '@/backend/errors'
import { recordsPersistence } from './persist-storage'

export interface OutboxItem<R> {
  request: R
  queuedAt: number
  attempts: number
  /** the backend refused it (a message key): it goes back to the form, it is not retried */
  refused?: string
}

export type SendOutcome<A> =
  | { kind: 'sent'; answer: A }
  /** offline, or the send failed on the way: it stays queued and is sent again later */
  | { kind: 'queued'; reason: string }
  | { kind: 'refused'; reason: string }

export interface OutboxState<R> {
  /** entries this version could not read, kept as they were (see splitRecords) */
  unreadable: Record<string, unknown>
  /** by idempotency key */
  items: Record<string, OutboxItem<R>>
  enqueue(request: R): void
  attempted(key: string, refused?: string): void
  remove(key: string): void
}

export interface OutboxOptions<R, A> {
  /** the storage key, e.g. 'wst:application-outbox' */
  name: string
  isRequest(x: unknown): x is R
  submit(request: R): Promise<A>
  isOnline(): Promise<boolean>
  /** calls back when the device goes on- or offline */
  onNetworkChange(cb: (online: boolean) => void): unknown
  /** the reason an offline send reports, a message key */
  offlineReason: string
}

export interface Outbox<R, A> {
  useOutbox: UseBoundStore<StoreApi<OutboxState<R>>>
  /** sends what is waiting; calls made while a flush runs wait for it, so nothing is sent twice at once */
  flush(): Promise<Record<string, SendOutcome<A>>>
  /** queues the request and sends the outbox; the outcome of this request ('queued' when another send took it) */
  send(request: R): Promise<SendOutcome<A> | { kind: 'taken' }>
  /** while the app runs, coming back online sends the outbox (idempotent) */
  watch(): void
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null

export function createOutbox<R extends { idempotencyKey: string }, A>(options: OutboxOptions<R, A>): Outbox<R, A> {
  const isItem = (x: unknown): x is OutboxItem<R> =>
    isObject(x) && options.isRequest(x.request) && typeof x.queuedAt === 'number' && typeof x.attempts === 'number'

  const useOutbox = create<OutboxState<R>>()(
    persist(
      (set) => ({
        items: {},
        unreadable: {},
        enqueue: (request) =>
          set((s) => ({
            items: {
              ...s.items,
              [request.idempotencyKey]: s.items[request.idempotencyKey] ?? {
                request,
                queuedAt: Date.now(),
                attempts: 0
              }
            }
          })),
        attempted: (key, refused) =>
          set((s) =>
            s.items[key]
              ? { items: { ...s.items, [key]: { ...s.items[key], attempts: s.items[key].attempts + 1, refused } } }
              : s
          ),
        remove: (key) => set((s) => ({ items: Object.fromEntries(Object.entries(s.items).filter(([k]) => k !== key)) }))
      }),
      recordsPersistence<OutboxState<R>, 'items'>(options.name, 'items', isItem)
    )
  )

  async function flushNow(): Promise<Record<string, SendOutcome<A>>> {
    const outcomes: Record<string, SendOutcome<A>> = {}
    const pending = Object.values(useOutbox.getState().items)
      .filter((item) => !item.refused)
      .sort((a, b) => a.queuedAt - b.queuedAt)
    if (pending.length === 0) return outcomes
    if (!(await options.isOnline())) {
      for (const item of pending)
        outcomes[item.request.idempotencyKey] = { kind: 'queued', reason: options.offlineReason }
      return outcomes
    }
    const { attempted, remove } = useOutbox.getState()
    for (const { request } of pending) {
      const key = request.idempotencyKey
      try {
        const answer = await options.submit(request)
        remove(key)
        outcomes[key] = { kind: 'sent', answer }
      } catch (e) {
        const refused = isRefusal(e) ? e.reason : undefined
        attempted(key, refused)
        outcomes[key] = refused
          ? { kind: 'refused', reason: refused }
          : { kind: 'queued', reason: isBackendError(e) ? e.reason : 'server' }
      }
    }
    return outcomes
  }

  let chain: Promise<unknown> = Promise.resolve()
  const flush = () => {
    const run = chain.then(flushNow)
    chain = run.catch(() => undefined)
    return run
  }

  let watching = false
  return {
    useOutbox,
    flush,
    watch() {
      if (watching) return
      watching = true
      options.onNetworkChange((online) => {
        if (online) void flush()
      })
    },
    async send(request) {
      useOutbox.getState().enqueue(request)
      const outcome = (await flush())[request.idempotencyKey]
      if (outcome?.kind === 'refused') useOutbox.getState().remove(request.idempotencyKey)
      if (outcome) return outcome
      // no answer of its own: a send started elsewhere (the network came back) took it
      return useOutbox.getState().items[request.idempotencyKey]
        ? { kind: 'queued', reason: options.offlineReason }
        : { kind: 'taken' }
    }
  }
}
