import { Text, View } from '@tarojs/components'
import type { ActionOutput } from '@/types'
import { plateWords, retiredNotice } from '@/types/plate-words'
import { messageUrls } from '../../messages/urls'
import EntryRow from '../EntryRow'
import NoticeLatest from '../NoticeLatest'
import OfficerCard from '../OfficerCard'
import { communityUrls } from '../ReportLinks/urls'
import StationCard from '../StationCard'
import SectionTitle from '@/components/SectionTitle'
import './index.css'

type Card = ActionOutput<'plates', 'lookup'>

interface PlateCardProps {
  card: Card
  /**
   * Shown from what this phone kept, without the cloud: only the contacts, which work by phone;
   * notices and the forms that need the cloud are left out.
   */
  offline?: boolean
}

/**
 * What a scanned plate or stamp shows: where it is, the officer of its area (on a retired one too,
 * with the reason it was retired), the station, and what residents can do from here.
 */
export default function PlateCard({ card, offline = false }: PlateCardProps) {
  const { plate, officer, station } = card
  const words = plateWords(plate.kind)
  const retired = plate.status === 'retired'
  return (
    <View className={`plate-card plate-card--${plate.kind}`}>
      <View className="plate-card__where">
        <Text className="jmt-kicker plate-card__kind">{words.title}</Text>
        <Text className="jmt-title plate-card__place">{plate.label}</Text>
        <Text className="jmt-hint">
          {plate.area} · 编号 {plate.code}
        </Text>
        {plate.kind === 'stamp' ? <Text className="jmt-text plate-card__about">{words.about}</Text> : null}
      </View>
      {retired ? (
        <View className="jmt-card plate-card__notice plate-card__notice--retired" data-testid="plate-retired">
          <Text className="plate-card__notice-line">{retiredNotice(plate.kind, plate.retiredReason)}</Text>
          <Text className="plate-card__notice-line">{officer ? `${plate.area}的社区民警还是下面这位，有事可以直接联系。` : '有事请联系下面的警务室。'}</Text>
        </View>
      ) : null}
      {officer ? (
        <OfficerCard officer={officer} kicker={words.officerKicker} />
      ) : retired ? null : (
        <View className="jmt-card plate-card__notice">
          <Text>{words.noOfficer}</Text>
        </View>
      )}
      {offline ? null : <EntryRow title="给民警留言" hint="不着急的事写给社区民警，民警看到后回复；紧急情况请拨打 110" url={messageUrls.write(plate.code)} />}
      <StationCard station={station} />
      {offline ? null : (
        <View>
          <SectionTitle>{`${plate.area}公告`}</SectionTitle>
          <NoticeLatest area={plate.area} stationId={station.stationId} limit={2} />
          <EntryRow title="向这里的民警举报线索" hint="诈骗、涉毒、涉赌、安全隐患，可以匿名" url={communityUrls.reportNew(station.stationId)} />
          <EntryRow title="申请纠纷调解" hint="邻里、家庭、物业纠纷，请民警帮忙调解" url={communityUrls.mediationNew(station.stationId)} />
        </View>
      )}
    </View>
  )
}
