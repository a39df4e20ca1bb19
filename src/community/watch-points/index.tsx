import { Text } from '@tarojs/components'
import EmergencyNumbers from '../../components/EmergencyNumbers'
import Page from '../../components/Page'
import WatchPointBrowse from '../../components/WatchPointBrowse'
import WatchPointCard from '../../components/WatchPointCard'
import WatchPointNearby from '../../components/WatchPointNearby'
import SectionTitle from '@/components/SectionTitle'
import '../pages.css'

/** 平安守望点 within 5 km, nearest first, once the person allows a position; below, every point by station or name. */
export default function WatchPointsPage() {
  return (
    <Page>
      <Text className="jmt-secondary community-lead">遇到危险、被人跟踪、需要帮助时，可以走进最近的守望点，店员会帮您报警、求助。</Text>
      <WatchPointNearby limit={20} radiusKm={5} renderPoint={(point) => <WatchPointCard key={point.id} point={point} />} />
      <SectionTitle>全部守望点</SectionTitle>
      <WatchPointBrowse />
      <SectionTitle>紧急求助</SectionTitle>
      <EmergencyNumbers withFraudHotline={false} />
    </Page>
  )
}
