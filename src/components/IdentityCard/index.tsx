import { Text, View } from '@tarojs/components'
import { maskOpenid } from '../../../types/masking'
import type { Role } from '../../../types/roles'
import './index.css'

export const ROLE_LABELS: Record<Role, string> = {
  resident: '居民',
  officer: '社区民警',
  admin: '管理员',
}

interface IdentityCardProps {
  role: Role
  openid: string
}

export default function IdentityCard({ role, openid }: IdentityCardProps) {
  return (
    <View className='jmt-card identity-card'>
      <Text className='identity-card__role'>{ROLE_LABELS[role]}</Text>
      <Text className='identity-card__id'>用户标识 {maskOpenid(openid)}</Text>
    </View>
  )
}
