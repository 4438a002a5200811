import { useCallback, useEffect, useState } from 'react'

export interface AsyncState<T> {
  data: T | undefined
  error: unknown
  loading: boolean
  reload(): void
}

/** load data through the backend when the inputs change; stale answers are ignored */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[]): AsyncState<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true })
  const [round, setRound] = useState(0)
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const run = useCallback(load, deps)

  useEffect(() => {
    let live = true
    setState((s) => ({ ...s, loading: true }))
    run().then(
      (data) => live && setState({ data, loading: false }),
      (error) => live && setState({ error, loading: false })
    )
    return () => {
      live = false
    }
  }, [run, round])

  return { data: state.data, error: state.error, loading: state.loading, reload: () => setRound((r) => r + 1) }
}
