// expect: no-floating-promises
// `auditLog.write(...)` returns a promise that is neither awaited, returned, nor given a handler, so a failed audit write is an unhandled rejection.
interface AuditEntry { actor: string; action: string; target: string; at: string }

declare const auditLog: { write(entry: AuditEntry): Promise<void> };
declare const accounts: {
  findById(id: string): Promise<{ id: string; locked: boolean } | null>;
  setLocked(id: string, locked: boolean): Promise<void>;
};

export class NotFoundError extends Error {}

export async function lockAccount(actorId: string, accountId: string): Promise<boolean> {
  const account = await accounts.findById(accountId);
  if (!account) {
    throw new NotFoundError(`account ${accountId} not found`);
  }
  if (account.locked) {
    return false;
  }

  await accounts.setLocked(accountId, true);

  auditLog.write({
    actor: actorId,
    action: "account.lock",
    target: accountId,
    at: new Date().toISOString(),
  });

  return true;
}
