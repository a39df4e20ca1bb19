import { Text, View } from '@tarojs/components'
import type { Officer } from '../../../../types/org'
import './index.css'

interface OfficerListProps {
  officers: Officer[]
  more: boolean
}

export default function OfficerList({ officers, more }: OfficerListProps) {
  return (
    <View className='jmt-card staff-list'>
      <Text className='staff-list__title'>民警（{more ? `${officers.length}+` : officers.length} 位）</Text>
      {officers.length === 0 ? <Text className='jmt-muted'>还没有登记民警。</Text> : null}
      {officers.map((officer) => (
        <View className='staff-list__row' key={officer.officerId}>
          <Text className='staff-list__name'>
            {officer.name}　警号 {officer.badgeNo}
          </Text>
          <Text className='staff-list__detail'>{officer.areas.length > 0 ? `负责：${officer.areas.join('、')}` : '还没有分配社区'}</Text>
        </View>
      ))}
    </View>
  )
}
