// expect: no-read-before-settle
// Bug: refresh() assigns this.lastModified inside the https.get response callback but builds the status line from it synchronously right after issuing the request, so it always reports the previous sync.
import https from 'node:https';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream';

export interface PermitMirrorStatus {
  source: string;
  lastModified: string | null;
  bytes: number;
}

const REGISTRY_URL = 'https://wildlife-licensing.example.gov/exports/raptor-permits.csv';

export class PermitMirror {
  private lastModified: string | null = null;
  private bytes = 0;
  private syncing = false;

  constructor(
    private readonly targetFile: string,
    private readonly url = REGISTRY_URL,
  ) {}

  status(): PermitMirrorStatus {
    return { source: this.url, lastModified: this.lastModified, bytes: this.bytes };
  }

  refresh(onDone?: (err: Error | null) => void): string {
    if (this.syncing) return 'sync already in progress';
    this.syncing = true;

    const headers: Record<string, string> = { accept: 'text/csv' };
    if (this.lastModified) headers['if-modified-since'] = this.lastModified;

    const req = https.get(this.url, { headers, timeout: 30_000 }, (res) => {
      if (res.statusCode === 304) {
        res.resume();
        this.syncing = false;
        onDone?.(null);
        return;
      }
      if (res.statusCode !== 200) {
        res.resume();
        this.syncing = false;
        onDone?.(new Error(`registry export returned ${res.statusCode}`));
        return;
      }

      this.lastModified = res.headers['last-modified'] ?? new Date().toUTCString();
      let received = 0;
      res.on('data', (chunk: Buffer) => {
        received += chunk.length;
      });
      pipeline(res, createWriteStream(this.targetFile), (err) => {
        this.syncing = false;
        if (!err) this.bytes = received;
        onDone?.(err ?? null);
      });
    });

    req.on('timeout', () => req.destroy(new Error('registry export timed out')));
    req.on('error', (err) => {
      this.syncing = false;
      onDone?.(err);
    });

    return `permit register sync started; source dated ${this.lastModified ?? 'unknown'}`;
  }
}

export function scheduleNightlySync(mirror: PermitMirror, log: (line: string) => void): NodeJS.Timeout {
  const run = () =>
    log(
      mirror.refresh((err) => {
        if (err) log(`permit sync failed: ${err.message}`);
        else log(`permit sync complete (${mirror.status().bytes} bytes)`);
      }),
    );
  run();
  return setInterval(run, 24 * 60 * 60 * 1000);
}
