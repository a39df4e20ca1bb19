import { Text, View } from '@tarojs/components'
import { copyText } from '../../device/clipboard'
import ActionButton from '../ActionButton'
import './index.css'

export const FRAUD_APP_NAME = '国家反诈中心'

/** What the national app does, in the words a resident needs to decide to install it. */
export const FRAUD_APP_FEATURES = ['陌生来电、短信可能是诈骗时，马上提醒您', '检查手机里有没有诈骗软件', '转账前核实对方身份', '遇到诈骗可以直接在里面举报']

/**
 * 国家反诈中心 App, the Ministry of Public Security's own: a card on the 反诈 tab asking residents to
 * install it. A mini-program cannot open an app store, so the button copies the name to search for.
 */
export default function FraudAppCard() {
  const copy = () => copyText(FRAUD_APP_NAME, { done: '已复制，去应用商店搜索', otherwise: `请在应用商店搜索“${FRAUD_APP_NAME}”` })
  return (
    <View className="jmt-card fraud-app">
      <Text className="jmt-title fraud-app__title">{`装上“${FRAUD_APP_NAME}”App`}</Text>
      <Text className="fraud-app__lead">公安部推出的免费防骗软件，装上以后：</Text>
      {FRAUD_APP_FEATURES.map((feature) => (
        <Text key={feature} className="fraud-app__feature">{`· ${feature}`}</Text>
      ))}
      <Text className="jmt-muted fraud-app__how">{`在手机的应用商店搜索“${FRAUD_APP_NAME}”，认准公安部刑侦局出品。不会装？可以请家里人或社区民警帮忙。`}</Text>
      <ActionButton tone="secondary" onClick={() => void copy()}>
        复制名称，去应用商店搜索
      </ActionButton>
    </View>
  )
}
