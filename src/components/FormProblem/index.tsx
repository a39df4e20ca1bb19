import { Text, View } from '@tarojs/components'

/** Why a form was not sent: the form's own check or the server's refusal, in Chinese. */
export default function FormProblem({ message }: { message: string | null }) {
  if (!message) return null
  return (
    <View className="jmt-alert form-problem" role="alert">
      <Text>{message}</Text>
    </View>
  )
}
