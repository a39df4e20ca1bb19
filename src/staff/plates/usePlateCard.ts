import { ApiError, call } from '../../api'
import { useRemote } from '../../hooks/useRemote'
import { useParam } from '@/hooks/useParam'

/**
 * A plate as staff see it (`?code=`): what a resident sees when scanning it, its record and its QR
 * image. `plates.get`, not `lookup`: staff looking at a plate must not count as residents scanning it.
 */
export function usePlateCard() {
  const code = useParam('code') ?? ''
  return useRemote(
    async () => {
      if (!code) throw new ApiError('INVALID_ARGUMENT', '没有指定联系牌编号。')
      const [card, qr] = await Promise.all([call('plates', 'get', { code }), call('plates', 'qrcode', { code })])
      return { ...card, qr }
    },
    [code],
    { isEmpty: () => false },
  )
}
