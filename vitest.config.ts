import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/db/**/*.test.ts', 'tests/export/**/*.test.ts', 'tests/shell/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
})
