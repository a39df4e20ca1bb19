import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import type { TimelineEntry } from '@/types/community'
import type { TicketFlow } from '@/types/tickets'
import TicketHead from '../TicketHead'
import ReportTimeline from '../ReportTimeline'

interface MyTicketProps<S extends string> {
  testId: string
  flow: TicketFlow<S>
  /** The category, as the card's title. */
  title: string
  status: S
  /** The number line, e.g. 编号 JB…-… · 匿名. */
  numberLine: string
  text: string
  timeline: TimelineEntry[]
  /** What the kind shows above the text, e.g. when and where a mediation is set. */
  detail?: ReactNode
  /** The steps left to the sender, under the timeline, e.g. 撤回申请. */
  children?: ReactNode
}

/** One of my tickets (a report, a mediation request): what it is, where it stands and what happened to it. */
export default function MyTicket<S extends string>({ testId, flow, title, status, numberLine, text, timeline, detail, children }: MyTicketProps<S>) {
  return (
    <View className="jmt-card" data-testid={testId}>
      <TicketHead title={title} state={flow.labels[status]} />
      <Text className="jmt-hint community-ticket__no">{numberLine}</Text>
      {detail}
      <Text className="jmt-text community-ticket__text">{text}</Text>
      <ReportTimeline entries={timeline} labels={flow.labels} />
      {children}
    </View>
  )
}
