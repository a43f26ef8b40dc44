/** `npm run staff -- <command>`: see src/cli/staff-commands.ts for the commands. */
import { runStaff } from "./staff-commands.ts";

const outcome = await runStaff(process.argv.slice(2));
if (outcome.stdout) process.stdout.write(outcome.stdout);
if (outcome.stderr) process.stderr.write(outcome.stderr);
process.exitCode = outcome.code ?? 0;
