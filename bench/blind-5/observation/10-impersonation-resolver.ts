// expect: none
// The audit write is started before the authorization checks but awaited in finally with no other await in between, so it is observed on every path, including when a check throws.
export class ForbiddenError extends Error {
  readonly extensions = { code: 'FORBIDDEN' };
}

interface Viewer {
  id: string;
  roles: string[];
  mfaAt: number | null;
}
interface UserRow {
  id: string;
  email: string;
  isAdmin: boolean;
  tenantId: string;
}

declare const users: { byId(id: string): Promise<UserRow | null> };
declare const auditLog: {
  write(event: { type: 'impersonation.requested'; actorId: string; targetId: string; reason: string; at: string }): Promise<void>;
};
declare const jwt: { sign(claims: Record<string, unknown>, opts: { expiresInSec: number }): string };

const MFA_WINDOW_MS = 15 * 60_000;

export const impersonateResolver = async (
  _parent: unknown,
  args: { userId: string; reason: string },
  ctx: { viewer: Viewer },
): Promise<{ token: string; expiresInSec: number }> => {
  const target = await users.byId(args.userId);
  if (!target) throw new Error(`user ${args.userId} not found`);

  const audit = auditLog.write({
    type: 'impersonation.requested',
    actorId: ctx.viewer.id,
    targetId: target.id,
    reason: args.reason,
    at: new Date().toISOString(),
  });
  try {
    if (!ctx.viewer.roles.includes('support')) throw new ForbiddenError('support role required');
    if (target.isAdmin) throw new ForbiddenError('admins cannot be impersonated');
    if (!ctx.viewer.mfaAt || Date.now() - ctx.viewer.mfaAt > MFA_WINDOW_MS) {
      throw new ForbiddenError('re-authenticate with MFA before impersonating');
    }
    if (args.reason.trim().length < 10) throw new ForbiddenError('a ticket reference or reason is required');

    const expiresInSec = 900;
    const token = jwt.sign({ sub: target.id, act: { sub: ctx.viewer.id }, tenant: target.tenantId }, { expiresInSec });
    return { token, expiresInSec };
  } finally {
    await audit;
  }
};
