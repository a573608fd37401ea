import { defineConfig } from "vitest/config";

// Two cores on CI: a couple of forks in parallel, each test file with its own database. Generous
// timeouts: a loaded CI machine must not turn a slow run into a failure (no test asserts on time).
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    allowOnly: false,
  },
});
