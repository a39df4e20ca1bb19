import { View } from '@tarojs/components'
import { create } from 'qrcode'
import './index.css'

interface Run {
  dark: boolean
  length: number
}

/**
 * The QR code's rows as runs of dark and light modules, with a quiet zone of `margin` modules.
 * Drawn with plain blocks: no canvas and no image, so it looks the same in the mini-program and in H5.
 */
export function qrRows(text: string, margin = 2): Run[][] {
  const { modules } = create(text, { errorCorrectionLevel: 'M' })
  const size = modules.size
  const rows: Run[][] = []
  for (let y = -margin; y < size + margin; y += 1) {
    const runs: Run[] = []
    for (let x = -margin; x < size + margin; x += 1) {
      const dark = y >= 0 && y < size && x >= 0 && x < size && Boolean(modules.get(y, x))
      const last = runs[runs.length - 1]
      if (last && last.dark === dark) last.length += 1
      else runs.push({ dark, length: 1 })
    }
    rows.push(runs)
  }
  return rows
}

interface VisitQrProps {
  text: string
  label: string
}

/** A square QR code of `text`, for the officer's scanner. */
export default function VisitQr({ text, label }: VisitQrProps) {
  const rows = qrRows(text)
  return (
    <View className="visit-qr" role="img" aria-label={label} data-qr={text}>
      {rows.map((runs, y) => (
        <View className="visit-qr__row" key={y}>
          {runs.map((run, x) => (
            <View key={x} className={run.dark ? 'visit-qr__run visit-qr__run--dark' : 'visit-qr__run'} style={{ flexGrow: run.length }} />
          ))}
        </View>
      ))}
    </View>
  )
}
