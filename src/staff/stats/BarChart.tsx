import { Text, View } from '@tarojs/components'
import SectionTitle from '@/components/SectionTitle'
import './BarChart.css'

export interface Bar {
  key: string
  /** What the bar is, as read aloud and shown under or beside it. */
  label: string
  value: number
}

interface BarChartProps {
  title: string
  bars: Bar[]
  unit: string
  /** Columns (a time series, oldest left) or rows (categories, longest first). */
  layout: 'columns' | 'rows'
  /** Said when there is nothing to draw. */
  none: string
}

/**
 * A bar chart made of Views, so it draws the same in the mini-program and in H5 with no chart library
 * (none is installed, and a canvas chart needs a different API in each build). Each bar carries its
 * label and value for screen readers; the rows layout prints its numbers too.
 */
export default function BarChart({ title, bars, unit, layout, none }: BarChartProps) {
  const most = Math.max(0, ...bars.map((b) => b.value))
  const share = (value: number) => (most === 0 ? 0 : Math.max(value > 0 ? 2 : 0, Math.round((value / most) * 100)))
  const total = bars.reduce((n, b) => n + b.value, 0)
  return (
    <View className="jmt-card bar-chart">
      <SectionTitle>{title}</SectionTitle>
      {total === 0 ? <Text className="jmt-muted">{none}</Text> : null}
      {total > 0 && layout === 'columns' ? (
        <>
          <Text className="bar-chart__scale">{`最高 ${most} ${unit}`}</Text>
          <View className="bar-chart__columns" role="list" aria-label={title}>
            {bars.map((b) => (
              <View className="bar-chart__column" key={b.key} role="listitem" aria-label={`${b.label}：${b.value} ${unit}`}>
                <View className="bar-chart__fill" style={{ height: `${share(b.value)}%` }} />
              </View>
            ))}
          </View>
          <View className="bar-chart__axis">
            <Text>{bars[0]?.label}</Text>
            <Text>{bars[bars.length - 1]?.label}</Text>
          </View>
        </>
      ) : null}
      {total > 0 && layout === 'rows'
        ? bars.map((b) => (
            <View className="bar-chart__row" key={b.key} aria-label={`${b.label}：${b.value} ${unit}`}>
              <Text className="bar-chart__name">{b.label}</Text>
              <View className="bar-chart__track">
                <View className="bar-chart__fill bar-chart__fill--row" style={{ width: `${share(b.value)}%` }} />
              </View>
              <Text className="bar-chart__value">{b.value}</Text>
            </View>
          ))
        : null}
    </View>
  )
}
