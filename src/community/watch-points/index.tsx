import { Text } from '@tarojs/components'
import EmergencyNumbers from '../../components/EmergencyNumbers'
import Page from '../../components/Page'
import WatchPointBrowse from '../../components/WatchPointBrowse'
import WatchPointCard from '../../components/WatchPointCard'
import WatchPointNearby from '../../components/WatchPointNearby'
import '../pages.css'

/** 平安守望点 within 5 km, nearest first, once the person allows a position; below, every point by station or name. */
export default function WatchPointsPage() {
  return (
    <Page>
      <Text className="jmt-secondary community-lead">遇到危险、被人跟踪、需要帮助时，可以走进最近的守望点，店员会帮您报警、求助。</Text>
      <WatchPointNearby limit={20} radiusKm={5} renderPoint={(point) => <WatchPointCard key={point.id} point={point} />} />
      <Text className="jmt-section-title">全部守望点</Text>
      <WatchPointBrowse />
      <Text className="jmt-section-title">紧急求助</Text>
      <EmergencyNumbers withFraudHotline={false} />
    </Page>
  )
}
