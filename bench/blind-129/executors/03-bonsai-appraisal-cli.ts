// expect: none
// The close handler returns right after rejecting on a non-zero exit and skips settling when a spawn error already rejected, so each run settles once.
import { spawn } from 'node:child_process';

export interface Appraisal {
  lotId: string;
  species: string;
  estimatedAgeYears: number;
  lowEstimate: number;
  highEstimate: number;
}

export interface AppraiserOptions {
  binary?: string;
  modelDir: string;
}

function parseAppraisal(lotId: string, raw: string): Appraisal {
  const data = JSON.parse(raw) as Partial<Appraisal>;
  if (typeof data.lowEstimate !== 'number' || typeof data.highEstimate !== 'number') {
    throw new Error(`appraiser returned no estimate for lot ${lotId}`);
  }
  return {
    lotId,
    species: data.species ?? 'unknown',
    estimatedAgeYears: data.estimatedAgeYears ?? 0,
    lowEstimate: data.lowEstimate,
    highEstimate: data.highEstimate,
  };
}

export class BonsaiAppraiser {
  constructor(private readonly opts: AppraiserOptions) {}

  appraise(lotId: string, photoPaths: string[]): Promise<Appraisal> {
    const child = spawn(
      this.opts.binary ?? 'bonsai-appraise',
      ['--model', this.opts.modelDir, '--json', ...photoPaths],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );

    return new Promise<Appraisal>((resolve, reject) => {
      let stdout = '';
      let stderr = '';
      let spawnFailed = false;

      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));

      child.once('error', (err) => {
        spawnFailed = true;
        reject(err);
      });

      child.once('close', (code, signal) => {
        if (spawnFailed) return;
        if (code !== 0) {
          reject(new Error(`appraiser exited ${code ?? signal} for lot ${lotId}: ${stderr.trim()}`));
          return;
        }
        try {
          resolve(parseAppraisal(lotId, stdout));
        } catch (err) {
          reject(err);
        }
      });
    });
  }

  async appraiseCatalog(lots: Map<string, string[]>): Promise<Appraisal[]> {
    const out: Appraisal[] = [];
    for (const [lotId, photos] of lots) {
      out.push(await this.appraise(lotId, photos));
    }
    return out.sort((a, b) => b.highEstimate - a.highEstimate);
  }
}
