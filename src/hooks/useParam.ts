import { useRouter } from '@tarojs/taro'

/** A page parameter as the link meant it: percent-decoded once, or as it came when it is not valid encoding. */
export function decodeParam(raw: string): string {
  try {
    return decodeURIComponent(raw)
  } catch {
    return raw
  }
}

/** The page's `?name=` parameter, decoded; undefined when it is absent or empty. */
export function useParam(name: string): string | undefined {
  const raw = useRouter().params[name]
  return raw ? decodeParam(raw) : undefined
}
