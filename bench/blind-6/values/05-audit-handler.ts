// expect: no-promise-as-value
// resolveActor() is async and not awaited, so the audit event is posted with `actor: {}` (JSON of a Promise) and every record loses who made the change.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

interface Actor {
  userId: string;
  orgId: string;
  impersonatedBy?: string;
}

declare const sessions: {
  lookup(token: string): Promise<{ userId: string; orgId: string; impersonator?: string } | null>;
};
declare const settingsStore: {
  update(orgId: string, patch: Record<string, unknown>): Promise<{ version: number }>;
};

async function resolveActor(req: IncomingMessage): Promise<Actor | null> {
  const token = req.headers.authorization?.replace(/^Bearer /, '');
  if (!token) return null;
  const session = await sessions.lookup(token);
  return session && { userId: session.userId, orgId: session.orgId, impersonatedBy: session.impersonator };
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

async function updateSettings(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const orgId = req.url?.split('/')[2];
  if (!orgId) {
    res.writeHead(404).end();
    return;
  }
  const patch = await readJson(req);
  const { version } = await settingsStore.update(orgId, patch);

  const audit = await fetch(process.env.AUDIT_URL ?? 'http://audit.internal/events', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'org.settings.updated',
      orgId,
      version,
      fields: Object.keys(patch),
      actor: resolveActor(req),
      at: new Date().toISOString(),
    }),
  });
  if (!audit.ok) console.error(`audit sink rejected event: HTTP ${audit.status}`);

  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ version }));
}

export const server = createServer((req, res) => {
  updateSettings(req, res).catch((err) => {
    console.error('settings update failed', err);
    if (!res.headersSent) res.writeHead(500);
    res.end();
  });
});
