// expect: no-read-before-settle
// totalBytes and each file's sizeBytes are filled in by fs.stat callbacks, but the manifest reads them synchronously right after the calls are issued, so they are still zero.
import { stat } from 'node:fs';
import { basename, join } from 'node:path';

export interface CaptureFile {
  path: string;
  kind: 'balance' | 'pressure-taps' | 'piv' | 'hotwire';
  sizeBytes: number;
}

export interface RunManifest {
  runId: string;
  model: string;
  reynolds: number;
  files: CaptureFile[];
  totalBytes: number;
  createdAt: string;
}

function kindOf(file: string): CaptureFile['kind'] {
  if (file.includes('piv')) return 'piv';
  if (file.includes('hw')) return 'hotwire';
  if (file.includes('taps')) return 'pressure-taps';
  return 'balance';
}

export function reynoldsNumber(airspeedMs: number, chordM: number, kinematicViscosity = 1.5e-5): number {
  return Math.round((airspeedMs * chordM) / kinematicViscosity);
}

export class RunArchiver {
  constructor(
    private readonly captureDir: string,
    private readonly onStatError: (file: string, err: Error) => void,
  ) {}

  buildManifest(runId: string, model: string, airspeedMs: number, chordM: number, files: string[]): RunManifest {
    const entries: CaptureFile[] = files.map((f) => ({ path: join(this.captureDir, runId, f), kind: kindOf(f), sizeBytes: 0 }));
    let totalBytes = 0;

    for (const entry of entries) {
      stat(entry.path, (err, st) => {
        if (err) {
          this.onStatError(basename(entry.path), err);
          return;
        }
        entry.sizeBytes = st.size;
        totalBytes += st.size;
      });
    }

    if (totalBytes === 0) {
      throw new Error(`run ${runId} has no captured data in ${this.captureDir}`);
    }

    return {
      runId,
      model,
      reynolds: reynoldsNumber(airspeedMs, chordM),
      files: entries.filter((e) => e.sizeBytes > 0),
      totalBytes,
      createdAt: new Date().toISOString(),
    };
  }

  summary(manifest: RunManifest): string {
    const mb = (manifest.totalBytes / 1_048_576).toFixed(1);
    const kinds = [...new Set(manifest.files.map((f) => f.kind))].join(', ');
    return `${manifest.runId} ${manifest.model} Re=${manifest.reynolds.toExponential(2)}: ${mb} MB (${kinds})`;
  }
}
