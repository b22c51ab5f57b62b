// expect: none
// The batch signal is handed to the manifest read, to each imaging subprocess and to the cooldown sleep, so cancelling stops the batch at whichever step it is in.
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface TrayManifest {
  batchId: string;
  accession: string;
  trays: Array<{ id: string; seedsSown: number; sownOn: string }>;
}

export interface TrayCount {
  trayId: string;
  germinated: number;
  sown: number;
}

export interface BatchResult {
  batchId: string;
  accession: string;
  germinationPct: number;
  trays: TrayCount[];
}

export class GerminationBatch {
  constructor(
    private readonly workDir: string,
    private readonly imagerBin = '/usr/local/bin/tray-imager',
    private readonly cooldownMs = 3_000,
  ) {}

  async run(batchId: string, options: { signal?: AbortSignal } = {}): Promise<BatchResult> {
    const { signal } = options;
    const manifestPath = join(this.workDir, batchId, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, { encoding: 'utf8', signal })) as TrayManifest;

    const trays: TrayCount[] = [];
    for (const [i, tray] of manifest.trays.entries()) {
      const { stdout } = await execFileAsync(this.imagerBin, ['--tray', tray.id, '--count', '--json'], {
        signal,
        timeout: 60_000,
        cwd: join(this.workDir, batchId),
      });
      const { radicles } = JSON.parse(stdout) as { radicles: number };
      trays.push({ trayId: tray.id, germinated: Math.min(radicles, tray.seedsSown), sown: tray.seedsSown });

      if (i < manifest.trays.length - 1) {
        await sleep(this.cooldownMs, undefined, { signal });
      }
    }

    const sown = trays.reduce((n, t) => n + t.sown, 0);
    const germinated = trays.reduce((n, t) => n + t.germinated, 0);
    const result: BatchResult = {
      batchId,
      accession: manifest.accession,
      germinationPct: sown === 0 ? 0 : Math.round((germinated / sown) * 1000) / 10,
      trays,
    };
    await writeFile(join(this.workDir, batchId, 'result.json'), JSON.stringify(result, null, 2), { signal });
    return result;
  }
}
