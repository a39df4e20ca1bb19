import Taro from '@tarojs/taro'
import PlateForm from '../components/PlateForm'
import StaffPage from '../components/StaffPage'
import { consoleUrls } from '../navigation'

export default function NewPlatePage() {
  return (
    <StaffPage title="新建联系牌">
      <PlateForm onSaved={(code) => Taro.redirectTo({ url: consoleUrls.plateDetail(code) })} />
    </StaffPage>
  )
}
