/** The privacy subpackage's pages. */
export const privacyUrls = {
  policy: '/privacy/policy/index',
  myData: '/privacy/my-data/index',
}
