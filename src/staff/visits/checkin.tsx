import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ActionOutput } from '@/types'
import ActionButton from '../../components/ActionButton'
import { call } from '../../api'
import { toApiError } from '../../api/errors'
import FormProblem from '@/components/FormProblem'
import NoticeCard from '../components/NoticeCard'
import StaffPage from '../components/StaffPage'
import TextField from '../../components/TextField'

type CheckedIn = ActionOutput<'visits', 'checkIn'>

const CODE = /^[A-Z0-9]{6,12}$/

/** The code inside a scanned QR or typed by hand: spaces dropped, upper case. */
export function readCheckinCode(text: string): string | null {
  const code = text.replace(/\s+/g, '').toUpperCase()
  return CODE.test(code) ? code : null
}

/** Check-in on site: scan the resident's QR (the mini-program), or type the code under it (H5, or a broken camera). */
export default function VisitCheckInPage() {
  const [typed, setTyped] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [done, setDone] = useState<CheckedIn[]>([])

  async function checkIn(text: string) {
    const code = readCheckinCode(text)
    if (!code) {
      setProblem('签到码应为 6–12 位字母或数字，请核对')
      return
    }
    setBusy(true)
    setProblem(null)
    try {
      const answer = await call('visits', 'checkIn', { checkinCode: code })
      setDone([answer, ...done])
      setTyped('')
      Taro.showToast({ title: `${answer.queueNo} 号已签到`, icon: 'success' })
    } catch (error) {
      const refusal = toApiError(error)
      setProblem(refusal.code === 'NOT_FOUND' ? `没有找到签到码 ${code} 的预约` : refusal.message)
    } finally {
      setBusy(false)
    }
  }

  function scan() {
    Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] }).then(
      ({ result }) => void checkIn(result),
      // Closing the scanner is not an error.
      () => undefined,
    )
  }

  return (
    <StaffPage title="扫码签到">
      {process.env.TARO_ENV === 'h5' ? null : (
        <View className="staff-page__actions">
          <ActionButton size="large" disabled={busy} onClick={scan}>
            扫居民的签到码
          </ActionButton>
        </View>
      )}
      <View className="jmt-card">
        <TextField
          label="输入签到码"
          value={typed}
          onChange={setTyped}
          maxlength={12}
          placeholder="二维码下方的字母和数字"
          onConfirm={() => void checkIn(typed)}
          hint={process.env.TARO_ENV === 'h5' ? '网页版不能扫码，请输入居民出示的签到码' : '扫不出来时，输入二维码下方的签到码'}
        />
        <FormProblem message={problem} />
        <ActionButton tone={process.env.TARO_ENV === 'h5' ? 'primary' : 'secondary'} disabled={busy} onClick={() => void checkIn(typed)}>
          {busy ? '正在签到…' : '签到'}
        </ActionButton>
      </View>
      {done.map((entry) => (
        <NoticeCard key={entry.bookingId} title={`${entry.queueNo} 号 ${entry.name} 已签到`} text={`办理：${entry.matter}`} />
      ))}
      {done.length === 0 ? <Text className="jmt-muted">签到后，这里列出本次签到的居民。</Text> : null}
    </StaffPage>
  )
}
