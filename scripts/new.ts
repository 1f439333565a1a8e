/**
 * `npm run new`: adds one content file, asking for each field or taking them as flags
 * (scripts/new/main.ts says how).
 */
import { runNew } from "./new/main.ts";

process.exitCode = await runNew(process.argv.slice(2), process);
