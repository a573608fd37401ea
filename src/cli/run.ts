/**
 * The one way a CLI ends: its exit code, or one line on stderr and 1. A locked embedded data
 * directory means the app is running on it; `whileAppRuns` says what to do instead.
 */
import { DataDirLockedError } from "../db/data-dir-lock.js";

export async function runCli(main: () => Promise<number>, whileAppRuns: string): Promise<void> {
  process.exitCode = await main().catch((err) => {
    if (err instanceof DataDirLockedError) {
      console.error(
        `The app is running on the embedded database in ${err.dataDir} (process ${err.pid}): ${whileAppRuns}`,
      );
      return 1;
    }
    console.error(err instanceof Error ? err.message : String(err));
    return 1;
  });
}
