import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect } from 'react'
import DistrictContact from '../../components/DistrictContact'
import EntryRow from '../../components/EntryRow'
import EmergencyNumbers from '../../components/EmergencyNumbers'
import NoticeLatest from '../../components/NoticeLatest'
import OfficerCard from '../../components/OfficerCard'
import Page from '../../components/Page'
import PageState from '../../components/PageState'
import { communityUrls } from '../../components/ReportLinks/urls'
import StationCard from '../../components/StationCard'
import { messageUrls } from '../../messages/urls'
import { usePlate } from '../../hooks/usePlate'
import { removePrerenderedCard } from '../../plate/prerendered'
import './index.css'

export default function PlatePage() {
  const card = usePlate()
  // The card the plate link drew in plain HTML gives way once this page shows what it has.
  useEffect(() => {
    if (card.status !== 'loading') removePrerenderedCard()
  }, [card.status])
  return (
    <Page>
      <PageState
        remote={card}
        loadingText='正在查找这块联系牌…'
        emptyTitle='没有找到这块联系牌'
        errorTitles={{ NOT_FOUND: '没有找到这块联系牌', INVALID_ARGUMENT: '联系牌编号不对' }}
        errorExtra={() => <DistrictContact />}
      >
        {({ plate, officer, station }) => (
          <View>
            <View className='plate__where'>
              <Text className='plate__place'>{plate.label}</Text>
              <Text className='plate__code'>
                {plate.area} · 编号 {plate.code}
              </Text>
            </View>
            {plate.status === 'retired' ? (
              <View className='jmt-card plate__notice'>
                <Text>这块联系牌已经停用。有事请联系下面的警务室。</Text>
              </View>
            ) : officer ? (
              <OfficerCard officer={officer} />
            ) : (
              <View className='jmt-card plate__notice'>
                <Text>这里的社区民警正在安排中，有事请先联系下面的警务室。</Text>
              </View>
            )}
            <EntryRow title='给民警留言' hint='不着急的事写给社区民警，民警看到后回复；紧急情况请拨打 110' onClick={() => Taro.navigateTo({ url: messageUrls.write(plate.code) })} />
            <StationCard station={station} />
            <Text className='jmt-section-title'>{`${plate.area}公告`}</Text>
            <NoticeLatest area={plate.area} stationId={station.stationId} limit={2} />
            <EntryRow title='向这里的民警举报线索' hint='诈骗、涉毒、涉赌、安全隐患，可以匿名' onClick={() => Taro.navigateTo({ url: communityUrls.reportNew(station.stationId) })} />
            <EntryRow title='申请纠纷调解' hint='邻里、家庭、物业纠纷，请民警帮忙调解' onClick={() => Taro.navigateTo({ url: communityUrls.mediationNew(station.stationId) })} />
          </View>
        )}
      </PageState>
      <Text className='jmt-section-title'>紧急求助</Text>
      <EmergencyNumbers withFraudHotline={false} />
    </Page>
  )
}
