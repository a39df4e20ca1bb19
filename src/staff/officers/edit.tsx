import PageState from '../../components/PageState'
import OfficerForm from '../components/OfficerForm'
import StaffPage from '../components/StaffPage'
import { consoleUrls, returnTo } from '../navigation'
import OfficerAccess from './OfficerAccess'
import { useOfficerEditor } from './useOfficerEditor'

export default function OfficerEditPage() {
  const editor = useOfficerEditor()
  return (
    <StaffPage title={editor.status !== 'ready' ? '民警信息' : editor.data.officer ? `修改民警：${editor.data.officer.name}` : '新增民警'}>
      <PageState remote={editor} loadingText="正在读取民警信息…" emptyTitle="没有找到这位民警" errorTitles={{ NOT_FOUND: '没有找到这位民警' }}>
        {({ officer, holders }) => (
          <>
            <OfficerForm officer={officer} holders={holders} onSaved={() => returnTo(consoleUrls.officers)} />
            {officer ? <OfficerAccess officer={officer} /> : null}
          </>
        )}
      </PageState>
    </StaffPage>
  )
}
