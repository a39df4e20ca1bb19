import { Text, View } from '@tarojs/components'
import ListRow from '../ListRow'
import SectionTitle from '@/components/SectionTitle'

export interface ReportRow {
  key: string
  title: string
  line?: string
  aside?: string
  onClick?: () => void
}

interface ScanReportProps {
  title: string
  rows: ReportRow[]
  /** Said when there are no rows. */
  none: string
}

/** One section of the statistics: a heading and its rows. */
export default function ScanReport({ title, rows, none }: ScanReportProps) {
  return (
    <View className="jmt-card">
      <SectionTitle>{title}</SectionTitle>
      {rows.length === 0 ? <Text className="jmt-muted">{none}</Text> : null}
      {rows.map((row) => (
        <ListRow key={row.key} title={row.title} lines={row.line ? [row.line] : []} aside={row.aside} onClick={row.onClick} />
      ))}
    </View>
  )
}
