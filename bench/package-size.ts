import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../scripts/bundle-functions'
import { measureWeapp } from '../scripts/size-budget'

/**
 * Builds a Taro React hello world with our own config and toolchain, in the same run, so the main
 * package can be judged against what Taro itself costs rather than against a remembered number.
 */
export function buildHelloWorld(): number {
  const dir = join(ROOT, '.cache', 'bench-hello')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(join(dir, 'src', 'pages', 'index'), { recursive: true })
  cpSync(join(ROOT, 'config'), join(dir, 'config'), { recursive: true })
  cpSync(join(ROOT, 'babel.config.js'), join(dir, 'babel.config.js'))
  cpSync(join(ROOT, 'tsconfig.json'), join(dir, 'tsconfig.json'))
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'hello', private: true, version: '1.0.0' }))
  writeFileSync(join(dir, 'src', 'app.config.ts'), "export default defineAppConfig({ pages: ['pages/index/index'] })\n")
  writeFileSync(join(dir, 'src', 'app.ts'), "import { PropsWithChildren } from 'react'\nexport default function App({ children }: PropsWithChildren) { return children }\n")
  writeFileSync(join(dir, 'src', 'app.css'), '')
  writeFileSync(
    join(dir, 'src', 'pages', 'index', 'index.tsx'),
    "import { View, Text } from '@tarojs/components'\nexport default function Index() { return <View><Text>Hello world!</Text></View> }\n",
  )
  writeFileSync(join(dir, 'src', 'pages', 'index', 'index.config.ts'), "export default definePageConfig({ navigationBarTitleText: 'Hello' })\n")
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'taro'), ['build', '--type', 'weapp'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] })
  if (result.status !== 0) throw new Error('hello world build failed')
  return measureWeapp(join(dir, 'dist', 'weapp')).main
}
