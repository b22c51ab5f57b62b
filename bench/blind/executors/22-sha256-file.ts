// expect: none
// The read stream is wired to 'data', 'end' and 'error'; a readable emits either 'end' or 'error', so the digest promise settles once on either outcome.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export function sha256File(path: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const hash = createHash('sha256');
    const input = createReadStream(path);
    input.on('error', reject);
    input.on('data', (chunk) => hash.update(chunk));
    input.on('end', () => resolve(hash.digest('hex')));
  });
}

export async function verifyChecksum(path: string, expected: string): Promise<void> {
  const actual = await sha256File(path);
  if (actual !== expected.toLowerCase()) {
    throw new Error(`checksum mismatch for ${path}: expected ${expected}, got ${actual}`);
  }
}

export async function checksumManifest(paths: string[]): Promise<string> {
  const lines: string[] = [];
  for (const p of paths) lines.push(`${await sha256File(p)}  ${p}`);
  return lines.join('\n') + '\n';
}
