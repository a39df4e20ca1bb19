import Taro from '@tarojs/taro'

interface Place {
  name: string
  address: string
  /** GCJ-02, the datum WeChat and Chinese map apps use. */
  location: { lat: number; lng: number }
}

/** Shows a place on a map with directions: WeChat's map in the mini-program, Amap's web page in H5. */
export function openMap({ name, address, location }: Place): void {
  if (process.env.TARO_ENV === 'h5') {
    const query = `position=${location.lng},${location.lat}&name=${encodeURIComponent(name)}&src=jingmintong&coordinate=gaode&callnative=1`
    window.location.href = `https://uri.amap.com/marker?${query}`
    return
  }
  // Rejects when the person closes the map: nothing to report.
  Taro.openLocation({ latitude: location.lat, longitude: location.lng, name, address, scale: 16 }).catch(() => undefined)
}
