/**
 * The plate link of the local cloud (`GET /p/<code>`) answers the H5 app with the plate's card
 * inlined (local/gateway/plate-page.ts); the app picks it up (src/plate/prerendered.ts). These are
 * the names both sides agree on.
 */
/** `<script type="application/json">` holding the card as plates.lookup answers it. */
export const PLATE_CARD_BLOCK_ID = 'jmt-plate-card'
/** The card drawn in plain HTML, covering the page until the app draws its own. */
export const PLATE_PRERENDER_ID = 'jmt-plate-prerender'
/** The path of a plate link; the app moves it to its own route for the plate page. */
export const PLATE_LINK_PATH = /^\/p\/([^/]{1,64})$/
