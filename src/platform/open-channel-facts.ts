/** what became of a request to open a channel: the page says what happened, never just nothing */
export type ChannelOutcome = 'opened' | 'copied' | 'cancelled' | 'failed'
