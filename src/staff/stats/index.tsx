import PageState from '../../components/PageState'
import ChoiceChips from '../components/ChoiceChips'
import NoticeCard from '../components/NoticeCard'
import ScanReport from '../components/ScanReport'
import StaffPage from '../components/StaffPage'
import { consoleUrls, openConsolePage } from '../navigation'
import { totalsByDay } from './totals'
import { STATS_WINDOWS, type StatsWindow, useScanStats } from './useScanStats'

const WINDOW_CHOICES = STATS_WINDOWS.map((days) => ({ value: String(days), label: `近 ${days} 天` }))

export default function ScanStatsPage() {
  const { days, setDays, stats } = useScanStats()
  const openPlate = (code: string) => () => openConsolePage(consoleUrls.plateDetail(code))
  return (
    <StaffPage title='扫码统计'>
      <ChoiceChips choices={WINDOW_CHOICES} value={String(days)} onChange={(value) => setDays(Number(value) as StatsWindow)} />
      <NoticeCard title='统计每小时更新一次' text='同一个人一小时内多次打开同一块牌子只算一次；不保存扫码人的任何信息。' />
      <PageState remote={stats} loadingText='正在统计…' emptyTitle='这段时间还没有扫码，也没有在用的联系牌'>
        {({ perDay, perPlate, stale }) => (
          <>
            <ScanReport
              title={`每块牌子近 ${days} 天的扫码次数`}
              none='这段时间还没有人扫码。'
              rows={perPlate.map((plate) => ({ key: plate.code, title: plate.label, line: `${plate.code}　${plate.area}`, aside: `${plate.scans} 次`, onClick: openPlate(plate.code) }))}
            />
            <ScanReport title='每天的扫码次数' none='这段时间还没有人扫码。' rows={totalsByDay(perDay).map(({ day, scans }) => ({ key: day, title: day, aside: `${scans} 次` }))} />
            <ScanReport
              title={`近 ${days} 天没人扫过的牌子（${stale.length} 块）`}
              none='每块在用的牌子都有人扫过。'
              rows={stale.map((plate) => ({ key: plate.code, title: plate.label, line: `${plate.code}　${plate.area}`, onClick: openPlate(plate.code) }))}
            />
          </>
        )}
      </PageState>
    </StaffPage>
  )
}
