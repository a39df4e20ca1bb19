import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { call } from '../../api'
import { toApiError } from '../../api/errors'
import ActionButton from '../../components/ActionButton'
import EntryRow from '../../components/EntryRow'
import Page from '../../components/Page'
import { RETENTION_DAYS } from '@/types/retention'
import { describeCounts } from '../records'
import { saveTextFile } from '../../files/save-file'
import { privacyUrls } from '../urls'
import SectionTitle from '@/components/SectionTitle'
import './index.css'

type Status = { kind: 'idle' } | { kind: 'busy'; what: string } | { kind: 'done'; message: string } | { kind: 'failed'; message: string }

/** 我的 → 我的数据: export everything stored about me as a file, or delete it. */
export default function MyDataPage() {
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const busy = status.kind === 'busy'

  const exportData = async () => {
    setStatus({ kind: 'busy', what: '正在整理您的数据…' })
    try {
      const file = await call('privacy', 'exportMyData', {})
      await saveTextFile(file.filename, JSON.stringify(file, null, 2))
      setStatus({ kind: 'done', message: `已导出：${describeCounts(file.counts)}。文件名：${file.filename}` })
    } catch (error) {
      setStatus({ kind: 'failed', message: toApiError(error).message })
    }
  }

  const deleteData = async () => {
    const { confirm } = await Taro.showModal({
      title: '删除我的数据',
      content: '删除后，您的预约、请求、举报和测验记录里的个人信息会被清除，不能恢复。还没到的预约请先取消。确定删除吗？',
      confirmText: '确定删除',
      confirmColor: '#c3161c',
      cancelText: '再想想',
    })
    if (!confirm) return
    setStatus({ kind: 'busy', what: '正在删除…' })
    try {
      const result = await call('privacy', 'deleteMyData', { confirm: true })
      setStatus({
        kind: 'done',
        message: `已删除：${describeCounts(result.removed)}；已匿名处理（记录保留、不再与您关联）：${describeCounts(result.anonymised)}。`,
      })
    } catch (error) {
      setStatus({ kind: 'failed', message: toApiError(error).message })
    }
  }

  return (
    <Page>
      <SectionTitle>导出我的数据</SectionTitle>
      <Text className="jmt-text my-data__text">把我们保存的关于您的全部信息（预约、相约上门、留言、举报、调解、测验记录）打包成一个文件给您。</Text>
      <ActionButton onClick={exportData} disabled={busy}>
        导出我的数据
      </ActionButton>

      <SectionTitle>删除我的数据</SectionTitle>
      <Text className="jmt-text my-data__text">
        姓名、电话等个人信息会被清除；警方依法需要留存的记录（如已办结的举报、已到场的预约）只做匿名化处理，不再与您关联。
      </Text>
      <Text className="jmt-text my-data__text">
        即使您不删除，预约的姓名和电话也会在活动结束 {RETENTION_DAYS.booking} 天后自动删除，办结的举报和调解的联系方式在 {RETENTION_DAYS.closedCase} 天后删除。
      </Text>
      <ActionButton tone="emergency" onClick={deleteData} disabled={busy}>
        删除我的数据
      </ActionButton>

      {status.kind !== 'idle' ? (
        <View className={`jmt-card my-data__status my-data__status--${status.kind}`} role="status">
          <Text className="jmt-text my-data__text">{status.kind === 'busy' ? status.what : status.message}</Text>
        </View>
      ) : null}

      <EntryRow title="隐私说明" hint="收集什么、为什么、保存多久、谁能看到" url={privacyUrls.policy} />
    </Page>
  )
}
