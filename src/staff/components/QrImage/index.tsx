import { Image } from '@tarojs/components'
import './index.css'

interface QrImageProps {
  pngBase64: string
  code: string
  size?: 'normal' | 'poster' | 'label'
}

/** The plate's QR code; on the phone a long press offers to save it. */
export default function QrImage({ pngBase64, code, size = 'normal' }: QrImageProps) {
  return (
    <Image
      className={`qr-image qr-image--${size}`}
      src={`data:image/png;base64,${pngBase64}`}
      mode="scaleToFill"
      showMenuByLongpress
      ariaLabel={`联系牌 ${code} 的二维码`}
    />
  )
}
