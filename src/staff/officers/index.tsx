import { View } from '@tarojs/components'
import ActionButton from '../../components/ActionButton'
import ListRow from '../components/ListRow'
import ConsoleList from '../components/ConsoleList'
import StaffPage from '../components/StaffPage'
import { stationName } from '../hooks/useStations'
import { consoleUrls, openConsolePage } from '../navigation'
import { useOfficerRoster } from './useOfficerRoster'

export default function OfficersPage() {
  const { role, stations, list } = useOfficerRoster()
  return (
    <StaffPage title="民警和负责社区">
      {role.isAdmin ? (
        <View className="staff-page__actions">
          <ActionButton onClick={() => openConsolePage(consoleUrls.officerEdit())}>新增民警</ActionButton>
          <ActionButton tone="secondary" hint="谁能用工作台：开通、撤销" onClick={() => openConsolePage(consoleUrls.staffAccess)}>
            工作台账号
          </ActionButton>
        </View>
      ) : null}
      <ConsoleList list={list} loadingText="正在读取民警名单…" emptyTitle="还没有登记民警" emptyHint="管理员新增后会显示在这里。">
        {(officer) => (
          <ListRow
            key={officer.officerId}
            title={`${officer.name}　警号 ${officer.badgeNo}`}
            tag={officer.active ? undefined : '已停用'}
            tagTone="warning"
            lines={[
              [stationName(stations, officer.stationId), officer.phone].filter(Boolean).join('　'),
              officer.areas.length > 0 ? `负责：${officer.areas.join('、')}` : '还没有分配社区',
            ]}
            onClick={role.isAdmin ? () => openConsolePage(consoleUrls.officerEdit(officer.officerId)) : undefined}
          />
        )}
      </ConsoleList>
    </StaffPage>
  )
}
