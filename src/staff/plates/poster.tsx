import { View } from '@tarojs/components'
import PageState from '../../components/PageState'
import NoticeCard from '../components/NoticeCard'
import PlatePoster from '../components/PlatePoster'
import PrintButton from '../components/PrintButton'
import StaffPage from '../components/StaffPage'
import { usePlateCard } from './usePlateCard'
import { PLATE_MISSING } from '@/plate/missing'
import '../print.css'
import './poster.css'

export default function PlatePosterPage() {
  const card = usePlateCard()
  return (
    <StaffPage className="print-page poster-page">
      <PageState remote={card} loadingText="正在生成海报…" {...PLATE_MISSING}>
        {({ qr, ...lookup }) => (
          <>
            <View className="print-page__controls poster-page__controls">
              {lookup.plate.status === 'retired' ? (
                <NoticeCard tone="warning" title="这块联系牌已停用" text="扫码只会显示已停用的提示，请不要再打印张贴。" />
              ) : null}
              <PrintButton />
            </View>
            <PlatePoster card={lookup} pngBase64={qr.pngBase64} />
          </>
        )}
      </PageState>
    </StaffPage>
  )
}
