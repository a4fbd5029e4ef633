import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

/** Which process may import what (STYLE.md, "process purity"). */
const noNodeOrElectron = {
  paths: [{ name: 'electron', message: 'shared/ and renderer/ run without Electron.' }],
  patterns: [{ regex: '^node:', message: 'shared/ and renderer/ run without Node.' }],
}

export default tseslint.config(
  { ignores: ['out/**', 'out-web/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'native/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [...noNodeOrElectron.paths, { name: 'react', message: 'shared/ holds no UI code.' }],
          patterns: [...noNodeOrElectron.patterns, { regex: '(^|/)(electron|renderer)/', message: 'shared/ must not depend on a process.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // This rule only matters to the React Compiler, which Roundtable does not use.
      'react-hooks/incompatible-library': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: noNodeOrElectron.paths,
          patterns: [...noNodeOrElectron.patterns, { regex: '(^|/)electron/', message: 'The renderer reaches main only through the contract.', allowTypeImports: true }],
        },
      ],
    },
  },
  {
    // Services, repositories, exports and the loopback server run in plain Node (tests, web mode, benchmark).
    files: ['electron/main/services/**', 'electron/main/db/**', 'electron/main/export/**', 'electron/main/server/**', 'electron/main/ipc/dispatch.ts', 'electron/main/ipc/handlers/**', 'electron/main/appServices.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Services run without Electron.', allowTypeImports: true }],
          patterns: [{ regex: '(^|/)renderer/', message: 'Main must not import the renderer.' }],
        },
      ],
    },
  },
  {
    // In tests a fixture that is not there should fail the test loudly, which `!` does.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
)
