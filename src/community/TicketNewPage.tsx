import { type ComponentType, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import ActionButton from '../components/ActionButton'
import Page from '../components/Page'
import './pages.css'

interface TicketNewPageProps {
  /** The kind's form (ReportForm, MediationForm), sent to the station the page was opened for. */
  form: ComponentType<{ onSent: (ticketNo: string) => void; stationId?: string }>
  /** A line above the form. */
  intro?: string
  /** What the page says once sent: a title, what happens next, the way to follow it. */
  sent: { title: string; lead: string; mineUrl: string; mineText: string; again?: string }
}

/** A new ticket (线索举报, 矛盾纠纷调解): the form, then its number and the way to follow it. */
export default function TicketNewPage({ form: Form, intro, sent }: TicketNewPageProps) {
  const stationId = useRouter().params.stationId || undefined
  const [ticketNo, setTicketNo] = useState<string | null>(null)
  return (
    <Page>
      {ticketNo ? (
        <View className="jmt-card community-done">
          <Text className="jmt-hero community-done__title">{sent.title}</Text>
          <Text className="jmt-secondary community-lead">{sent.lead}</Text>
          <Text className="jmt-title community-done__no">{`编号 ${ticketNo}`}</Text>
          <ActionButton onClick={() => Taro.redirectTo({ url: sent.mineUrl })}>{sent.mineText}</ActionButton>
          {sent.again ? (
            <ActionButton tone="secondary" onClick={() => setTicketNo(null)}>
              {sent.again}
            </ActionButton>
          ) : null}
        </View>
      ) : (
        <>
          {intro ? <Text className="jmt-secondary community-lead">{intro}</Text> : null}
          <Form onSent={setTicketNo} stationId={stationId} />
        </>
      )}
    </Page>
  )
}
