import { Text, View } from '@tarojs/components'
import './index.css'

export interface QuestionReveal {
  /** The right option. */
  answer: number
  explanation: string
}

interface FraudQuestionProps {
  stem: string
  options: readonly string[]
  /** e.g. 第 3 题 / 共 10 题 */
  counter?: string
  /** The option the person chose. */
  chosen?: number
  /** Known once the choice is made: the right option and why. */
  reveal?: QuestionReveal
  /** While the choice is on its way: options cannot be tapped again. */
  busy?: boolean
  onChoose?: (option: number) => void
}

const LETTERS = ['A', 'B', 'C', 'D']

/**
 * One question on one screen: the options as large buttons; once chosen, the right one marked, the
 * wrong choice marked, and the explanation straight under them.
 */
export default function FraudQuestion({ stem, options, counter, chosen, reveal, busy = false, onChoose }: FraudQuestionProps) {
  const locked = busy || chosen !== undefined || !onChoose
  return (
    <View className="fraud-question">
      {counter ? <Text className="jmt-hint fraud-question__counter">{counter}</Text> : null}
      <Text className="jmt-title fraud-question__stem">{stem}</Text>
      <View className="fraud-question__options" role="list">
        {options.map((option, i) => {
          const right = reveal !== undefined && i === reveal.answer
          const wrong = reveal !== undefined && i === chosen && i !== reveal.answer
          const classes = [
            'fraud-question__option',
            i === chosen ? 'fraud-question__option--chosen' : '',
            right ? 'fraud-question__option--right' : '',
            wrong ? 'fraud-question__option--wrong' : '',
          ]
            .filter(Boolean)
            .join(' ')
          return (
            <View
              key={i}
              role="button"
              aria-pressed={i === chosen}
              className={classes}
              hoverClass={locked ? 'none' : 'fraud-question__option--pressed'}
              onClick={locked ? undefined : () => onChoose?.(i)}
            >
              <Text className="fraud-question__letter">{right ? '✓' : wrong ? '✗' : LETTERS[i]}</Text>
              <Text className="fraud-question__text">{option}</Text>
            </View>
          )
        })}
      </View>
      {reveal ? (
        <View
          className={`fraud-question__reveal ${chosen === reveal.answer ? 'fraud-question__reveal--right' : 'fraud-question__reveal--wrong'}`}
          role="status"
        >
          <Text className="jmt-title fraud-question__verdict">
            {chosen === undefined
              ? `没有作答。正确答案是 ${LETTERS[reveal.answer]}`
              : chosen === reveal.answer
                ? '答对了！'
                : `答错了，正确答案是 ${LETTERS[reveal.answer]}`}
          </Text>
          <Text className="jmt-text fraud-question__explanation">{reveal.explanation}</Text>
        </View>
      ) : null}
    </View>
  )
}
