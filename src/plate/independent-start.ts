import { listenForPrivacyAuthorization } from '../privacy/authorization'

/**
 * The plate pages form an independent subpackage (types/routes.ts): opened from a 小程序码, WeChat runs
 * them without app.ts, in a Taro runtime of their own. What app.ts starts at launch and these pages need
 * starts here instead: WeChat's privacy request (the location that the stations near by ask for). It
 * listens once per runtime, so with the main package loaded too nothing starts twice in one. The cloud
 * needs nothing here: `call` initialises it before the first request.
 */
listenForPrivacyAuthorization()
