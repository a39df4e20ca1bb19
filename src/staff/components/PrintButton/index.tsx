import Taro from '@tarojs/taro'
import ActionButton from '@/components/ActionButton'

export const WEAPP_PRINT_HINT = '小程序里不能直接打印。可以长按二维码保存图片，或在电脑浏览器打开工作台，在这一页点「打印」。'

/** 打印: the browser's print dialog in H5 (the page has its own print stylesheet); a hint in the mini-program. */
export default function PrintButton({ hint = 'A5 纵向，建议彩色打印' }: { hint?: string }) {
  function print() {
    if (process.env.TARO_ENV === 'h5') window.print()
    else void Taro.showModal({ title: '保存和打印', content: WEAPP_PRINT_HINT, showCancel: false, confirmText: '知道了' })
  }
  return (
    <ActionButton onClick={print} hint={hint}>
      打印
    </ActionButton>
  )
}
