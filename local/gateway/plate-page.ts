import { createHash } from 'node:crypto'
import { existsSync, readFileSync, statSync } from 'node:fs'
import type { ServerResponse } from 'node:http'
import { join } from 'node:path'
import type { ActionOutput } from '../../types'
import { NOT_AN_EMERGENCY_SHORT } from '../../types/contact'
import { readPlateCode } from '../../types/plate-code'
import { plateWords, retiredNotice } from '../../types/plate-words'
import { PLATE_CARD_BLOCK_ID as CARD_BLOCK_ID, PLATE_PRERENDER_ID as PRERENDER_ID } from '../../types/plate-page'
import type { FunctionPool } from '../functions/pool'
import { endCompressible } from './encoding'
import { SECURITY_HEADERS } from './http'

type Card = ActionOutput<'plates', 'lookup'>

/** Text for HTML content and attribute values: the five characters with a meaning in HTML escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/**
 * JSON that can sit inside `<script type="application/json">`: nothing in it can close the element
 * (`</script>`), open a comment (`<!--`) or end a line for old parsers (U+2028/2029). JSON.parse
 * reads the escapes back as the same characters.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/**
 * The officer's name carries this Element Timing identifier, so the browser itself records when the
 * name was first painted (read by field monitoring, and by the bench's scan measurement).
 */
export const OFFICER_NAME_TIMING = 'officer-name'

const tel = (phone: string) => `tel:${phone.replace(/[^0-9+]/g, '')}`

/**
 * The card in plain HTML, styled inline (the policy allows inline styles, no inline scripts): the name
 * and the phone numbers are on screen and callable before a byte of the app's script has arrived.
 * It covers the page until the app's plate page draws the same card and removes it.
 */
export function cardHtml(card: Card): string {
  const { plate, officer, station } = card
  const line = (text: string) => `<p class="l">${escapeHtml(text)}</p>`
  const call = (label: string, phone: string) => `<a class="b" href="${escapeHtml(tel(phone))}">${escapeHtml(label)} ${escapeHtml(phone)}</a>`
  const words = plateWords(plate.kind)
  const officerHtml = officer
    ? `<div class="c"><p class="k">${escapeHtml(words.officerKicker)}</p><p class="n" elementtiming="${OFFICER_NAME_TIMING}">${escapeHtml(officer.name)}</p>${officer.badgeNo ? line(`警号 ${officer.badgeNo}`) : ''}${officer.dutyHours ? line(`值班 ${officer.dutyHours}`) : ''}${officer.phone ? call(`打电话给${officer.name}`, officer.phone) : ''}</div>`
    : ''
  const who =
    plate.status === 'retired'
      ? `<div class="c">${line(retiredNotice(plate.kind, plate.retiredReason))}</div>${officerHtml}`
      : officerHtml || `<div class="c">${line(words.noOfficer)}</div>`
  return [
    `<div id="${PRERENDER_ID}" aria-busy="true">`,
    '<style>',
    `#${PRERENDER_ID}{position:fixed;inset:0;z-index:2000;overflow:auto;background:#f2f5fa;font:16px/1.5 -apple-system,"PingFang SC","Microsoft YaHei",sans-serif;color:#1f2937}`,
    `#${PRERENDER_ID} .h{background:#0a3d91;color:#fff;text-align:center;padding:12px;font-size:17px}`,
    `#${PRERENDER_ID} .c{background:#fff;margin:12px;padding:16px;border-radius:12px}`,
    `#${PRERENDER_ID} .k{color:#4a5565;font-size:14px;margin:0}`,
    `#${PRERENDER_ID} .n{font-size:22px;font-weight:600;margin:4px 0}`,
    `#${PRERENDER_ID} .l{margin:2px 0}`,
    `#${PRERENDER_ID} .b{display:block;margin-top:12px;padding:10px;border-radius:8px;background:#0a3d91;color:#fff;text-align:center;text-decoration:none}`,
    `#${PRERENDER_ID} .e{display:flex;align-items:center;justify-content:space-between;margin:12px;padding:8px 8px 8px 16px;border-radius:12px;background:#fdeced;color:#9b1015;font-weight:700}`,
    `#${PRERENDER_ID} .e a{padding:8px 16px;border-radius:8px;background:#c3161c;color:#fff;text-decoration:none;font-size:20px}`,
    '</style>',
    `<div class="h">${escapeHtml(words.title)}</div>`,
    // As on the app's card: 110 and the notice first, before anything else.
    `<div class="e"><span>${escapeHtml(NOT_AN_EMERGENCY_SHORT)}</span><a href="tel:110">拨打 110</a></div>`,
    `<div class="c"><p class="n">${escapeHtml(plate.label)}</p>${line(`${plate.area} · 编号 ${plate.code}`)}</div>`,
    who,
    `<div class="c"><p class="k">警务室</p><p class="n">${escapeHtml(station.name)}</p>${station.address ? line(station.address) : ''}${station.phone ? call('打电话到警务室', station.phone) : ''}</div>`,
    `<div class="c"><p class="k">紧急求助</p>${card.emergency.map((e) => call(e.label, e.number)).join('')}</div>`,
    '</div>',
  ].join('')
}

/**
 * The loader of a plate link's page (served at PLATE_BOOT_PATH): after the first frame, the one with
 * the inlined card, it starts the app the page holds back. The browser runs deferred scripts before
 * it paints when they arrive as fast as the page (loopback, a warm cache), so an app left to start on
 * its own keeps the card off screen for the whole of its start-up. The stylesheet goes first and the
 * scripts follow once it is in, so the app never draws unstyled; the scripts keep their order.
 */
export const PLATE_BOOT_SCRIPT = `(function () {
  var held = [].slice.call(document.querySelectorAll('link[data-jmt-boot]'));
  function start() {
    var scripts = held.filter(function (l) { return l.as === 'script'; });
    var styles = held.filter(function (l) { return l.as === 'style'; });
    var waiting = styles.length;
    function run() {
      scripts.forEach(function (l) {
        var s = document.createElement('script');
        s.src = l.href;
        s.async = false;
        document.head.appendChild(s);
      });
    }
    if (!waiting) return run();
    styles.forEach(function (l) {
      var css = document.createElement('link');
      css.rel = 'stylesheet';
      css.href = l.href;
      css.onload = css.onerror = function () { if (--waiting === 0) run(); };
      document.head.appendChild(css);
    });
  }
  // A frame callback runs just before the next frame is painted; a task queued from it runs after.
  // A page opened out of sight paints nothing until shown: it starts at once.
  if (document.visibilityState === 'hidden') start();
  else requestAnimationFrame(function () { setTimeout(start, 0); });
})();
`

/** Where the gateway serves the loader; its hash in the name lets browsers keep it for good. */
export const PLATE_BOOT_PATH = `/plate-boot.${createHash('sha256').update(PLATE_BOOT_SCRIPT).digest('hex').slice(0, 8)}.js`

export function servePlateBoot(res: ServerResponse): void {
  endCompressible(
    res,
    200,
    { ...SECURITY_HEADERS, 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=31536000, immutable' },
    PLATE_BOOT_SCRIPT,
  )
}

/**
 * The app's index.html made to paint the card first: its scripts and stylesheet become preloads
 * (fetched at once, run by nobody) that the loader starts after the first frame; the data for the
 * app and the card drawn for the eye go in as they are.
 */
export function plateDocument(indexHtml: string, card: Card): string {
  const data = `<script type="application/json" id="${CARD_BLOCK_ID}">${jsonForScript(card)}</script>`
  const held = indexHtml
    .replace(/<script\b[^>]*\bsrc="([^"]+)"[^>]*><\/script>/g, (_tag, src: string) => `<link rel="preload" as="script" href="${src}" data-jmt-boot>`)
    .replace(/<link\b[^>]*>/g, (tag) => {
      const href = /\bhref="([^"]+)"/.exec(tag)?.[1]
      return href && /\brel="stylesheet"/.test(tag) ? `<link rel="preload" as="style" href="${href}" data-jmt-boot>` : tag
    })
  return held
    .replace('</head>', `${data}<script defer src="${PLATE_BOOT_PATH}"></script></head>`)
    .replace(/<body([^>]*)>/, (open) => `${open}${cardHtml(card)}`)
}

let cachedIndex: { file: string; mtimeMs: number; html: string } | undefined

function readIndex(staticDir: string): string | undefined {
  const file = join(staticDir, 'index.html')
  if (!existsSync(file)) return undefined
  const { mtimeMs } = statSync(file)
  if (cachedIndex?.file !== file || cachedIndex.mtimeMs !== mtimeMs) cachedIndex = { file, mtimeMs, html: readFileSync(file, 'utf8') }
  return cachedIndex.html
}

/**
 * `GET /p/<code>`, the link inside locally printed plate QR codes. Answers the app itself with the card
 * inlined, so the officer's name paints with the first HTML instead of after the app, a login and a
 * lookup; the app starts on the plate page (src/plate/open-from-link.ts) and uses the inlined card
 * rather than asking again, so an open counts as one scan (made here, with no identity, as for anyone
 * not signed in). Without an H5 build, for a code that cannot exist, or when the lookup fails, it
 * redirects to the plate page as before and the app shows what is wrong.
 */
export async function servePlatePage(pool: FunctionPool | undefined, staticDir: string, rawCode: string, res: ServerResponse): Promise<void> {
  const redirect = () => {
    res.writeHead(302, { ...SECURITY_HEADERS, Location: `/#/pages/plate/index?code=${encodeURIComponent(rawCode)}` })
    res.end()
  }
  const read = readPlateCode(rawCode)
  const index = readIndex(staticDir)
  if (!pool || !read.ok || !index) return redirect()
  const answer = (await pool.invoke('plates', { action: 'lookup', data: { code: read.code } }).catch(() => undefined)) as
    | { ok: true; data: Card }
    | { ok: false }
    | undefined
  if (!answer?.ok) return redirect()
  endCompressible(res, 200, { ...SECURITY_HEADERS, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }, plateDocument(index, answer.data))
}
