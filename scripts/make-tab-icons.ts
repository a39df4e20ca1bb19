/**
 * Draws the four tab bar icons (line style, grey and police blue) into src/assets/tab/ as SVG, and the
 * browser tab's icon in the same style into local/gateway/favicon.ico (an 81×81 PNG, drawn as strokes
 * with 4×4 supersampling and written with node's zlib, so no image tool is needed).
 * Run: npx tsx scripts/make-tab-icons.ts.
 */
import { writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { deflateSync } from 'node:zlib'

type Point = [number, number]
type Shape =
  | { kind: 'line'; points: Point[]; closed?: boolean }
  | { kind: 'arc'; center: Point; radius: number; from?: number; to?: number }
  | { kind: 'dot'; center: Point; radius: number }

const SIZE = 81
const STROKE = 5.5
const SAMPLES = 4

function distanceToSegment([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax
  const dy = by - ay
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy || 1)))
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy))
}

function covers(shape: Shape, p: Point): boolean {
  switch (shape.kind) {
    case 'line': {
      // Segments between neighbouring points; a closed line also joins its last point to its first.
      let from = shape.closed ? shape.points.at(-1) : undefined
      for (const to of shape.points) {
        if (from && distanceToSegment(p, from, to) <= STROKE / 2) return true
        from = to
      }
      return false
    }
    case 'arc': {
      const [cx, cy] = shape.center
      const angle = Math.atan2(p[1] - cy, p[0] - cx)
      const from = shape.from ?? -Math.PI
      const to = shape.to ?? Math.PI
      if (angle >= from && angle <= to) return Math.abs(Math.hypot(p[0] - cx, p[1] - cy) - shape.radius) <= STROKE / 2
      // Round caps at the arc's ends.
      const ends: Point[] = [from, to].map((a) => [cx + shape.radius * Math.cos(a), cy + shape.radius * Math.sin(a)])
      return ends.some(([ex, ey]) => Math.hypot(p[0] - ex, p[1] - ey) <= STROKE / 2)
    }
    case 'dot':
      return Math.hypot(p[0] - shape.center[0], p[1] - shape.center[1]) <= shape.radius
  }
}

/**
 * Each pixel's coverage by the shapes, 0 to SAMPLES² (how many of its subsamples a stroke hits), row by
 * row: the icon is one colour at that many levels of opacity.
 */
function coverage(shapes: Shape[]): Uint8Array {
  const levels = new Uint8Array(SIZE * SIZE)
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      let hits = 0
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const p: Point = [x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES]
          if (shapes.some((shape) => covers(shape, p))) hits++
        }
      }
      levels[y * SIZE + x] = hits
    }
  }
  return levels
}

function render(shapes: Shape[], colour: [number, number, number]): Buffer {
  return png(coverage(shapes), colour)
}

/** PNG's CRC-32, bit by bit (a few icons need no lookup table). */
function crc32(data: Buffer): number {
  let c = 0xffffffff
  for (const byte of data) {
    c ^= byte
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  }
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/**
 * An indexed-colour PNG: palette entry n is the colour at opacity n / SAMPLES², so a pixel's index is its
 * coverage. 8 bits per index, rows unfiltered, which deflates these line drawings smallest (against RGBA,
 * about a fifth less).
 */
function png(levels: Uint8Array, [r, g, b]: [number, number, number]): Buffer {
  const steps = SAMPLES * SAMPLES
  const header = Buffer.alloc(13)
  header.writeUInt32BE(SIZE, 0)
  header.writeUInt32BE(SIZE, 4)
  header.writeUInt8(8, 8) // bit depth
  header.writeUInt8(3, 9) // indexed colour
  const palette = Buffer.alloc(3 * (steps + 1))
  const alpha = Buffer.alloc(steps) // the last entry is opaque, which tRNS may leave out
  for (let n = 0; n <= steps; n++) {
    palette.set([r, g, b], 3 * n)
    if (n < steps) alpha[n] = Math.round((255 * n) / steps)
  }
  const raw = Buffer.alloc(SIZE * (SIZE + 1))
  for (let y = 0; y < SIZE; y++) raw.set(levels.subarray(y * SIZE, (y + 1) * SIZE), y * (SIZE + 1) + 1) // filter byte 0, then the row
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', palette),
    chunk('tRNS', alpha),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** A police shield's outline: the 反诈 tab's icon and the favicon. */
const SHIELD: Shape = {
  kind: 'line',
  points: [
    [40.5, 8],
    [67, 18],
    [67, 40],
    [62, 54],
    [40.5, 73],
    [19, 54],
    [14, 40],
    [14, 18],
  ],
  closed: true,
}

const ICONS: Record<string, Shape[]> = {
  // A house: roof, walls, door.
  home: [
    {
      kind: 'line',
      points: [
        [10, 38],
        [40.5, 12],
        [71, 38],
      ],
    },
    {
      kind: 'line',
      points: [
        [19, 32],
        [19, 69],
        [62, 69],
        [62, 32],
      ],
    },
    {
      kind: 'line',
      points: [
        [34, 69],
        [34, 50],
        [47, 50],
        [47, 69],
      ],
    },
  ],
  // A police van with a light on its roof: the 流动警务室.
  visits: [
    {
      kind: 'line',
      points: [
        [8, 58],
        [8, 30],
        [50, 30],
        [50, 58],
      ],
      closed: false,
    },
    {
      kind: 'line',
      points: [
        [50, 38],
        [63, 38],
        [73, 49],
        [73, 58],
      ],
    },
    {
      kind: 'line',
      points: [
        [8, 58],
        [18, 58],
      ],
    },
    {
      kind: 'line',
      points: [
        [32, 58],
        [52, 58],
      ],
    },
    {
      kind: 'line',
      points: [
        [66, 58],
        [73, 58],
      ],
    },
    { kind: 'arc', center: [25, 60], radius: 6 },
    { kind: 'arc', center: [59, 60], radius: 6 },
    {
      kind: 'line',
      points: [
        [24, 30],
        [24, 22],
        [34, 22],
        [34, 30],
      ],
    },
    {
      kind: 'line',
      points: [
        [21, 44],
        [37, 44],
      ],
    },
    {
      kind: 'line',
      points: [
        [29, 37],
        [29, 51],
      ],
    },
  ],
  // A shield with an exclamation mark: watch out.
  fraud: [
    SHIELD,
    {
      kind: 'line',
      points: [
        [40.5, 24],
        [40.5, 45],
      ],
    },
    { kind: 'dot', center: [40.5, 56], radius: 4 },
  ],
  // A person: head and shoulders.
  me: [
    { kind: 'arc', center: [40.5, 27], radius: 13 },
    { kind: 'arc', center: [40.5, 76], radius: 28, from: -Math.PI, to: 0 },
  ],
}

/** The browser tab's icon for the H5 build (the local cloud serves it): a shield with a tick, in police blue. */
const FAVICON: Shape[] = [
  SHIELD,
  {
    kind: 'line',
    points: [
      [27, 40],
      [37, 50],
      [55, 30],
    ],
  },
]

/** An .ico file holding one PNG image, which every current browser reads. */
function ico(pngImage: Buffer): Buffer {
  const header = Buffer.alloc(6)
  header.writeUInt16LE(1, 2) // type: icon
  header.writeUInt16LE(1, 4) // one image
  const entry = Buffer.alloc(16)
  entry.writeUInt8(SIZE, 0)
  entry.writeUInt8(SIZE, 1)
  entry.writeUInt16LE(1, 4) // colour planes
  entry.writeUInt16LE(32, 6) // bits per pixel
  entry.writeUInt32LE(pngImage.length, 8)
  entry.writeUInt32LE(header.length + entry.length, 12)
  return Buffer.concat([header, entry, pngImage])
}

/** A number as SVG writes it: at most two decimals, no trailing zeros. */
function num(value: number): string {
  return String(Math.round(value * 100) / 100)
}

/** A line or a partial arc as path data; null for the shapes drawn as circles. */
function pathData(shape: Shape): string | null {
  if (shape.kind === 'line') {
    const [start, ...rest] = shape.points.map(([x, y]) => `${num(x)} ${num(y)}`)
    return `M${start}L${rest.join(' ')}${shape.closed ? 'Z' : ''}`
  }
  if (shape.kind === 'arc' && (shape.from !== undefined || shape.to !== undefined)) {
    const [cx, cy] = shape.center
    const from = shape.from ?? -Math.PI
    const to = shape.to ?? Math.PI
    const at = (angle: number) => `${num(cx + shape.radius * Math.cos(angle))} ${num(cy + shape.radius * Math.sin(angle))}`
    // From `from` to `to` through increasing angles, which with y pointing down is SVG's sweep 1.
    return `M${at(from)}A${num(shape.radius)} ${num(shape.radius)} 0 ${to - from > Math.PI ? 1 : 0} 1 ${at(to)}`
  }
  return null
}

/** A whole circle (stroked) or a dot (filled). */
function circle(shape: Shape, colour: string): string {
  if (shape.kind === 'line') return ''
  const [cx, cy] = shape.center
  const fill = shape.kind === 'dot' ? ` fill="${colour}" stroke="none"` : ''
  return `<circle cx="${num(cx)}" cy="${num(cy)}" r="${num(shape.radius)}"${fill}/>`
}

/**
 * The shapes as an SVG of the same 81×81 drawing: strokes with round caps and joins, as the PNG
 * renderer draws them. A tab icon is an SVG, a fifth of the bytes of the PNG it replaces (the icons sit
 * in the main package): WeChat's <image> draws SVG (without percentages or <style>, which these have
 * not), as browsers do.
 */
function svg(shapes: Shape[], [r, g, b]: [number, number, number]): string {
  const colour = `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`
  // The lines and arcs as one path of several pieces: each piece is stroked as if it stood alone.
  const path = shapes.map(pathData).filter(Boolean).join('')
  const circles = shapes.filter((shape) => pathData(shape) === null).map((shape) => circle(shape, colour))
  const body = `${path ? `<path d="${path}"/>` : ''}${circles.join('')}`
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}" fill="none" stroke="${colour}" stroke-width="${STROKE}" stroke-linecap="round" stroke-linejoin="round">${body}</svg>\n`
}

const GREY: [number, number, number] = [0x5f, 0x6b, 0x7c]
const BLUE: [number, number, number] = [0x0a, 0x3d, 0x91]
const out = join(__dirname, '..', 'src', 'assets', 'tab')
mkdirSync(out, { recursive: true })
for (const [name, shapes] of Object.entries(ICONS)) {
  writeFileSync(join(out, `${name}.svg`), svg(shapes, GREY))
  writeFileSync(join(out, `${name}-active.svg`), svg(shapes, BLUE))
}
const favicon = join(__dirname, '..', 'local', 'gateway', 'favicon.ico')
writeFileSync(favicon, ico(render(FAVICON, BLUE)))
console.log(`wrote ${Object.keys(ICONS).length * 2} icons to ${out} and the favicon to ${favicon}`)
