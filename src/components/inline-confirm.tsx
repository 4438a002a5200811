import { Button, Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import './inline-confirm.scss'

interface InlineConfirmProps {
  /** the control that asks, e.g. 撤回诉求 */
  label: string
  /** the control that does it, e.g. 确认撤回 */
  confirmLabel: string
  /** the control that keeps things as they are, e.g. 保留 */
  cancelLabel: string
  /** said while asking, e.g. what cannot be undone */
  question?: string
  /** runs once per confirmation (a second tap while it runs does nothing); resolving to false keeps asking */
  onConfirm(): unknown
  /** button: page buttons (block: full width); link: underlined text, for a banner or a row */
  look?: 'button' | 'block' | 'link'
  className?: string
}

/**
 * Asks again in place before something that cannot be undone. Never a pop-up: elder mode shows none, and
 * the question stays next to what it is about.
 */
export function InlineConfirm({
  label,
  confirmLabel,
  cancelLabel,
  question,
  onConfirm,
  look = 'button',
  className = ''
}: InlineConfirmProps) {
  const [asking, setAsking] = useState(false)
  const [busy, setBusy] = useState(false)
  // a ref, so that a second tap in the same tick already sees the first
  const running = useRef(false)

  const confirm = async () => {
    if (running.current) return
    running.current = true
    setBusy(true)
    try {
      if ((await onConfirm()) !== false) setAsking(false)
    } finally {
      running.current = false
      setBusy(false)
    }
  }

  const control = (text: string, onClick: () => void, primary: boolean, wide = false) =>
    look === 'link' ? (
      // a Text: on H5 a View drawn in the tap that opened the question misses the next real tap; Text's typings
      // lack `role`, which it passes on
      <Text className='wst-link' {...{ role: 'button' }} onClick={onClick}>
        {text}
      </Text>
    ) : (
      <Button
        className={`wst-button ${wide ? '' : 'wst-button--small'} ${primary ? '' : 'wst-button--secondary'}`}
        disabled={primary && busy}
        loading={primary && busy}
        onClick={onClick}
      >
        {text}
      </Button>
    )

  // keyed, so the asking controls and the control that asks are never one element reused for the other:
  // a tap on 保留 would otherwise bubble into the re-rendered element and ask again
  return (
    <View className={`wst-confirm wst-confirm--${look} ${className}`}>
      {asking ? (
        <View key='asking'>
          {question ? <Text className='wst-confirm__question'>{question}</Text> : null}
          <View className='wst-confirm__actions'>
            {control(confirmLabel, () => void confirm(), true)}
            {control(cancelLabel, () => setAsking(false), false)}
          </View>
        </View>
      ) : (
        <View key='ask'>{control(label, () => setAsking(true), false, look === 'block')}</View>
      )}
    </View>
  )
}
