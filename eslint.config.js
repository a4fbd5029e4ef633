import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import globals from 'globals'

/** Which process may import what (STYLE.md, "process purity"). */
const noNodeOrElectron = {
  paths: [{ name: 'electron', message: 'shared/ and renderer/ run without Electron.' }],
  patterns: [{ regex: '^node:', message: 'shared/ and renderer/ run without Node.' }],
}

export default tseslint.config(
  { ignores: ['out/**', 'out-web/**', '.dev/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'native/**'] },
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
          patterns: [
            ...noNodeOrElectron.patterns,
            { regex: '(^|/)(electron|renderer)/', message: 'shared/ must not depend on a process.' },
          ],
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
          patterns: [
            ...noNodeOrElectron.patterns,
            { regex: '(^|/)electron/', message: 'The renderer reaches main only through the contract.', allowTypeImports: true },
          ],
        },
      ],
    },
  },
  {
    // Services, repositories, exports and the loopback server run in plain Node (tests, web mode, benchmark).
    files: [
      'electron/main/services/**',
      'electron/main/db/**',
      'electron/main/export/**',
      'electron/main/server/**',
      'electron/main/ipc/dispatch.ts',
      'electron/main/ipc/handlers/**',
      'electron/main/appServices.ts',
    ],
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
    // Type-aware checks where they catch real faults: a promise nobody awaits
    // (a save that fails silently), a promise where a callback is expected,
    // and a switch that forgets a new member of a union.
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.node.json', './tsconfig.web.json', './tsconfig.test.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    // WCAG 2.2 AA is the target: the strict accessibility rules on every screen.
    files: ['renderer/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
  },
  {
    files: ['renderer/**/*.tsx'],
    rules: {
      // A form may listen for keys its fields bubble up (Escape cancels, Ctrl+Enter saves); the
      // fields stay the interactive elements. An agenda item is a focus stop for Alt+↑/↓ and Delete.
      'jsx-a11y/no-noninteractive-element-interactions': ['error', { body: ['onError', 'onLoad'], form: ['onKeyDown'], li: ['onKeyDown'] }],
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: ['li'] }],
      // The ARIA combobox pattern: a list that is a listbox of options.
      'jsx-a11y/no-noninteractive-element-to-interactive-role': ['error', { ul: ['listbox'], li: ['option'] }],
    },
  },
  {
    // SQL lives in electron/main/db only: repositories own every statement and the row ↔ domain
    // mapping, so a schema change is found in one folder (appServices.ts opens the database).
    files: ['electron/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    ignores: ['electron/main/db/**', 'electron/main/appServices.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^(prepare|pragma)$/]',
          message: 'SQL belongs in electron/main/db (a repository function).',
        },
        {
          selector: 'ImportSpecifier[imported.name=/^(stmt|openDatabase)$/]',
          message: 'SQL belongs in electron/main/db (a repository function).',
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
