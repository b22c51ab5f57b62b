// expect: no-promise-as-value
// auditRecord() puts the Promise from sessions.resolveActor() in the `actor` field, which JSON.stringify serialises as {}, so every role-change audit entry is stored without who made the change.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

type Role = 'viewer' | 'editor' | 'admin';

interface Actor {
  userId: string;
  email: string;
  impersonatedBy?: string;
}

declare const sessions: { resolveActor(req: IncomingMessage): Promise<Actor | null> };
declare const members: { setRole(orgId: string, userId: string, role: Role): Promise<{ previous: Role }> };
declare const auditQueue: { send(body: string, attrs: Record<string, string>): Promise<void> };

const ROLES: readonly Role[] = ['viewer', 'editor', 'admin'];

async function readJson<T>(req: IncomingMessage, limit = 64 * 1024): Promise<T> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as T;
}

function auditRecord(req: IncomingMessage, action: string, target: Record<string, string>) {
  return {
    id: randomUUID(),
    at: new Date().toISOString(),
    action,
    target,
    actor: sessions.resolveActor(req),
    ip: req.socket.remoteAddress ?? null,
    userAgent: req.headers['user-agent'] ?? null,
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

export async function handleRoleChange(req: IncomingMessage, res: ServerResponse, orgId: string, userId: string): Promise<void> {
  const actor = await sessions.resolveActor(req);
  if (!actor) return sendJson(res, 401, { error: 'unauthenticated' });
  if (actor.userId === userId) return sendJson(res, 403, { error: 'cannot change your own role' });
  const { role } = await readJson<{ role: Role }>(req);
  if (!ROLES.includes(role)) return sendJson(res, 422, { error: `role must be one of ${ROLES.join(', ')}` });
  const { previous } = await members.setRole(orgId, userId, role);
  if (previous !== role) {
    const record = auditRecord(req, 'member.role_changed', { orgId, userId, from: previous, to: role });
    await auditQueue.send(JSON.stringify(record), { action: record.action, orgId });
  }
  sendJson(res, 200, { userId, role, previous });
}
