import { Text, View } from '@tarojs/components'
import { useShareAppMessage } from '@tarojs/taro'
import ActionButton from '../../components/ActionButton'
import FraudKindGrid from '../../components/FraudKindGrid'
import Page from '../../components/Page'
import PageState from '../../components/PageState'
import { dial } from '../../contact/dial'
import { FRAUD_HOTLINE } from '../../../types/contact'
import { FRAUD_KINDS } from '../../fraud/kinds'
import { useDailyTip } from '../../hooks/useDailyTip'
import './index.css'

export default function FraudPage() {
  const tip = useDailyTip()
  useShareAppMessage(() => ({ title: '防骗提醒：这几种骗局一定要认得', path: '/pages/fraud/index' }))
  return (
    <Page>
      <Text className='jmt-section-title'>今日防骗提醒</Text>
      <PageState remote={tip} compact loadingText='正在获取今日提醒…' emptyTitle='今天的提醒还没有发布' emptyHint='先看看下面这些常见骗局。' errorTitles={{ NOT_FOUND: '今日提醒还没有开通' }}>
        {(today) =>
          today ? (
            <View className='jmt-card fraud__tip'>
              {today.title ? <Text className='fraud__tip-title'>{today.title}</Text> : null}
              <Text className='fraud__tip-body'>{today.body}</Text>
            </View>
          ) : null
        }
      </PageState>
      <Text className='jmt-section-title'>常见骗局，点开看看</Text>
      <FraudKindGrid kinds={FRAUD_KINDS} />
      <View className='fraud__calls'>
        <ActionButton hint='拿不准的电话、短信、链接，先问问' onClick={() => dial(FRAUD_HOTLINE.number)}>
          {`拨打 ${FRAUD_HOTLINE.number} 反诈专线`}
        </ActionButton>
        <Text className='fraud__remember'>已经转了钱？马上拨打 110 报警。</Text>
        <ActionButton tone='emergency' onClick={() => dial('110')}>
          拨打 110 报警
        </ActionButton>
        {process.env.TARO_ENV === 'weapp' ? (
          <View className='fraud__share'>
            <ActionButton tone='secondary' openType='share'>
              转发给家里人
            </ActionButton>
          </View>
        ) : null}
      </View>
    </Page>
  )
}
