// expect: none
// bytes and the hash are updated in the 'data' listener but only read after await once(stream, 'end'), by which point every chunk has been processed.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { once } from 'node:events';

export interface ScanManifestEntry {
  segmentId: string;
  path: string;
  sha256: string;
  bytes: number;
}

export interface VerificationResult {
  segmentId: string;
  ok: boolean;
  problem?: string;
}

export async function verifyScan(entry: ScanManifestEntry): Promise<VerificationResult> {
  const info = await stat(entry.path).catch(() => null);
  if (!info) {
    return { segmentId: entry.segmentId, ok: false, problem: 'scan file missing' };
  }

  const hash = createHash('sha256');
  let bytes = 0;
  const stream = createReadStream(entry.path);
  stream.on('data', (chunk: Buffer | string) => {
    bytes += chunk.length;
    hash.update(chunk);
  });
  await once(stream, 'end');

  if (bytes !== entry.bytes) {
    return {
      segmentId: entry.segmentId,
      ok: false,
      problem: `size mismatch: manifest ${entry.bytes}, read ${bytes}`,
    };
  }
  const digest = hash.digest('hex');
  if (digest !== entry.sha256.toLowerCase()) {
    return { segmentId: entry.segmentId, ok: false, problem: `checksum mismatch (${digest.slice(0, 12)}…)` };
  }
  return { segmentId: entry.segmentId, ok: true };
}

export async function verifyManifest(entries: ScanManifestEntry[]): Promise<{
  verified: number;
  problems: VerificationResult[];
}> {
  const problems: VerificationResult[] = [];
  let verified = 0;
  for (const entry of entries) {
    const result = await verifyScan(entry);
    if (result.ok) verified += 1;
    else problems.push(result);
  }
  return { verified, problems };
}
