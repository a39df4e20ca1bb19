/**
 * One jest run, five projects: `npm test` runs them all; `jest --selectProjects ui` runs one.
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

const node = (name, extra = {}) => ({
  displayName: name,
  testEnvironment: 'node',
  roots: [`<rootDir>/test/${name}`],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  ...extra,
})

module.exports = {
  projects: [
    node('unit'),
    node('emulator'),
    node('functions', { testTimeout: 30000 }),
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
        '^@/(.*)$': '<rootDir>/src/$1',
      },
      transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
      transformIgnorePatterns: ['/node_modules/(?!(@tarojs|@stencil|lodash-es|nanoid|swiper)/)'],
    },
    node('e2e', { testTimeout: 60000 }),
  ],
}
