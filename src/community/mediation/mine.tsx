import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { MyMediation } from '@/types/community'
import { MEDIATION_CATEGORY_LABELS } from '@/types/community-words'
import { canTake, MEDIATION_FLOW } from '@/types/tickets'
import { call } from '../../api'
import { toApiError } from '../../api/errors'
import ActionButton from '../../components/ActionButton'
import MyTicket from '../../components/MyTicket'
import Page from '../../components/Page'
import { communityUrls } from '../../components/ReportLinks/urls'
import { chinaDayLabel, chinaTime } from '../../time/china'
import PagedList from '../../components/PagedList'
import { usePaged } from '../../hooks/usePaged'
import '../pages.css'

/** My mediation requests: where each stands, when and where it is set, and a way to withdraw. */
export default function MyMediationPage() {
  const paged = usePaged((cursor) => call('community', 'myMediations', { limit: 10, cursor }))

  async function withdraw(m: MyMediation) {
    const { confirm } = await Taro.showModal({
      title: '撤回调解申请？',
      content: '撤回后民警将不再跟进。如果矛盾已经解决，可以撤回。',
      confirmText: '撤回',
      cancelText: '不撤回',
    })
    if (!confirm) return
    try {
      await call('community', 'withdrawMediation', { ticketNo: m.ticketNo, note: '申请人撤回' })
      Taro.showToast({ title: '已撤回', icon: 'success' })
      paged.remote.retry()
    } catch (error) {
      Taro.showToast({ title: toApiError(error).message, icon: 'none' })
    }
  }

  return (
    <Page>
      <PagedList paged={paged} loadingText="正在读取…" emptyTitle="您还没有申请过调解">
        {(m) => (
          <MyTicket
            key={m.ticketNo}
            testId="my-mediation"
            flow={MEDIATION_FLOW}
            title={MEDIATION_CATEGORY_LABELS[m.category]}
            status={m.status}
            numberLine={`编号 ${m.ticketNo}${m.contact ? ` · 联系电话 ${m.contact}` : ''}`}
            detail={
              m.status === 'scheduled' && m.scheduledAt ? (
                <Text className="jmt-text community-ticket__text">{`调解时间：${chinaDayLabel(m.scheduledAt) ?? ''} ${chinaTime(m.scheduledAt) ?? ''}，地点：${m.place ?? ''}`}</Text>
              ) : null
            }
            text={m.description}
            timeline={m.timeline}
          >
            {canTake(MEDIATION_FLOW, 'withdraw', m.status) ? (
              <ActionButton tone="quiet" onClick={() => withdraw(m)}>
                撤回申请
              </ActionButton>
            ) : null}
          </MyTicket>
        )}
      </PagedList>
      <ActionButton tone="secondary" onClick={() => Taro.navigateTo({ url: communityUrls.mediationNew() })}>
        申请新的调解
      </ActionButton>
    </Page>
  )
}
