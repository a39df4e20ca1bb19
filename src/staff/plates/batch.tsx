import { useState } from 'react'
import { useRouter } from '@tarojs/taro'
import BatchForm from '../components/BatchForm'
import NewCodes from '../components/NewCodes'
import StaffPage from '../components/StaffPage'
import BatchActions from './BatchActions'

/** Makes a batch, then offers it whole: print, labels, export. `?batchId=` opens an earlier batch. */
export default function PlateBatchPage() {
  const opened = useRouter().params.batchId
  const [made, setMade] = useState<{ codes: string[]; batchId: string } | null>(null)
  const batchId = made?.batchId ?? opened
  return (
    <StaffPage title={batchId ? '一批联系牌' : '批量生成联系牌'}>
      {batchId ? <BatchActions batchId={batchId} count={made?.codes.length} /> : null}
      {made ? <NewCodes codes={made.codes} /> : batchId ? null : <BatchForm onCreated={setMade} />}
    </StaffPage>
  )
}
