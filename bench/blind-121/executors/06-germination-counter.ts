// expect: no-multiple-settle
// The 'message' handler awaits ledger.insert() before resolving, so if the insert rejects the executor's promise is never settled (and the rejection escapes the listener).
import { Worker } from 'node:worker_threads';

export interface CountResult {
  trayId: string;
  sown: number;
  germinated: number;
  mouldy: number;
}

export interface GerminationRecord {
  id: number;
  trayId: string;
  sown: number;
  germinated: number;
  rate: number;
  countedAt: Date;
}

export interface GerminationLedger {
  insert(row: Omit<GerminationRecord, 'id'>): Promise<GerminationRecord>;
  latestFor(trayId: string): Promise<GerminationRecord | undefined>;
}

export class GerminationCounter {
  constructor(
    private readonly ledger: GerminationLedger,
    private readonly scriptPath: string,
  ) {}

  countTray(trayId: string, imagePath: string): Promise<GerminationRecord> {
    return new Promise<GerminationRecord>((resolve, reject) => {
      const worker = new Worker(this.scriptPath, { workerData: { trayId, imagePath } });
      let done = false;

      worker.once('message', async (result: CountResult) => {
        done = true;
        const record = await this.ledger.insert({
          trayId,
          sown: result.sown,
          germinated: result.germinated,
          rate: result.sown === 0 ? 0 : result.germinated / result.sown,
          countedAt: new Date(),
        });
        resolve(record);
      });

      worker.once('error', (err) => {
        done = true;
        reject(err);
      });

      worker.once('exit', (code) => {
        if (!done) {
          reject(new Error(`germination counter for ${trayId} exited with code ${code} before reporting`));
        }
      });
    });
  }

  async compareWithPrevious(trayId: string, imagePath: string): Promise<string> {
    const previous = await this.ledger.latestFor(trayId);
    const current = await this.countTray(trayId, imagePath);
    const pct = (current.rate * 100).toFixed(1);
    if (!previous) return `tray ${trayId}: first count, ${pct}% germinated`;
    const delta = (current.rate - previous.rate) * 100;
    const trend = delta >= 0 ? `+${delta.toFixed(1)}` : delta.toFixed(1);
    return `tray ${trayId}: ${pct}% germinated (${trend} pts since ${previous.countedAt.toISOString().slice(0, 10)})`;
  }
}
