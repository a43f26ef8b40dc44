/**
 * A staff member's passkeys (better-auth's passkey plugin, table `passkey` in staff-auth.db): the list shown on the
 * account page and removal, always of the signed-in member's own keys. Registration and sign-in are the plugin's
 * endpoints (src/pages/api/staff/[...path].ts and src/pages/api/auth/[...all].ts pass them on).
 */
import { getAuthenticatorName } from "@better-auth/passkey";
import type { StaffAuthService } from "./auth.ts";

export interface StaffPasskey {
  readonly id: string;
  /** What the person named it, else the authenticator's provider when known, else "". */
  readonly label: string;
  readonly createdAt: string;
  /** Synced between devices (a password manager or platform account) rather than bound to one device. */
  readonly synced: boolean;
}

/** The name a passkey is shown with: its own, else the provider its AAGUID names, else "". */
export function passkeyLabel(row: { readonly name?: string | null; readonly aaguid?: string | null }): string {
  const own = row.name?.trim();
  if (own) return own.slice(0, 80);
  return getAuthenticatorName(row.aaguid ?? undefined) ?? "";
}

/** A name typed for a new passkey, cleaned: trimmed, inner whitespace collapsed, at most 60 characters ("" if none). */
export function cleanPasskeyName(value: unknown): string {
  if (typeof value !== "string") return "";
  return value
    .replace(/\p{Cc}/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 60);
}

interface PasskeyRow {
  id: string;
  name?: string | null;
  aaguid?: string | null;
  createdAt?: Date | string | null;
  backedUp?: boolean | number | null;
  userId: string;
}

export async function listPasskeys(service: StaffAuthService, userId: string): Promise<StaffPasskey[]> {
  await service.ready();
  const rows = await service.auth.$context.then((ctx) =>
    ctx.adapter.findMany<PasskeyRow>({ model: "passkey", where: [{ field: "userId", value: userId }] }),
  );
  return rows
    .map((row) => ({
      id: String(row.id),
      label: passkeyLabel(row),
      createdAt: new Date(row.createdAt ?? 0).toISOString(),
      synced: row.backedUp === true || row.backedUp === 1,
    }))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Removes one of the member's own passkeys; false when there is no such passkey of theirs. */
export async function removePasskey(service: StaffAuthService, userId: string, id: string): Promise<boolean> {
  await service.ready();
  const ctx = await service.auth.$context;
  const row = await ctx.adapter.findOne<PasskeyRow>({ model: "passkey", where: [{ field: "id", value: id }] });
  if (!row || row.userId !== userId) return false;
  await ctx.adapter.delete({ model: "passkey", where: [{ field: "id", value: id }] });
  return true;
}
