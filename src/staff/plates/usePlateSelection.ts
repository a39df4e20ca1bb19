import { useState } from 'react'
import { MAX_BULK_PLATES } from '@/types/plate-labels'

/**
 * The plates ticked for a bulk change. Only plates still in the list stay ticked (a new search or
 * filter drops the others), and at most as many as one bulk call takes.
 */
export function usePlateSelection(items: readonly { code: string; status: string }[]) {
  const [selecting, setSelecting] = useState(false)
  const [picked, setPicked] = useState<string[]>([])
  const listed = items.map((p) => p.code).join(',')

  // Adjusted while drawing, not in an effect, so that no frame shows a plate ticked that is gone.
  const [seen, setSeen] = useState(listed)
  if (seen !== listed) {
    setSeen(listed)
    const present = new Set(listed.split(','))
    setPicked((prev) => prev.filter((code) => present.has(code)))
  }

  const isPicked = (code: string) => picked.includes(code)
  const full = picked.length >= MAX_BULK_PLATES
  return {
    selecting,
    picked,
    full,
    isPicked,
    start: () => setSelecting(true),
    stop: () => {
      setSelecting(false)
      setPicked([])
    },
    toggle: (code: string) =>
      setPicked((prev) => (prev.includes(code) ? prev.filter((c) => c !== code) : prev.length >= MAX_BULK_PLATES ? prev : [...prev, code])),
    /** Ticks every listed active plate (retired ones cannot be retired or moved), up to the limit. */
    pickAllActive: () =>
      setPicked(
        items
          .filter((p) => p.status === 'active')
          .map((p) => p.code)
          .slice(0, MAX_BULK_PLATES),
      ),
    clear: () => setPicked([]),
  }
}

export type PlateSelection = ReturnType<typeof usePlateSelection>
