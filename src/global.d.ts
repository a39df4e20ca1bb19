/// <reference types="@tarojs/taro" />

declare module '*.png' {
  const src: string
  export default src
}
declare module '*.css'

/** Inlined by config/index.ts `defineConstants`. */
declare const CLOUD_ENV: string
declare const API_BASE: string
declare const DISTRICT_PHONE: string
declare const DISTRICT_PHONE_NAME: string

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'swan' | 'alipay' | 'h5' | 'rn' | 'tt' | 'qq' | 'jd' | 'harmony' | 'jdrn'
    TARO_APP_ID: string
    TARO_APP_CLOUD_ENV?: string
    TARO_APP_API_BASE?: string
    TARO_APP_DISTRICT_PHONE?: string
    TARO_APP_DISTRICT_PHONE_NAME?: string
  }
}
