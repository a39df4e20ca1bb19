import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { FraudType } from '@/types/fraud'
import type { FraudKind } from '../../fraud/kinds'
import ActionButton from '../ActionButton'
import './index.css'

interface FraudKindGridProps {
  kinds: readonly FraudKind[]
  /** Published articles per type, when known. */
  counts?: Partial<Record<FraudType, number>>
  /** Opens the articles and cases of a type. */
  onOpenType?: (type: FraudType) => void
}

/** A tile per kind of fraud; tapping one opens what the fraudster says and what to do. */
export default function FraudKindGrid({ kinds, counts, onOpenType }: FraudKindGridProps) {
  const [openId, setOpenId] = useState<string | null>(null)
  const open = kinds.find((kind) => kind.id === openId)
  return (
    <View className="fraud-grid">
      <View className="fraud-grid__tiles">
        {kinds.map((kind) => (
          <View className="fraud-grid__cell" key={kind.id}>
            <View
              className={kind.id === openId ? 'fraud-grid__tile fraud-grid__tile--open' : 'fraud-grid__tile'}
              hoverClass="fraud-grid__tile--pressed"
              role="button"
              aria-expanded={kind.id === openId}
              onClick={() => setOpenId(kind.id === openId ? null : kind.id)}
            >
              <Text>{kind.name}</Text>
              {counts?.[kind.id] ? <Text className="jmt-hint fraud-grid__count">{`${counts[kind.id]} 篇`}</Text> : null}
            </View>
          </View>
        ))}
      </View>
      {open ? (
        <View className="jmt-card fraud-grid__detail">
          <Text className="jmt-title fraud-grid__name">{open.name}</Text>
          <Text className="jmt-kicker fraud-grid__label">骗子常说</Text>
          <Text className="jmt-text">{open.sign}</Text>
          <Text className="jmt-kicker fraud-grid__label">记住</Text>
          <Text className="jmt-text">{open.advice}</Text>
          {onOpenType ? (
            <View className="fraud-grid__more">
              <ActionButton tone="secondary" onClick={() => onOpenType(open.id)}>
                看这类骗局的文章和案例
              </ActionButton>
            </View>
          ) : null}
        </View>
      ) : null}
    </View>
  )
}
