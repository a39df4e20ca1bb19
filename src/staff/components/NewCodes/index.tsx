import { View } from '@tarojs/components'
import { consoleUrls, openConsolePage } from '../../navigation'
import ListRow from '../ListRow'
import SectionTitle from '@/components/SectionTitle'

/** The codes just made, each opening its plate (QR, poster). */
export default function NewCodes({ codes }: { codes: string[] }) {
  return (
    <View className="jmt-card">
      <SectionTitle>{`新生成的 ${codes.length} 个编号`}</SectionTitle>
      {codes.map((code) => (
        <ListRow key={code} title={code} lines={[]} onClick={() => openConsolePage(consoleUrls.plateDetail(code))} />
      ))}
    </View>
  )
}
