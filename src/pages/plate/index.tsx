import { Text, View } from '@tarojs/components'
import DistrictContact from '../../components/DistrictContact'
import EmergencyNumbers from '../../components/EmergencyNumbers'
import OfficerCard from '../../components/OfficerCard'
import Page from '../../components/Page'
import PageState from '../../components/PageState'
import StationCard from '../../components/StationCard'
import { usePlate } from '../../hooks/usePlate'
import './index.css'

export default function PlatePage() {
  const { remote } = usePlate()
  return (
    <Page>
      <PageState
        remote={remote}
        loadingText='正在查找这块联系牌…'
        emptyTitle='没有找到这块联系牌'
        errorTitles={{ NOT_FOUND: '没有找到这块联系牌' }}
        errorExtra={() => <DistrictContact />}
      >
        {(plate) => (
          <View>
            <View className='plate__where'>
              <Text className='plate__place'>{plate.place ?? plate.area ?? '警民联系牌'}</Text>
              <Text className='plate__code'>编号 {plate.code}</Text>
            </View>
            {plate.officer ? (
              <OfficerCard officer={plate.officer} />
            ) : (
              <View className='jmt-card'>
                <Text>这里的社区民警正在安排中，可以先联系下面的警务室。</Text>
              </View>
            )}
            {plate.station ? <StationCard station={plate.station} /> : null}
          </View>
        )}
      </PageState>
      <Text className='jmt-section-title'>紧急求助</Text>
      <EmergencyNumbers withFraudHotline={false} />
    </Page>
  )
}
