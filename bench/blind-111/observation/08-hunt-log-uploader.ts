// expect: no-unobserved-promise
// All uploads are started by map and then awaited one at a time, so if a later upload rejects while an earlier one is still being awaited its rejection is unhandled.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

export interface HuntSession {
  dogId: string;
  handler: string;
  orchard: string;
  startedAt: string;
  finds: Array<{ lat: number; lon: number; grams: number; species: 'melanosporum' | 'aestivum' | 'magnatum' }>;
  falseIndications: number;
}

export interface TrainingApi {
  uploadSession(session: HuntSession): Promise<{ sessionId: string; accepted: boolean; warnings: string[] }>;
}

export interface UploadSummary {
  uploaded: string[];
  rejected: Array<{ file: string; warnings: string[] }>;
  totalGrams: number;
}

async function loadSession(path: string): Promise<HuntSession> {
  const raw = JSON.parse(await readFile(path, 'utf8')) as Partial<HuntSession>;
  if (!raw.dogId || !raw.startedAt || !Array.isArray(raw.finds)) {
    throw new Error(`${basename(path)} is not a hunt log`);
  }
  return {
    dogId: raw.dogId,
    handler: raw.handler ?? 'unknown',
    orchard: raw.orchard ?? 'unknown',
    startedAt: raw.startedAt,
    finds: raw.finds,
    falseIndications: raw.falseIndications ?? 0,
  };
}

export class HuntLogUploader {
  constructor(private readonly api: TrainingApi) {}

  private async uploadFile(path: string) {
    const session = await loadSession(path);
    const result = await this.api.uploadSession(session);
    return { path, session, result };
  }

  async uploadAll(paths: string[], onProgress?: (done: number, total: number) => void): Promise<UploadSummary> {
    const uploads = paths.map((p) => this.uploadFile(p));

    const summary: UploadSummary = { uploaded: [], rejected: [], totalGrams: 0 };
    let done = 0;
    for (const upload of uploads) {
      const { path, session, result } = await upload;
      if (result.accepted) {
        summary.uploaded.push(result.sessionId);
        summary.totalGrams += session.finds.reduce((g, f) => g + f.grams, 0);
      } else {
        summary.rejected.push({ file: basename(path), warnings: result.warnings });
      }
      onProgress?.(++done, paths.length);
    }
    return summary;
  }
}
