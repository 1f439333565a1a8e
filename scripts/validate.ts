/**
 * `npm run validate`: checks every content file and prints every problem at once
 * (scripts/validate/main.ts says how).
 */
import { runValidate } from "./validate/main.ts";

process.exitCode = runValidate(process.argv.slice(2), process);
