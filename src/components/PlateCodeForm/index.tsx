import { useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import { normalisePlateCode } from '../../plate/code'
import ActionButton from '../ActionButton'
import './index.css'

export const CODE_HELP = '编号印在联系牌二维码的下方，由字母和数字组成。'
export const CODE_INVALID = '这个编号不对。编号是 4 到 12 位字母和数字，里面没有 0、O、1、I，请对照联系牌再输入一次。'

interface PlateCodeFormProps {
  onSubmit: (code: string) => void
}

/** One large field for a plate code, shown in capitals as printed on the plate. */
export default function PlateCodeForm({ onSubmit }: PlateCodeFormProps) {
  const [value, setValue] = useState('')
  const [invalid, setInvalid] = useState(false)

  function submit() {
    const code = normalisePlateCode(value)
    if (code) onSubmit(code)
    else setInvalid(true)
  }

  return (
    <View className='plate-code-form'>
      <Text className='plate-code-form__label'>联系牌编号</Text>
      <Input
        className='plate-code-form__input'
        value={value}
        maxlength={16}
        focus
        confirmType='go'
        placeholder='例如 K7M3Q9'
        placeholderClass='plate-code-form__placeholder'
        onInput={(event) => {
          setInvalid(false)
          setValue(event.detail.value.toUpperCase())
        }}
        onConfirm={submit}
      />
      <Text className={invalid ? 'plate-code-form__help plate-code-form__help--invalid' : 'plate-code-form__help'}>
        {invalid ? CODE_INVALID : CODE_HELP}
      </Text>
      <ActionButton onClick={submit}>查看联系牌</ActionButton>
    </View>
  )
}
