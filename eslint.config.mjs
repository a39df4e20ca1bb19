// @ts-check
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** The contract modules that carry zod schemas: the app may take their types, never their code (it would ship zod). */
const zodBearingTypes = ['action', 'common', 'community', 'fraud', 'index', 'messages', 'org', 'plates', 'privacy', 'visits']

export default tseslint.config(
  { ignores: ['dist/**', '.data/**', '.cache/**', '.swc/**', 'coverage/**', 'node_modules/**', 'bench/results/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // A variable set once but read by a closure defined before it is set (a server's handler, the
      // pool it calls) cannot be a const.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // The ideographic space (U+3000) aligns Chinese labels in text a person reads; it is still
      // refused anywhere in code.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipJSXText: true, skipRegExps: true }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'test/ui/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs['recommended-latest'].rules,
      // Our own hooks take a loader and its dependencies, as useEffect does: check those lists too.
      'react-hooks/exhaustive-deps': ['error', { additionalHooks: '^(useRemote|usePaged|useNoticeAsk)$' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(@/types|(\\.\\./)+types)(/(${zodBearingTypes.join('|')}))?$`,
              allowTypeImports: true,
              message: 'This contract module carries zod schemas: import its types with `import type`, so the app bundle stays free of zod.',
            },
          ],
        },
      ],
    },
  },
)
