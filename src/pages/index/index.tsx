import { Text, View } from '@tarojs/components'
import EmergencyNumbers from '../../components/EmergencyNumbers'
import Page from '../../components/Page'
import ScanEntry from '../../components/ScanEntry'
import './index.css'

export default function HomePage() {
  return (
    <Page>
      <View className='home__hero'>
        <Text className='home__title'>社区民警就在身边</Text>
        <Text className='home__lead'>扫一扫楼门口的警民联系牌，就能看到负责这里的民警和联系电话。</Text>
      </View>
      <ScanEntry />
      <Text className='jmt-section-title'>紧急求助</Text>
      <EmergencyNumbers />
    </Page>
  )
}
