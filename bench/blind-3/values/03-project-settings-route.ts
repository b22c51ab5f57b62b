// expect: no-promise-as-value
// canEditProject is async, so `!canEditProject(...)` tests a Promise object, which is always truthy; the 403 branch never runs and any signed-in user can change any project's settings.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { json } from 'node:stream/consumers';

interface User {
  id: string;
  orgId: string;
}

interface ProjectSettings {
  name?: string;
  visibility?: 'private' | 'internal' | 'public';
  defaultBranch?: string;
}

declare function currentUser(req: IncomingMessage): Promise<User | null>;
declare function canEditProject(user: User, projectId: string): Promise<boolean>;
declare const projects: {
  updateSettings(projectId: string, patch: ProjectSettings, actorId: string): Promise<ProjectSettings>;
};

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

const ALLOWED_KEYS = new Set(['name', 'visibility', 'defaultBranch']);

export async function patchProjectSettings(req: IncomingMessage, res: ServerResponse, projectId: string): Promise<void> {
  const user = await currentUser(req);
  if (!user) return send(res, 401, { error: 'unauthenticated' });

  if (!canEditProject(user, projectId)) {
    return send(res, 403, { error: 'forbidden', projectId });
  }

  let patch: ProjectSettings;
  try {
    patch = (await json(req)) as ProjectSettings;
  } catch {
    return send(res, 400, { error: 'invalid JSON body' });
  }
  const unknownKeys = Object.keys(patch).filter((k) => !ALLOWED_KEYS.has(k));
  if (unknownKeys.length > 0) {
    return send(res, 422, { error: 'unknown settings', keys: unknownKeys });
  }

  try {
    const updated = await projects.updateSettings(projectId, patch, user.id);
    send(res, 200, updated);
  } catch (err) {
    console.error(`settings update failed for ${projectId}`, err);
    send(res, 500, { error: 'internal error' });
  }
}
