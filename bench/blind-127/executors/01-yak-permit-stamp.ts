// expect: no-multiple-settle
// When the stamping tool exits non-zero without QUOTA_EXCEEDED on stderr, the close handler settles nothing and the returned promise hangs forever.
import { spawn } from 'node:child_process';

export interface StampRequest {
  caravanId: string;
  checkpoint: string;
  yakCount: number;
  leaderName: string;
}

export interface PermitStamp {
  permitId: string;
  stampedAt: Date;
  checkpoint: string;
  yakCount: number;
}

export class PermitQuotaError extends Error {
  constructor(readonly checkpoint: string, message: string) {
    super(message);
    this.name = 'PermitQuotaError';
  }
}

const STAMP_BINARY = process.env.PERMIT_STAMP_BIN ?? '/usr/local/bin/permit-stamp';

function parseStamp(raw: string, req: StampRequest): PermitStamp {
  const fields = new Map<string, string>();
  for (const line of raw.split('\n')) {
    const idx = line.indexOf('=');
    if (idx > 0) fields.set(line.slice(0, idx).trim(), line.slice(idx + 1).trim());
  }
  const permitId = fields.get('permit');
  if (!permitId) {
    throw new Error(`permit-stamp produced no permit id for caravan ${req.caravanId}`);
  }
  return {
    permitId,
    stampedAt: new Date(fields.get('at') ?? Date.now()),
    checkpoint: req.checkpoint,
    yakCount: Number(fields.get('yaks') ?? req.yakCount),
  };
}

export function stampPermit(req: StampRequest): Promise<PermitStamp> {
  return new Promise<PermitStamp>((resolve, reject) => {
    const child = spawn(
      STAMP_BINARY,
      [
        '--caravan', req.caravanId,
        '--checkpoint', req.checkpoint,
        '--yaks', String(req.yakCount),
        '--leader', req.leaderName,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );

    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });

    child.once('error', reject);
    child.once('close', (code) => {
      if (code === 0) {
        try {
          resolve(parseStamp(stdout, req));
        } catch (err) {
          reject(err);
        }
      } else if (stderr.includes('QUOTA_EXCEEDED')) {
        reject(
          new PermitQuotaError(req.checkpoint, `checkpoint ${req.checkpoint} has no yak quota left today`),
        );
      }
    });
  });
}

// The stamping tool holds an exclusive lock on the checkpoint ledger, so caravans are stamped one at a time.
export async function stampCaravanRoute(
  caravanId: string,
  leaderName: string,
  yakCount: number,
  checkpoints: string[],
): Promise<PermitStamp[]> {
  const stamps: PermitStamp[] = [];
  for (const checkpoint of checkpoints) {
    stamps.push(await stampPermit({ caravanId, checkpoint, yakCount, leaderName }));
  }
  return stamps;
}
