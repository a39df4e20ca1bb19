import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { NoticeSummary } from '@/types/community'
import { NOTICE_KIND_LABELS } from '@/types/notice-kinds'
import { chinaDayLabel } from '../../time/china'
import { communityUrls } from '../ReportLinks/urls'
import './index.css'

/** One notice in a list: kind, title, date and its first words; opens the notice. */
export default function NoticeRow({ notice }: { notice: NoticeSummary }) {
  const day = notice.publishedAt ? chinaDayLabel(notice.publishedAt) : null
  return (
    <View className="jmt-card notice-row" hoverClass="notice-row--pressed" onClick={() => Taro.navigateTo({ url: communityUrls.notice(notice.id) })}>
      <View className="jmt-row notice-row__tags">
        {notice.pinned ? <Text className="jmt-tag jmt-tag--danger notice-row__tag">置顶</Text> : null}
        <Text className={notice.kind === 'news' ? 'jmt-tag jmt-tag--warning notice-row__tag' : 'jmt-tag notice-row__tag'}>
          {NOTICE_KIND_LABELS[notice.kind]}
        </Text>
        {notice.area ? <Text className="notice-row__area">{notice.area}</Text> : null}
      </View>
      <Text className="jmt-title notice-row__title">{notice.title}</Text>
      <Text className="jmt-hint notice-row__excerpt">{notice.excerpt}</Text>
      {day ? <Text className="jmt-hint notice-row__day">{day}</Text> : null}
    </View>
  )
}
