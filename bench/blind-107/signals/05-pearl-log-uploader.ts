// expect: no-leaked-race
// uploadWithDeadline races the upload against a setTimeout that is never cleared, so after a fast successful upload the 45-second timer keeps the satellite-uplink CLI alive and then rejects into a race that has long since settled.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

export interface UplinkClient {
  put(name: string, body: Uint8Array): Promise<{ bytes: number; receipt: string }>;
}

export class DeadlineError extends Error {
  constructor(what: string, ms: number) {
    super(`${what} exceeded ${ms}ms`);
    this.name = 'DeadlineError';
  }
}

export function uploadWithDeadline(client: UplinkClient, name: string, body: Uint8Array, ms: number) {
  const deadline = new Promise<never>((_, reject) => {
    setTimeout(() => reject(new DeadlineError(`upload of ${name}`, ms)), ms);
  });
  return Promise.race([client.put(name, body), deadline]);
}

function summarize(raw: string): { dives: number; pearls: number } {
  let dives = 0;
  let pearls = 0;
  for (const line of raw.split('\n')) {
    const m = /pearls=(\d+)/.exec(line);
    if (!m) continue;
    dives++;
    pearls += Number(m[1]);
  }
  return { dives, pearls };
}

export async function main(argv: string[], client: UplinkClient): Promise<number> {
  const files = argv.filter((a) => a.endsWith('.divelog'));
  if (files.length === 0) {
    console.error('usage: pearl-upload <file.divelog>...');
    return 64;
  }
  let failed = 0;
  for (const file of files) {
    const raw = await readFile(file);
    const { dives, pearls } = summarize(raw.toString('utf8'));
    try {
      const { bytes, receipt } = await uploadWithDeadline(client, basename(file), raw, 45_000);
      console.log(`${basename(file)}: ${dives} dives, ${pearls} pearls, ${bytes} B sent (receipt ${receipt})`);
    } catch (err) {
      failed++;
      console.error(`${basename(file)}: ${(err as Error).message}`);
    }
  }
  return failed === 0 ? 0 : 1;
}
