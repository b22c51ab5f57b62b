// expect: no-uncalled-async-function
// Promise.all is given the syncSalinity and syncTemperatures functions themselves instead of their calls, so it resolves at once with two function values, neither sync runs, and the beds are still stamped as synced for the night.
import { appendFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export interface Reading {
  bed: string;
  at: string;
  value: number;
}

export interface FarmLogger {
  readingsSince(kind: 'salinity' | 'temperature', since: Date): Promise<Reading[]>;
}

export interface StateWaterPortal {
  upload(kind: 'salinity' | 'temperature', rows: Reading[]): Promise<{ accepted: number }>;
  markSynced(farmId: string, through: Date): Promise<void>;
}

export function createNightlySync(farmId: string, logger: FarmLogger, portal: StateWaterPortal, journal: string) {
  const since = new Date(Date.now() - 24 * 3_600_000);

  async function record(line: string): Promise<void> {
    await appendFile(journal, `${new Date().toISOString()} ${line}\n`);
  }

  async function syncSalinity(): Promise<void> {
    const rows = await logger.readingsSince('salinity', since);
    const { accepted } = await portal.upload('salinity', rows.filter((r) => r.value > 0 && r.value < 45));
    await record(`salinity ${accepted}/${rows.length}`);
  }

  async function syncTemperatures(): Promise<void> {
    const rows = await logger.readingsSince('temperature', since);
    const { accepted } = await portal.upload('temperature', rows.filter((r) => r.value > -2 && r.value < 35));
    await record(`temperature ${accepted}/${rows.length}`);
  }

  return async function nightlySync(): Promise<void> {
    const through = new Date();
    await Promise.all([syncSalinity, syncTemperatures]);
    await portal.markSynced(farmId, through);
    await record(`synced ${farmId} through ${through.toISOString()}`);
  };
}

class DryRunPortal implements StateWaterPortal {
  async upload(kind: 'salinity' | 'temperature', rows: Reading[]): Promise<{ accepted: number }> {
    console.log(`[dry-run] would upload ${rows.length} ${kind} rows`);
    return { accepted: rows.length };
  }
  async markSynced(farmId: string, through: Date): Promise<void> {
    console.log(`[dry-run] ${farmId} synced through ${through.toISOString()}`);
  }
}

const emptyLogger: FarmLogger = { readingsSince: async () => [] };

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  createNightlySync('willapa-07', emptyLogger, new DryRunPortal(), '/tmp/oyster-sync.log')().catch((err: unknown) => {
    console.error('nightly sync failed', err);
    process.exitCode = 1;
  });
}
