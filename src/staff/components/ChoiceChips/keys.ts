/**
 * What makes a tappable View work from the keyboard in a desktop browser: a place in the tab order and
 * Enter or Space as a press, as a native button has. (A mini-program has no keyboard; the attributes
 * are harmless there.)
 */
export function pressableByKey(onPress: () => void) {
  return {
    tabIndex: 0,
    onKeyDown: (event: { key?: string; preventDefault?: () => void }) => {
      if (event.key !== 'Enter' && event.key !== ' ') return
      event.preventDefault?.()
      onPress()
    },
  }
}
