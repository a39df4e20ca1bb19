import { Text, View } from '@tarojs/components'
import type { Role } from '@/types/roles'
import './index.css'

export const ROLE_LABELS: Record<Role, string> = {
  resident: '居民',
  officer: '社区民警',
  admin: '管理员',
}

interface IdentityCardProps {
  role: Role
  /** The station an officer works at, when known. */
  station?: string
}

/** Who the person is here, in words: 居民, 社区民警 or 管理员. No internal identifier is shown. */
export default function IdentityCard({ role, station }: IdentityCardProps) {
  return (
    <View className="jmt-card identity-card">
      <Text className="jmt-hero identity-card__role">{ROLE_LABELS[role]}</Text>
      {station ? <Text className="jmt-hint identity-card__id">{station}</Text> : null}
    </View>
  )
}
