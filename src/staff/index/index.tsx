import { Text } from '@tarojs/components'
import Page from '../../components/Page'
import PageState from '../../components/PageState'
import OfficerList from '../components/OfficerList'
import StationList from '../components/StationList'
import { useStaffConsole } from '../useStaffConsole'

export default function StaffHomePage() {
  const console = useStaffConsole()
  return (
    <Page>
      <Text className='jmt-section-title'>辖区的派出所、警务室和民警</Text>
      <PageState
        remote={console}
        loadingText='正在读取民警和警务室…'
        emptyTitle='还没有登记民警和警务室'
        emptyHint='管理员登记后会显示在这里。'
        errorTitles={{ FORBIDDEN: '只有民警和管理员可以使用工作台' }}
      >
        {({ officers, stations }) => (
          <>
            <StationList stations={stations.items} more={Boolean(stations.nextCursor)} />
            <OfficerList officers={officers.items} more={Boolean(officers.nextCursor)} />
          </>
        )}
      </PageState>
    </Page>
  )
}
