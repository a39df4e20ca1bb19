import { pageUrl } from '../../types/page-url'

/** The privacy subpackage's pages. */
export const privacyUrls = {
  policy: pageUrl('privacy/policy/index'),
  myData: pageUrl('privacy/my-data/index'),
} as const
