import { useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import { PLATE_CODE_LENGTH, PLATE_CODE_PROBLEMS, readPlateCode } from '@/types/plate-code'
import ActionButton from '../ActionButton'
import '@/styles/input.css'
import './index.css'

export const CODE_HELP = `编号印在联系牌二维码的下方，是 ${PLATE_CODE_LENGTH} 位字母和数字。`

interface PlateCodeFormProps {
  onSubmit: (code: string) => void
}

/** One large field for a plate code, shown in capitals as printed on the plate. */
export default function PlateCodeForm({ onSubmit }: PlateCodeFormProps) {
  const [value, setValue] = useState('')
  const [problem, setProblem] = useState<string | null>(null)

  function submit() {
    const read = readPlateCode(value)
    if (read.ok) onSubmit(read.code)
    else setProblem(PLATE_CODE_PROBLEMS[read.reason])
  }

  return (
    <View className="plate-code-form">
      <Text className="jmt-title plate-code-form__label">联系牌编号</Text>
      <Input
        className="jmt-input plate-code-form__input"
        value={value}
        maxlength={16}
        focus
        confirmType="go"
        placeholder="例如 NGSQ234X"
        placeholderClass="plate-code-form__placeholder"
        onInput={(event) => {
          setProblem(null)
          setValue(event.detail.value.toUpperCase())
        }}
        onConfirm={submit}
      />
      <Text className={problem ? 'jmt-secondary plate-code-form__help plate-code-form__help--invalid' : 'jmt-secondary plate-code-form__help'}>
        {problem ?? CODE_HELP}
      </Text>
      <ActionButton onClick={submit}>查看联系牌</ActionButton>
    </View>
  )
}
