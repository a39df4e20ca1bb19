import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import ActionButton from '../../components/ActionButton'
import PageState from '../../components/PageState'
import NoticeCard from '../components/NoticeCard'
import PlateForm from '../components/PlateForm'
import PlateSummary from '../components/PlateSummary'
import QrImage from '../components/QrImage'
import RetireForm from '../components/RetireForm'
import StaffPage from '../components/StaffPage'
import { useStaffRole } from '../hooks/useStaffRole'
import { consoleUrls, openConsolePage } from '../navigation'
import { usePlateCard } from './usePlateCard'
import { PLATE_MISSING } from '@/plate/missing'
import SectionTitle from '@/components/SectionTitle'
import './detail.css'

export default function PlateDetailPage() {
  const card = usePlateCard()
  const role = useStaffRole()
  const [rebinding, setRebinding] = useState(false)
  return (
    <StaffPage title="联系牌详情">
      <PageState remote={card} loadingText="正在读取联系牌…" {...PLATE_MISSING}>
        {({ plate, officer, station, emergency, qr }) => (
          <>
            <PlateSummary card={{ plate, officer, station, emergency }} />
            {plate.status === 'retired' ? <NoticeCard tone="warning" title="已停用" text={`停用原因：${plate.retiredReason ?? '未写明'}`} /> : null}
            <View className="jmt-card plate-detail__qr">
              <QrImage pngBase64={qr.pngBase64} code={plate.code} />
              <Text className="jmt-title plate-detail__code">{plate.code}</Text>
              <ActionButton onClick={() => openConsolePage(consoleUrls.platePoster(plate.code))}>打印海报</ActionButton>
            </View>
            {role.isAdmin && plate.status === 'active' ? (
              <>
                <SectionTitle>修改绑定</SectionTitle>
                {rebinding ? (
                  <PlateForm
                    plate={{ ...plate, stationId: station.stationId }}
                    onSaved={() => {
                      setRebinding(false)
                      card.retry()
                    }}
                  />
                ) : (
                  <View className="staff-page__actions">
                    <ActionButton tone="secondary" hint="编号和二维码不变" onClick={() => setRebinding(true)}>
                      修改位置、社区或派出所
                    </ActionButton>
                  </View>
                )}
                <SectionTitle>停用</SectionTitle>
                <RetireForm code={plate.code} onRetired={card.retry} />
              </>
            ) : null}
          </>
        )}
      </PageState>
    </StaffPage>
  )
}
