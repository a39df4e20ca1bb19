import { Text, View } from '@tarojs/components'
import EntryRow from '../../components/EntryRow'
import Page from '../../components/Page'
import { NOT_COLLECTED, POLICY_ITEMS, RIGHTS } from '../policy'
import { privacyUrls } from '../urls'
import SectionTitle from '@/components/SectionTitle'
import './index.css'

/** 隐私说明: what is collected, why, for how long, and who sees it. */
export default function PrivacyPolicyPage() {
  return (
    <Page>
      <Text className="jmt-text privacy-policy__lead">警民通只收集办事必需的信息。下面逐项说明：收集什么、为什么、保存多久、谁能看到。</Text>
      {POLICY_ITEMS.map((item) => (
        <View key={item.what} className="jmt-card privacy-policy__item">
          <Text className="jmt-title privacy-policy__what">{item.what}</Text>
          <Text className="jmt-hint privacy-policy__label">为什么要</Text>
          <Text className="jmt-text privacy-policy__text">{item.why}</Text>
          <Text className="jmt-hint privacy-policy__label">保存多久</Text>
          <Text className="jmt-text privacy-policy__text">{item.kept}</Text>
          <Text className="jmt-hint privacy-policy__label">谁能看到</Text>
          <Text className="jmt-text privacy-policy__text">{item.seenBy}</Text>
        </View>
      ))}
      <SectionTitle>我们不做的事</SectionTitle>
      <Text className="jmt-text privacy-policy__text privacy-policy__para">{NOT_COLLECTED}</Text>
      <SectionTitle>您的权利</SectionTitle>
      {RIGHTS.map((right) => (
        <Text key={right} className="jmt-text privacy-policy__text privacy-policy__para">
          {right}
        </Text>
      ))}
      <EntryRow title="我的数据" hint="导出或删除我的信息" url={privacyUrls.myData} />
    </Page>
  )
}
