import type { Locator, Page } from 'playwright-core'

/**
 * Locators for what is on screen. Taro keeps the pages it has left in the DOM, hidden, so every
 * locator here matches visible elements only.
 */
export function onScreen(page: Page) {
  /** The first element showing `text`: a string as the whole text, a RegExp anywhere in it. */
  const shown = (text: string | RegExp) =>
    page
      .getByText(text, { exact: typeof text === 'string' })
      .filter({ visible: true })
      .first()
  /** The input of the TextField labelled `label`, within `scope` (by default the whole page). */
  const field = (label: string, scope: Locator = page.locator('body')) =>
    scope
      .locator('.text-field', { has: page.getByText(label, { exact: true }) })
      .filter({ visible: true })
      .locator('input')
      .first()
  return { shown, field }
}

/**
 * Waits until the H5 app has taken the identity a `?as=` link asked for. The app signs in as the page
 * starts; leaving the page before the answer is saved would leave the browser as someone new, and the
 * next `?as=` page would then ask before switching.
 */
export async function signedInAs(page: Page, openid: string): Promise<void> {
  await page.waitForFunction((wanted) => {
    const stored = localStorage.getItem('jmt.session')
    return stored !== null && (JSON.parse(stored) as { data?: { openid?: string } }).data?.openid === wanted
  }, openid)
}
