import ActionButton from '../../components/ActionButton'
import PageState from '../../components/PageState'
import ChoiceChips from '../components/ChoiceChips'
import FormProblem from '../components/FormProblem'
import NoticeCard from '../components/NoticeCard'
import ScanReport from '../components/ScanReport'
import StaffPage from '../components/StaffPage'
import StationPicker from '../components/StationPicker'
import { consoleUrls, openConsolePage } from '../navigation'
import BarChart from './BarChart'
import { STATS_WINDOWS, type StatsWindow, useScanStats } from './useScanStats'

const WINDOW_CHOICES = STATS_WINDOWS.map((days) => ({ value: String(days), label: `近 ${days} 天` }))

export default function ScanStatsPage() {
  const { role, days, setDays, stationId, setStationId, stats, exportCsv, exporting, exportError } = useScanStats()
  const openPlate = (code: string) => () => openConsolePage(consoleUrls.plateDetail(code))
  return (
    <StaffPage title="扫码统计">
      {role.isAdmin ? <StationPicker label="派出所" anyLabel="全部" value={stationId} onChange={setStationId} /> : null}
      <ChoiceChips label="时间" choices={WINDOW_CHOICES} value={String(days)} onChange={(value) => setDays(Number(value) as StatsWindow)} />
      <NoticeCard title="统计每小时更新一次" text="同一个人一小时内多次打开同一块牌子只算一次；不保存扫码人的任何信息。" />
      <PageState remote={stats} loadingText="正在统计…" emptyTitle="这段时间还没有人扫码">
        {({ perDay, perArea, perPlate, stale }) => (
          <>
            <BarChart
              title={`每天的扫码次数（共 ${perDay.reduce((n, d) => n + d.scans, 0)} 次）`}
              layout="columns"
              unit="次"
              none="这段时间还没有人扫码。"
              bars={perDay.map(({ day, scans }) => ({ key: day, label: day.slice(5), value: scans }))}
            />
            <BarChart
              title="各社区的扫码次数"
              layout="rows"
              unit="次"
              none="这段时间还没有人扫码。"
              bars={perArea.map(({ area, scans }) => ({ key: area, label: area, value: scans }))}
            />
            <ActionButton tone="secondary" disabled={exporting} onClick={() => void exportCsv()} hint="每块牌子一行，可用 Excel 打开">
              {exporting ? '正在导出…' : '导出表格'}
            </ActionButton>
            <FormProblem message={exportError} />
            <ScanReport
              title={`每块牌子近 ${days} 天的扫码次数`}
              none="这段时间还没有人扫码。"
              rows={perPlate.map((plate) => ({
                key: plate.code,
                title: plate.label,
                line: `${plate.code}　${plate.area}`,
                aside: `${plate.scans} 次`,
                onClick: openPlate(plate.code),
              }))}
            />
            <ScanReport
              title={`近 ${days} 天没人扫过的牌子（${stale.length} 块）`}
              none={`每块装了 ${days} 天以上的在用牌子都有人扫过。`}
              rows={stale.map((plate) => ({ key: plate.code, title: plate.label, line: `${plate.code}　${plate.area}`, onClick: openPlate(plate.code) }))}
            />
          </>
        )}
      </PageState>
    </StaffPage>
  )
}
