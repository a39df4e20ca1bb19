import { Text, View } from '@tarojs/components'
import { dial } from '../../contact/dial'
import { openPlateEntry } from '../../plate/navigation'
import ActionButton from '../ActionButton'
import './index.css'

interface DistrictContactProps {
  /** Offer 重新输入编号 (when the code was mistyped or is unknown). */
  reenter?: boolean
}

/**
 * When a plate cannot say who the officer is: the district's public police number, configured per
 * deployment (deploy config `district`, built in as DISTRICT_PHONE / DISTRICT_PHONE_NAME) so that it
 * is there without a network too; and typing the code again.
 */
export default function DistrictContact({ reenter = true }: DistrictContactProps) {
  return (
    <View className="district-contact" data-testid="district-contact">
      <Text className="jmt-text district-contact__text">{`可以先打${DISTRICT_PHONE_NAME}问一问，工作人员会告诉您找哪位民警：`}</Text>
      <ActionButton tone="primary" hint={DISTRICT_PHONE_NAME} onClick={() => dial(DISTRICT_PHONE)}>
        {`拨打 ${DISTRICT_PHONE}`}
      </ActionButton>
      {reenter ? (
        <View className="district-contact__again">
          <ActionButton tone="secondary" onClick={openPlateEntry}>
            重新输入编号
          </ActionButton>
        </View>
      ) : null}
    </View>
  )
}
