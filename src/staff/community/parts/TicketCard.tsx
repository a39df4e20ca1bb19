import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import type { TimelineEntry } from '@/types/community'
import type { TicketFlow } from '@/types/tickets'
import TicketHead from '@/components/TicketHead'
import ReportTimeline from '@/components/ReportTimeline'
import './parts.css'

interface TicketCardProps<S extends string> {
  testId: string
  flow: TicketFlow<S>
  /** The category, as the card's title. */
  title: string
  status: S
  /** Lines under the title: number and date, time and place, the other party… (empty ones are left out). */
  lines: (string | false | undefined)[]
  text: string
  /** Who sent it and how to reach them. */
  contact: ReactNode
  timeline: TimelineEntry[]
  /** The steps the ticket's state allows; nothing once it is finished. */
  children: ReactNode
}

/** One ticket in a console queue: what it is, where it stands, its timeline, and the steps left. */
export default function TicketCard<S extends string>({ testId, flow, title, status, lines, text, contact, timeline, children }: TicketCardProps<S>) {
  return (
    <View className="jmt-card" data-testid={testId}>
      <TicketHead title={title} state={flow.labels[status]} />
      {lines.filter(Boolean).map((line) => (
        <Text key={line as string} className="jmt-hint queue-card__line">
          {line}
        </Text>
      ))}
      <Text className="jmt-text queue-card__text">{text}</Text>
      {contact}
      <ReportTimeline entries={timeline} labels={flow.labels} />
      {flow.finished.includes(status) ? null : <View className="queue-card__actions">{children}</View>}
    </View>
  )
}
