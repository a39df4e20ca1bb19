/**
 * One jest run, seven projects: `npm test` runs them all; `jest --selectProjects ui` runs one.
 * TypeScript goes through swc (fast, no type checking: `npm run typecheck` does that).
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2020',
    },
    module: { type: 'commonjs' },
  },
]

/** The `@/` import alias of tsconfig.json: `@/types/…` is the contract, any other `@/…` the app (src/). */
const alias = { '^@/types$': '<rootDir>/types/index.ts', '^@/types/(.*)$': '<rootDir>/types/$1', '^@/(.*)$': '<rootDir>/src/$1' }

const node = (name, extra = {}) => ({
  displayName: name,
  testEnvironment: 'node',
  roots: [`<rootDir>/test/${name}`],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: alias,
  ...extra,
})

module.exports = {
  // Function and browser tests start a whole local cloud; allow them the time a cold start takes.
  testTimeout: 60000,
  projects: [
    node('unit'),
    node('emulator'),
    node('functions'),
    // Proof of the trust properties: authorisation matrix, malformed-input fuzz, crash safety, no PII leaks.
    node('trust'),
    // The local cloud's openapi stand-ins against WeChat's documentation: subscribe messages, 小程序码, content check.
    node('cloud'),
    {
      displayName: 'ui',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/test/ui'],
      testMatch: ['**/*.test.tsx'],
      setupFiles: ['<rootDir>/test/ui/setup-globals.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/ui/setup-dom.ts'],
      moduleNameMapper: {
        '^@tarojs/components$': '@tarojs/components/lib/react',
        '^@tarojs/taro$': '@tarojs/taro-h5',
        '\\.(css|scss|less)$': '<rootDir>/test/ui/style-stub.js',
        ...alias,
      },
      transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
      // Everything under node_modules/@tarojs/ is transformed, including the copies of tslib that
      // @tarojs/components nests in its own node_modules/.pnpm.
      transformIgnorePatterns: [
        '^(?!.*/node_modules/@tarojs/).*/node_modules/(?!(@stencil|lodash-es|nanoid|swiper|query-string|decode-uri-component|split-on-first|filter-obj)/)',
      ],
    },
    node('e2e'),
    // Native mini-program components (src/custom-tab-bar) rendered by miniprogram-simulate from their
    // own wxml, wxss and script; Taro pages cannot be loaded this way.
    {
      displayName: 'native',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/test/native'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.(t|j)sx?$': swc },
      moduleNameMapper: alias,
    },
  ],
}
