import { Text, View } from '@tarojs/components'
import type { ActionOutput } from '@/types'
import { PLATE_KIND_LABELS, PLATE_STATUS_LABELS } from '../../plates/labels'
import './index.css'

type Card = ActionOutput<'plates', 'lookup'>

/** A plate and what scanning it shows now: the officer of its area, or the station when there is none. */
export default function PlateSummary({ card }: { card: Card }) {
  const { plate, officer, station } = card
  const retired = plate.status === 'retired'
  return (
    <View className="jmt-card plate-summary">
      <Text className="jmt-title">{plate.label}</Text>
      <Text className={retired ? 'jmt-kicker plate-summary__status plate-summary__status--retired' : 'jmt-kicker plate-summary__status'}>
        {`${PLATE_KIND_LABELS[plate.kind]} · ${PLATE_STATUS_LABELS[plate.status]}`}
      </Text>
      <View className="plate-summary__facts">
        <Text className="jmt-text">{`编号　${plate.code}`}</Text>
        <Text className="jmt-text">{`社区　${plate.area}`}</Text>
        <Text className="jmt-text">{`地址　${plate.address}`}</Text>
        <Text className="jmt-text">{`派出所　${station.name}（${station.phone}）`}</Text>
      </View>
      <Text className="jmt-hint plate-summary__kicker">居民扫码现在看到</Text>
      <Text className="jmt-label">
        {retired
          ? '已停用的提示和派出所电话'
          : officer
            ? `${officer.name}　警号 ${officer.badgeNo}　${officer.phone}`
            : `这个社区暂无负责民警，显示${station.name}的电话`}
      </Text>
    </View>
  )
}
