import { transformSync } from '@babel/core'
import jsxRuntimeLocal from '../../config/jsx-runtime-local'

/** A module through the automatic JSX runtime, with and without the plugin, as ES modules for webpack. */
function compile(source: string, withPlugin: boolean): string {
  const result = transformSync(source, {
    babelrc: false,
    configFile: false,
    filename: 'page.jsx',
    presets: [['@babel/preset-react', { runtime: 'automatic' }]],
    plugins: withPlugin ? [jsxRuntimeLocal] : [],
  })
  return result?.code ?? ''
}

const PAGE = `export default function Page({ title }) { return <view><text>{title}</text><text>说明</text></view> }`

describe('the JSX runtime through a module binding of its own', () => {
  it('reads jsx and jsxs once into constants, which the elements call', () => {
    const code = compile(PAGE, true)
    expect(code).toMatch(/import \{ jsx as (_\w+), jsxs as (_\w+) \} from "react\/jsx-runtime";\nconst _jsx = \1,\n\s*_jsxs = \2;/)
    expect(code).toContain('/*#__PURE__*/_jsxs("view", {')
    expect(code).toContain('_jsx("text", {')
  })

  it('leaves the module as it was apart from those bindings', () => {
    const plain = compile(PAGE, false)
    expect(plain).toContain('import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";')
    const withConstants = compile(PAGE, true)
      .replace(/import \{ jsx as _\w+, jsxs as _\w+ \}/, 'import { jsx as _jsx, jsxs as _jsxs }')
      .replace(/\nconst _jsx = _\w+,\n\s*_jsxs = _\w+;/, '')
    expect(withConstants).toBe(plain)
  })

  it('leaves a module without JSX alone', () => {
    expect(compile('export const answer = 42', true)).toBe(compile('export const answer = 42', false))
  })
})
