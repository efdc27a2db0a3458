import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'shared/**/*.test.{ts,tsx}',
      'electron/**/*.test.{ts,tsx}',
      'renderer/**/*.test.{ts,tsx}',
      'tools/**/*.test.{ts,tsx}',
      'tests/**/*.test.{ts,tsx}',
    ],
    exclude: ['e2e/**', 'node_modules/**', 'out/**'],
  },
});
