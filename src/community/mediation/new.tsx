import MediationForm from '../../components/MediationForm'
import { communityUrls } from '../../components/ReportLinks/urls'
import TicketNewPage from '../TicketNewPage'

const SENT = {
  title: '申请已提交',
  lead: '民警受理后会打电话和您约时间、地点。进度可以在“我的调解”里看到。',
  mineUrl: communityUrls.mediationMine,
  mineText: '查看进度',
}

/** 矛盾纠纷调解: the form, then the ticket number and the way to follow it. */
export default function MediationNewPage() {
  return <TicketNewPage form={MediationForm} intro="邻里、家庭、物业、消费等矛盾，社区民警可以帮您和对方坐下来谈。" sent={SENT} />
}
