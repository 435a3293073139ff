import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/__tests__/**/*.test.ts', 'actions/*/__tests__/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Bundle tests spawn processes; two cores are all CI has.
    pool: 'forks',
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
