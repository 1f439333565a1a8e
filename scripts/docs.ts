/**
 * `npm run docs`: writes (or with `--check`, checks) what is generated from the schemas
 * (scripts/docs/main.ts says what).
 */
import { runDocs } from "./docs/main.ts";

process.exitCode = runDocs(process.argv.slice(2), process);
