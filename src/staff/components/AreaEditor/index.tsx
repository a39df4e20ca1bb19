import { useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import '@/styles/form.css'
import '@/styles/input.css'
import './index.css'

/** Who currently looks after each area, by area name, and their station (an area's plates belong to it). */
export type AreaHolders = Record<string, { officerId: string; name: string; stationId?: string }>

interface AreaEditorProps {
  areas: string[]
  onChange: (areas: string[]) => void
  holders: AreaHolders
  /** The officer being edited (absent for a new one). */
  officerId?: string
}

/** The communities an officer looks after: remove one, add one by name or from those already known. */
export default function AreaEditor({ areas, onChange, holders, officerId }: AreaEditorProps) {
  const [typed, setTyped] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const movingIn = areas.flatMap((area) => {
    const holder = holders[area]
    return holder && holder.officerId !== officerId ? [{ area, holder }] : []
  })
  const known = Object.entries(holders).filter(([area]) => !areas.includes(area))

  function add(name: string) {
    const area = name.trim()
    if (area.length < 2 || area.length > 30) {
      setProblem('社区名称应为 2–30 个字，例如 南关社区')
      return
    }
    setProblem(null)
    setTyped('')
    if (!areas.includes(area)) onChange([...areas, area])
  }

  return (
    <View className="jmt-field">
      <Text className="jmt-label jmt-field__label">负责的社区</Text>
      <Text className="jmt-note">一个社区只有一位负责民警。把社区分配给这位民警，会从原来负责的民警那里移交过来，联系牌上显示的民警也随之更换。</Text>
      <View className="jmt-chips area-editor__chips">
        {areas.length === 0 ? <Text className="jmt-muted">还没有分配社区。</Text> : null}
        {areas.map((area) => (
          <View
            className="jmt-chip jmt-chip--on area-editor__chip"
            key={area}
            hoverClass="jmt-chip--pressed"
            onClick={() => onChange(areas.filter((a) => a !== area))}
          >
            <Text>{area}</Text>
            <Text className="area-editor__remove" aria-label={`移除${area}`}>
              ×
            </Text>
          </View>
        ))}
      </View>
      {movingIn.map(({ area, holder }) => (
        <Text className="area-editor__move" key={area}>
          {`${area} 现由 ${holder.name} 负责，保存后将移交给这位民警。`}
        </Text>
      ))}
      <View className="area-editor__add">
        <Input
          className="jmt-input area-editor__input"
          value={typed}
          maxlength={30}
          placeholder="输入社区名称，例如 南关社区"
          placeholderClass="jmt-placeholder"
          aria-label="新增社区"
          onInput={(event) => setTyped(event.detail.value)}
          onConfirm={() => add(typed)}
        />
        <View className="area-editor__add-button">
          <ActionButton tone="secondary" onClick={() => add(typed)}>
            添加
          </ActionButton>
        </View>
      </View>
      {problem ? <Text className="area-editor__problem">{problem}</Text> : null}
      {known.length > 0 ? (
        <View className="area-editor__known">
          <Text className="jmt-muted">已登记的社区，点一下添加：</Text>
          <View className="jmt-chips area-editor__chips">
            {known.map(([area, holder]) => (
              <View className="jmt-chip" key={area} hoverClass="jmt-chip--pressed" onClick={() => add(area)}>
                <Text>{`${area}（${holder.name}）`}</Text>
              </View>
            ))}
          </View>
        </View>
      ) : null}
    </View>
  )
}
