import { useState } from 'react'
import BatchForm from '../components/BatchForm'
import NewCodes from '../components/NewCodes'
import StaffPage from '../components/StaffPage'

export default function PlateBatchPage() {
  const [codes, setCodes] = useState<string[] | null>(null)
  return <StaffPage title='批量生成联系牌'>{codes ? <NewCodes codes={codes} /> : <BatchForm onCreated={setCodes} />}</StaffPage>
}
