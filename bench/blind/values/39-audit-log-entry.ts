// expect: none
// The actor lookup is awaited before it goes into the object passed to JSON.stringify, so the log line holds the resolved actor.

import { appendFile } from 'node:fs/promises';

interface Actor {
  id: string;
  role: 'admin' | 'member';
}

declare function resolveActor(sessionToken: string): Promise<Actor>;

export interface AuditInput {
  sessionToken: string;
  action: string;
  target: string;
}

export async function writeAudit(logFile: string, input: AuditInput): Promise<void> {
  const entry = {
    at: new Date().toISOString(),
    actor: await resolveActor(input.sessionToken),
    action: input.action,
    target: input.target,
  };
  await appendFile(logFile, JSON.stringify(entry) + '\n', 'utf8');
}
