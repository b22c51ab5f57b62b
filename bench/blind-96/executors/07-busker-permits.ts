// expect: no-multiple-settle
// The async 'finish' callback awaits ledger.record before resolving, so if the ledger rejects nothing ever settles the issuePermit promise and the rejection escapes as an unhandled one from inside the event listener.
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';

export interface PermitRequest {
  applicant: string;
  pitch: string;
  act: 'music' | 'juggling' | 'living-statue' | 'magic';
  days: string[];
  amplified: boolean;
}

export interface PermitReceipt {
  permitNo: string;
  file: string;
  ledgerRef: string;
}

export interface PermitLedger {
  record(permitNo: string, req: PermitRequest): Promise<string>;
}

const AMPLIFIED_PITCHES = new Set(['market-square', 'riverside-steps']);

function renderPermit(permitNo: string, req: PermitRequest): string {
  return [
    `STREET PERFORMANCE PERMIT ${permitNo}`,
    `Holder: ${req.applicant}`,
    `Pitch: ${req.pitch}`,
    `Act: ${req.act}${req.amplified ? ' (amplified)' : ''}`,
    `Valid on: ${req.days.join(', ')}`,
    '',
  ].join('\n');
}

export class PermitOffice {
  private seq = 0;

  constructor(private readonly outDir: string, private readonly ledger: PermitLedger) {}

  validate(req: PermitRequest): string | null {
    if (req.days.length === 0) return 'no performance days requested';
    if (req.days.length > 14) return 'permits cover at most 14 days';
    if (req.amplified && !AMPLIFIED_PITCHES.has(req.pitch)) return `amplification not allowed at ${req.pitch}`;
    return null;
  }

  issuePermit(req: PermitRequest): Promise<PermitReceipt> {
    const problem = this.validate(req);
    if (problem) return Promise.reject(new Error(problem));

    const permitNo = `BP-${new Date().getFullYear()}-${String(++this.seq).padStart(5, '0')}`;
    const file = join(this.outDir, `${permitNo}.txt`);

    return new Promise<PermitReceipt>((resolve, reject) => {
      const out = createWriteStream(file, { flags: 'wx' });
      out.once('error', reject);
      out.once('finish', async () => {
        const ledgerRef = await this.ledger.record(permitNo, req);
        resolve({ permitNo, file, ledgerRef });
      });
      out.end(renderPermit(permitNo, req));
    });
  }
}
