import ReportForm from '../../components/ReportForm'
import { communityUrls } from '../../components/ReportLinks/urls'
import TicketNewPage from '../TicketNewPage'

const SENT = {
  title: '线索已提交',
  lead: '谢谢您！民警会尽快查看。处理进度可以在“我的举报”里看到。',
  mineUrl: communityUrls.reportsMine,
  mineText: '查看处理进度',
  again: '再报一条',
}

/** 线索举报: the form, then the ticket number and the way to follow it. */
export default function ReportNewPage() {
  return <TicketNewPage form={ReportForm} sent={SENT} />
}
