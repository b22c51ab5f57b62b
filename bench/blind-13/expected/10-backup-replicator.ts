// expect: none
// The snapshot promise is shared on purpose because every target uploads the same archive, while each retry calls upload() again; the hook check tests an optional callback.
import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

export interface Snapshot {
  archivePath: string;
  bytes: number;
  createdAt: Date;
}

export interface BackupTarget {
  name: string;
  upload(archivePath: string, signal: AbortSignal): Promise<{ location: string }>;
}

export interface ReplicatorHooks {
  beforeUpload?: (target: string, snapshot: Snapshot) => Promise<void>;
  afterUpload?: (target: string, location: string) => void;
}

function createSnapshot(dataDir: string, outFile: string): Promise<Snapshot> {
  return new Promise((resolve, reject) => {
    const tar = spawn('tar', ['-czf', outFile, '-C', dataDir, '.'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    tar.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    tar.on('error', reject);
    tar.on('close', async (code) => {
      if (code !== 0) return reject(new Error(`tar exited with ${code}: ${stderr.trim()}`));
      try {
        const info = await stat(outFile);
        resolve({ archivePath: outFile, bytes: info.size, createdAt: new Date() });
      } catch (err) {
        reject(err);
      }
    });
  });
}

export class BackupReplicator {
  constructor(
    private readonly targets: BackupTarget[],
    private readonly hooks: ReplicatorHooks = {},
    private readonly attempts = 3,
  ) {}

  async run(dataDir: string, outFile: string, signal: AbortSignal): Promise<Record<string, string | Error>> {
    const snapshot = createSnapshot(dataDir, outFile);
    const outcome: Record<string, string | Error> = {};

    await Promise.all(
      this.targets.map(async (target) => {
        try {
          const snap = await snapshot;
          if (this.hooks.beforeUpload) await this.hooks.beforeUpload(target.name, snap);
          const location = await this.uploadWithRetry(target, snap, signal);
          this.hooks.afterUpload?.(target.name, location);
          outcome[target.name] = location;
        } catch (err) {
          outcome[target.name] = err instanceof Error ? err : new Error(String(err));
        }
      }),
    );
    return outcome;
  }

  private async uploadWithRetry(target: BackupTarget, snap: Snapshot, signal: AbortSignal): Promise<string> {
    let lastError: unknown;
    for (let attempt = 1; attempt <= this.attempts; attempt++) {
      signal.throwIfAborted();
      try {
        const { location } = await target.upload(snap.archivePath, signal);
        return location;
      } catch (err) {
        lastError = err;
        if (attempt < this.attempts) await sleep(1_000 * 2 ** attempt, undefined, { signal });
      }
    }
    throw new Error(`upload to ${target.name} failed after ${this.attempts} attempts`, { cause: lastError });
  }
}
