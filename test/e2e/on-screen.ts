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
