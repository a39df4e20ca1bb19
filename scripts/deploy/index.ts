import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { isAbsolute, join, relative } from 'node:path'
import { functionNames, ROOT } from '../bundle-functions'
import { measureWeapp, type PackageSizes } from '../size-budget'
import { checkFunctions, checkIndexes, checkSizes, type IndexFile } from './checks'
import { buildEnv, type CliOptions, type Finding, parseArgs, readConfigFile, resolveConfig, validateConfig } from './config'
import { buildPlan, formatPlan, type FunctionConfig, type PlanInput } from './plan'
import { scanCalls, scanQueries, type SourceText } from './scan'

/**
 * `npm run deploy -- --env <envId> [--dry-run] [--setup [--demo]]`: see DEPLOY.md.
 * A dry run needs no network and changes nothing outside dist/: it validates the configuration,
 * builds, checks sizes, functions and indexes, and prints the plan. Exit 1 when anything must be
 * fixed first.
 */

const USAGE = `用法：npm run deploy -- --env <云环境 ID> [选项]

  --dry-run          只做不需要网络的部分：检查配置、构建、检查包大小、云函数和索引，打印部署计划
  --setup            首次部署：部署后写入第一位管理员（配置中的 firstAdminOpenid）
  --demo             与 --setup 同用：再写入演示数据（只用于演示环境）
  --config <文件>    配置文件（默认 deploy.config.json；也可用环境变量 DEPLOY_CONFIG）
  --skip-build       使用已有的 dist/（刚构建过时）

配置项与环境变量见 DEPLOY.md 和 deploy.config.example.json。`

const log = (line = '') => console.log(line)

function sourceFiles(dir: string, pattern = /\.tsx?$/): SourceText[] {
  const walk = (path: string): string[] =>
    statSync(path).isDirectory()
      ? readdirSync(path).flatMap((name) => (name === 'node_modules' ? [] : walk(join(path, name))))
      : pattern.test(path) && !path.endsWith('.d.ts')
        ? [path]
        : []
  return existsSync(dir) ? walk(dir).map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') })) : []
}

function gitInfo(): PlanInput['git'] {
  try {
    const [hash, subject] = execFileSync('git', ['log', '-1', '--format=%h%n%s'], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n')
    if (hash === undefined || subject === undefined) return undefined
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' }).trim().length > 0
    return { hash, subject, dirty }
  } catch {
    return undefined
  }
}

function functionConfigs(names: string[]): Record<string, FunctionConfig> {
  return Object.fromEntries(
    names.map((name) => {
      const path = join(ROOT, 'cloudfunctions', name, 'config.json')
      return [name, existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as FunctionConfig) : {}]
    }),
  )
}

function run(step: string, command: string, args: string[], env: Record<string, string>): boolean {
  log(`» ${step}：${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } })
  return result.status === 0
}

async function main(options: CliOptions): Promise<number> {
  const file = readConfigFile(ROOT, options, process.env)
  const config = resolveConfig(file.data, process.env, options)
  log(`配置：${file.path ? relative(ROOT, file.path) : '无配置文件（只用环境变量）'}${options.dryRun ? '；演练（--dry-run），不连网络' : ''}`)
  const findings: Finding[] = validateConfig(config, {
    dryRun: options.dryRun,
    setup: options.setup,
    fileExists: (path) => existsSync(isAbsolute(path) ? path : join(ROOT, path)),
  })
  const configErrors = findings.filter((f) => f.severity === 'error')
  if (!options.dryRun && configErrors.length) {
    log(formatPlan(buildPlan({ config, packageVersion: '-', functions: {}, indexes: {} }), findings))
    return 1
  }

  // Builds: the functions as deployed, and the mini-program pinned to this environment.
  let sizes: PackageSizes | undefined
  if (!options.skipBuild) {
    const env = buildEnv(config)
    if (!run('构建云函数', 'npm', ['run', 'build:functions'], env))
      findings.push({ severity: 'error', subject: 'build:functions', message: '云函数构建失败（见上方输出）。' })
    if (!run('构建小程序', 'npm', ['run', 'build:weapp'], env))
      findings.push({ severity: 'error', subject: 'build:weapp', message: '小程序构建失败（见上方输出）。' })
  }
  try {
    sizes = measureWeapp()
    findings.push(...checkSizes(sizes))
  } catch (error) {
    findings.push({ severity: 'error', subject: 'size', message: `无法测量小程序包大小：${(error as Error).message}` })
  }

  const deployed = functionNames()
  const { contract } = await import('../../types')
  findings.push(
    ...checkFunctions({ calls: scanCalls(sourceFiles(join(ROOT, 'src'))), contract: contract as unknown as Record<string, Record<string, unknown>>, deployed }),
  )

  const indexes = JSON.parse(readFileSync(join(ROOT, 'database', 'indexes.json'), 'utf8')) as IndexFile
  const indexReport = checkIndexes(scanQueries(sourceFiles(join(ROOT, 'cloudfunctions'))), indexes)
  findings.push(...indexReport.findings)

  let demo: Record<string, Record<string, unknown>[]> | undefined
  if (options.setup && options.demo) {
    const { demoDocuments } = await import('./setup')
    demo = await demoDocuments()
  } else if (options.demo) {
    findings.push({ severity: 'error', subject: 'demo', message: '--demo 只能与 --setup 一起使用。' })
  }
  const { countDocuments } = await import('./setup')
  const packageVersion = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version
  const plan = buildPlan({
    config,
    packageVersion,
    git: gitInfo(),
    functions: functionConfigs(deployed),
    indexes,
    sizes,
    indexedFields: indexReport.fields,
    setup: options.setup ? { adminOpenid: config.firstAdminOpenid, demo: demo && countDocuments(demo) } : undefined,
  })
  log('')
  log(formatPlan(plan, findings))
  const errors = findings.filter((f) => f.severity === 'error')
  log('')
  if (errors.length) {
    log(`✗ ${errors.length} 个错误，未部署。`)
    return 1
  }
  if (options.dryRun) {
    log('✓ 演练通过：去掉 --dry-run 即按上面的计划部署。')
    return 0
  }

  const { createWxApi } = await import('./wxapi')
  const { deploy } = await import('./upload')
  const real = {
    ...config,
    appid: config.appid!,
    envId: config.envId!,
    privateKeyPath: isAbsolute(config.privateKeyPath!) ? config.privateKeyPath! : join(ROOT, config.privateKeyPath!),
  }
  const api = createWxApi({ appid: real.appid, secret: config.appSecret!, envId: real.envId })
  await deploy({ root: ROOT, config: real, plan, indexes, api, log })
  if (options.setup) {
    const { runSetup } = await import('./setup')
    await runSetup(api, { adminOpenid: config.firstAdminOpenid!, demo }, log)
  }
  log('✓ 部署完成。')
  return 0
}

if (require.main === module) {
  let options: CliOptions
  try {
    options = parseArgs(process.argv.slice(2))
  } catch (error) {
    console.error((error as Error).message)
    process.exit(2)
  }
  if (options.help) {
    log(USAGE)
    process.exit(0)
  }
  main(options).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`部署失败：${error instanceof Error ? error.message : String(error)}`)
      process.exit(1)
    },
  )
}
