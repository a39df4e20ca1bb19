// First: WeChat draws this independent subpackage without app.wxss, so the page brings the app-wide classes.
import '../../styles/app-wide.css'
import '../../plate/independent-start'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect } from 'react'
import { plateWords } from '@/types/plate-words'
import ActionButton from '../../components/ActionButton'
import DistrictContact from '../../components/DistrictContact'
import EmergencyBar from '../../components/EmergencyBar'
import EmergencyNumbers from '../../components/EmergencyNumbers'
import NearbyStations from '../../components/NearbyStations'
import Page from '../../components/Page'
import PageState from '../../components/PageState'
import PlateCard from '../../components/PlateCard'
import { isMissingPlate, usePlate } from '../../hooks/usePlate'
import { removePrerenderedCard } from '../../plate/prerendered'
import { savedAge } from '../../plate/saved-cards'
import { PLATE_MISSING } from '@/plate/missing'
import SectionTitle from '@/components/SectionTitle'
import './index.css'

/**
 * A scanned plate or stamp. 110 and the not-an-emergency notice come first, whatever follows; then the
 * card, from the cloud, or from this phone's earlier scan while the cloud answers or when it cannot be
 * reached; for a code that does not exist, the district's number and the stations near by.
 */
export default function PlatePage() {
  const { remote, saved } = usePlate()
  // The card the plate link drew in plain HTML gives way once this page shows what it has.
  useEffect(() => {
    if (remote.status !== 'loading') removePrerenderedCard()
  }, [remote.status])

  const unreachable = remote.status === 'error' && !isMissingPlate(remote.error)
  const fromPhone = saved && (remote.status === 'loading' || unreachable) ? saved : undefined
  const kind = remote.status === 'ready' ? remote.data.plate.kind : fromPhone?.card.plate.kind
  useEffect(() => {
    if (kind) Taro.setNavigationBarTitle({ title: plateWords(kind).title }).catch(() => undefined)
  }, [kind])

  return (
    <Page>
      <EmergencyBar />
      {fromPhone ? (
        <View>
          <View className="plate__saved" role="status" data-testid="plate-saved">
            <Text className="jmt-title">{savedAge(fromPhone.savedAt)}</Text>
            <Text className="jmt-text plate__saved-why">
              {unreachable ? '现在连不上网络，下面是这部手机上次扫码时保存的信息，电话可以照常拨打。' : '正在更新…先显示上次扫码时保存的信息。'}
            </Text>
            {unreachable ? (
              <ActionButton tone="quiet" onClick={remote.retry}>
                重新连接
              </ActionButton>
            ) : null}
          </View>
          <PlateCard card={fromPhone.card} offline />
        </View>
      ) : (
        <PageState
          remote={remote}
          loadingText="正在查找这块联系牌…"
          {...PLATE_MISSING}
          canRetry={(error) => !isMissingPlate(error)}
          errorExtra={(error) => (
            <View className="plate__help">
              <DistrictContact reenter={isMissingPlate(error)} />
              {isMissingPlate(error) ? <NearbyStations /> : null}
            </View>
          )}
        >
          {(card) => <PlateCard card={card} />}
        </PageState>
      )}
      <SectionTitle>紧急求助</SectionTitle>
      <EmergencyNumbers withFraudHotline={false} />
    </Page>
  )
}
