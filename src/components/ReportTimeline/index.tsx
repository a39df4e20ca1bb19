import { Text, View } from '@tarojs/components'
import type { TimelineEntry } from '@/types/community'
import { chinaDayLabel, chinaTime } from '../../time/china'
import './index.css'

interface ReportTimelineProps {
  entries: TimelineEntry[]
  /** What each status is called, e.g. accepted → 已受理. */
  labels: Record<string, string>
}

/** What happened to a report or a mediation request, oldest first, with each step's note. */
export default function ReportTimeline({ entries, labels }: ReportTimelineProps) {
  return (
    <View className="report-timeline" role="list">
      {entries.map((entry, i) => (
        <View
          key={`${entry.status}-${entry.at}`}
          className={i === entries.length - 1 ? 'report-timeline__step report-timeline__step--now' : 'report-timeline__step'}
          role="listitem"
        >
          <View className="report-timeline__dot" />
          <View className="report-timeline__words">
            <Text className="jmt-label">{labels[entry.status] ?? entry.status}</Text>
            <Text className="jmt-hint">{`${chinaDayLabel(entry.at) ?? ''} ${chinaTime(entry.at) ?? ''}`}</Text>
            {entry.note ? <Text className="jmt-text report-timeline__note">{entry.note}</Text> : null}
          </View>
        </View>
      ))}
    </View>
  )
}
