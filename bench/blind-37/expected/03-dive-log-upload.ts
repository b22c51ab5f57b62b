// expect: no-reused-settled-promise
// withBackoff receives the already-started upload promise, so every "retry" re-awaits the same rejected attempt.
import { setTimeout as sleep } from 'node:timers/promises';
import { createHash } from 'node:crypto';

export interface ArtifactSighting {
  tag: string;
  depthM: number;
  gridSquare: string;
  material: 'ceramic' | 'timber' | 'metal' | 'glass' | 'organic';
  photographed: boolean;
}

export interface DiveLog {
  site: string;
  diveNumber: number;
  divers: string[];
  maxDepthM: number;
  bottomTimeMin: number;
  sightings: ArtifactSighting[];
}

interface UploadReceipt {
  archiveId: string;
  storedBytes: number;
}

interface BackoffPolicy {
  attempts: number;
  initialDelayMs: number;
  factor: number;
}

declare const archive: {
  upload(body: string, meta: { checksum: string; site: string }): Promise<UploadReceipt>;
};

const DEFAULT_POLICY: BackoffPolicy = { attempts: 4, initialDelayMs: 500, factor: 2 };

function isTransient(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code;
  return code === 'ECONNRESET' || code === 'ETIMEDOUT' || code === 'EAI_AGAIN';
}

async function withBackoff<T>(task: Promise<T>, policy: BackoffPolicy = DEFAULT_POLICY): Promise<T> {
  let delay = policy.initialDelayMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await task;
    } catch (err) {
      if (attempt >= policy.attempts || !isTransient(err)) {
        throw err;
      }
      await sleep(delay);
      delay *= policy.factor;
    }
  }
}

function validate(log: DiveLog): void {
  if (log.divers.length < 2) {
    throw new Error(`dive ${log.diveNumber} at ${log.site} logged without a buddy`);
  }
  for (const s of log.sightings) {
    if (s.depthM > log.maxDepthM) {
      throw new Error(`sighting ${s.tag} is deeper than the recorded max depth`);
    }
  }
}

function serialize(log: DiveLog): string {
  const sightings = [...log.sightings].sort((a, b) => a.tag.localeCompare(b.tag));
  return JSON.stringify({ ...log, sightings, schema: 'dive-log/3' });
}

export async function archiveDiveLog(log: DiveLog): Promise<UploadReceipt> {
  validate(log);
  const body = serialize(log);
  const checksum = createHash('sha256').update(body).digest('hex');
  return withBackoff(archive.upload(body, { checksum, site: log.site }));
}

export async function archiveSeason(logs: DiveLog[]): Promise<Map<number, string>> {
  const ids = new Map<number, string>();
  for (const log of [...logs].sort((a, b) => a.diveNumber - b.diveNumber)) {
    const receipt = await archiveDiveLog(log);
    ids.set(log.diveNumber, receipt.archiveId);
  }
  return ids;
}
