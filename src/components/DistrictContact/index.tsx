import { Text, View } from '@tarojs/components'
import { dial } from '../../contact/dial'
import { openPlateEntry } from '../../plate/navigation'
import ActionButton from '../ActionButton'
import './index.css'

/** What to do when a plate cannot be shown: check the code, or call the district's public number. */
export default function DistrictContact() {
  return (
    <View className='district-contact'>
      <ActionButton tone='secondary' onClick={openPlateEntry}>
        重新输入编号
      </ActionButton>
      <Text className='district-contact__text'>找不到社区民警，可以拨打{DISTRICT_PHONE_NAME}咨询：</Text>
      <ActionButton tone='quiet' onClick={() => dial(DISTRICT_PHONE)}>
        {`拨打 ${DISTRICT_PHONE}`}
      </ActionButton>
    </View>
  )
}
