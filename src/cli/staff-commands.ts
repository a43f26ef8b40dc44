/**
 * The commands of `npm run staff -- <command>` (src/cli/staff.ts runs them): the staff accounts in $DATA_DIR/staff-auth.db (default ./data).
 *
 *   invite EMAIL [--role admin|sales]   creates the account; prints a one-time enrolment link (last line)
 *   reset EMAIL                         a new enrolment link for an existing account (forgotten password)
 *   list                                email, role, enabled or disabled
 *   disable EMAIL | enable EMAIL        a disabled account cannot sign in; its sessions end at once
 *   role EMAIL admin|sales              changes the account's role
 *
 * Links use STAFF_ORIGIN (else SITE_URL, else siteUrl in content/firm.yaml) and are valid for
 * STAFF_ENROL_TTL_SECONDS (24 hours by default). Exit codes: 0 done, 1 no such account / refused, 2 usage error.
 */
import { parseArgs } from "node:util";
import { readSiteUrl } from "../node/site-url.ts";
import { openStaffAuth, type StaffRole, staffRoles } from "../server/staff/auth.ts";
import { readStaffConfig } from "../server/staff/config.ts";
import { invite, listStaffUsers, resetLink, setDisabled, setRole } from "../server/staff/invites.ts";

const usage = `Usage:
  npm run staff -- invite EMAIL [--role admin|sales]
  npm run staff -- reset EMAIL
  npm run staff -- list
  npm run staff -- disable EMAIL
  npm run staff -- enable EMAIL
  npm run staff -- role EMAIL admin|sales
Accounts are kept in $DATA_DIR/staff-auth.db (DATA_DIR defaults to ./data).`;

export interface Outcome {
  readonly stdout: string;
  readonly stderr?: string;
  readonly code?: number;
}

const isRole = (value: unknown): value is StaffRole => staffRoles.includes(value as StaffRole);

export async function runStaff(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<Outcome> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { role: { type: "string" }, help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    return { stdout: "", stderr: `${(error as Error).message}\n${usage}\n`, code: 2 };
  }
  const [command, email, extra] = parsed.positionals;
  if (parsed.values.help || !command) return { stdout: `${usage}\n`, code: command ? 0 : 2 };
  const needsEmail = ["invite", "reset", "disable", "enable", "role"];
  if (needsEmail.includes(command) && !email)
    return { stdout: "", stderr: `${command} needs an EMAIL.\n${usage}\n`, code: 2 };
  const role = parsed.values.role ?? "sales";
  if (command === "invite" && !isRole(role)) return { stdout: "", stderr: `--role must be admin or sales.\n`, code: 2 };
  if (command === "role" && !isRole(extra))
    return { stdout: "", stderr: `role needs admin or sales.\n${usage}\n`, code: 2 };
  if (![...needsEmail, "list"].includes(command))
    return { stdout: "", stderr: `Unknown command "${command}".\n${usage}\n`, code: 2 };

  const service = openStaffAuth(readStaffConfig(env, readSiteUrl(env)), env);
  try {
    await service.ready();
    const hours = Math.round((service.config.enrolSeconds / 3600) * 10) / 10;
    switch (command) {
      case "invite": {
        const outcome = await invite(service, email as string, role as StaffRole);
        if (outcome.kind === "invalid_email") return { stdout: "", stderr: "That is not an email address.\n", code: 1 };
        if (outcome.kind === "exists") {
          return {
            stdout: "",
            stderr: `${outcome.user.email} already has an account: use \`npm run staff -- reset ${outcome.user.email}\` for a new link.\n`,
            code: 1,
          };
        }
        return {
          stdout: `Invited ${outcome.user.email} (${outcome.user.role}). Send them this link; it works once, for ${hours} hours (until ${outcome.expiresAt.toISOString()}):\n${outcome.link}\n`,
        };
      }
      case "reset": {
        const outcome = await resetLink(service, email as string);
        if (!outcome) return { stdout: "", stderr: `No account for ${email}.\n`, code: 1 };
        return {
          stdout: `New enrolment link for ${(email as string).trim().toLowerCase()}; it works once, for ${hours} hours (until ${outcome.expiresAt.toISOString()}). Setting the password signs the account out everywhere:\n${outcome.link}\n`,
        };
      }
      case "list": {
        const users = await listStaffUsers(service);
        if (users.length === 0)
          return { stdout: "No staff accounts yet: `npm run staff -- invite EMAIL --role admin`.\n" };
        const width = Math.max(...users.map((u) => u.email.length));
        return {
          stdout: `${users.map((u) => `${u.email.padEnd(width)}  ${u.role.padEnd(5)}  ${u.disabled ? "disabled" : "enabled"}`).join("\n")}\n`,
        };
      }
      case "disable":
      case "enable": {
        const done = await setDisabled(service, email as string, command === "disable");
        if (!done) return { stdout: "", stderr: `No account for ${email}.\n`, code: 1 };
        return {
          stdout:
            command === "disable"
              ? `Disabled ${email}: it cannot sign in, and its sessions have ended.\n`
              : `Enabled ${email}.\n`,
        };
      }
      case "role": {
        const done = await setRole(service, email as string, extra as StaffRole);
        if (!done) return { stdout: "", stderr: `No account for ${email}.\n`, code: 1 };
        return { stdout: `${email} is now ${extra}.\n` };
      }
    }
    return { stdout: "", code: 2 };
  } finally {
    service.close();
  }
}
