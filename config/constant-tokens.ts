import type { Compiler } from 'webpack'

/** A custom property's declaration in the build's compact CSS: `--name:value`, opening a rule or after a `;`. */
const DECLARATION = /([{;])--([\w-]+):([^;}]*)/g

/**
 * The custom properties declared exactly once across `sheets`, with their values: the constants among
 * the design tokens (components/Page). A property that any sheet declares again (the text sizes in
 * 大字模式, --gap and --radius in the staff desk) stays a variable, as does a value made of other
 * variables or one marked !important, or one read somewhere with a fallback (`var(--x, …)`), which
 * would show the fallback once the declaration is gone.
 */
export function constantTokens(sheets: readonly string[]): Map<string, string> {
  const seen = new Map<string, string[]>()
  const withFallback = new Set<string>()
  for (const sheet of sheets) {
    for (const [, , name = '', value = ''] of sheet.matchAll(DECLARATION)) seen.set(name, [...(seen.get(name) ?? []), value])
    for (const [, name = ''] of sheet.matchAll(/var\(--([\w-]+)\s*,/g)) withFallback.add(name)
  }
  const constants = new Map<string, string>()
  for (const [name, [value = '', ...others]] of seen) {
    const plain = value.trim() && !value.includes('var(') && !value.includes('!important')
    if (!others.length && plain && !withFallback.has(name)) constants.set(name, value.trim())
  }
  return constants
}

/** `sheet` with every `var(--name)` of a constant written as its value, and the constant's declaration dropped. */
export function inlineTokens(sheet: string, constants: ReadonlyMap<string, string>): string {
  return (
    sheet
      .replace(/var\(--([\w-]+)\)/g, (text, name: string) => constants.get(name) ?? text)
      // A dropped declaration takes the `;` before it; one that opened its rule leaves `{;`.
      .replace(DECLARATION, (text, opener: string, name: string) => (constants.has(name) ? (opener === '{' ? '{' : '') : text))
      .replace(/\{;/g, '{')
  )
}

/** The roots of the independent subpackages that the build's app.json declares. */
function independentRootsOf(appJson: string | undefined): string[] {
  const app = JSON.parse(appJson ?? '{}') as { subPackages?: { root: string; independent?: boolean }[] }
  return (app.subPackages ?? []).filter((pkg) => pkg.independent).map((pkg) => pkg.root.replace(/\/$/, ''))
}

/**
 * Writes the weapp's constant design tokens as their values. The tokens stay in the source, where they
 * name every colour and spacing step once; in the package, `var(--space-4)` read in a hundred rules
 * costs bytes in the main package (its common.wxss, app.wxss and tab pages) and buys nothing when no
 * rule ever gives the property another value. Runs after the CSS minimiser, over all the stylesheets
 * that are drawn together: those of each independent subpackage (which WeChat draws without the main
 * package's styles, and which carry their own copy of the tokens) apart from all the others, so a
 * property that any of those pages redefines is left alone.
 */
export class ConstantTokensPlugin {
  apply(compiler: Compiler) {
    const { Compilation, sources } = compiler.webpack
    compiler.hooks.thisCompilation.tap('ConstantTokensPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'ConstantTokensPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE }, (assets) => {
        const independentRoots = independentRootsOf(assets['app.json']?.source().toString())
        const groups = new Map<string, string[]>()
        for (const name of Object.keys(assets).filter((asset) => asset.endsWith('.wxss'))) {
          const group = independentRoots.find((root) => name.startsWith(`${root}/`)) ?? ''
          groups.set(group, [...(groups.get(group) ?? []), name])
        }
        for (const names of groups.values()) {
          const sheets = names.map((name) => assets[name]?.source().toString() ?? '')
          const constants = constantTokens(sheets)
          names.forEach((name, i) => {
            const sheet = sheets[i] ?? ''
            const inlined = inlineTokens(sheet, constants)
            if (inlined !== sheet) compilation.updateAsset(name, new sources.RawSource(inlined))
          })
        }
      })
    })
  }
}
