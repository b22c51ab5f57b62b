// expect: no-uncalled-async-function
// tasks.map((t) => t.run) gives Promise.allSettled the functions themselves, which count as already-fulfilled values: no maintenance task ever runs and every one is reported as succeeded.
export interface MaintenanceTask {
  name: string;
  critical: boolean;
  run(): Promise<void>;
}

declare const db: { execute(sql: string, params?: unknown[]): Promise<{ rowCount: number }> };
declare const storage: { deleteOlderThan(prefix: string, cutoff: Date): Promise<number> };
declare const log: {
  info(msg: string, meta?: object): void;
  error(msg: string, meta?: object): void;
};
declare const metrics: { increment(name: string, tags?: Record<string, string>): void };

const DAY = 86_400_000;

export const defaultTasks: MaintenanceTask[] = [
  {
    name: 'purge-expired-sessions',
    critical: false,
    run: async () => {
      const { rowCount } = await db.execute('DELETE FROM sessions WHERE expires_at < now()');
      log.info('purged sessions', { rowCount });
    },
  },
  {
    name: 'expire-export-files',
    critical: false,
    run: async () => {
      const removed = await storage.deleteOlderThan('exports/', new Date(Date.now() - 7 * DAY));
      log.info('deleted stale exports', { removed });
    },
  },
  {
    name: 'refresh-billing-rollups',
    critical: true,
    run: async () => {
      await db.execute('REFRESH MATERIALIZED VIEW CONCURRENTLY billing_daily_rollup');
    },
  },
];

export async function runNightlyMaintenance(tasks = defaultTasks): Promise<{ failed: string[] }> {
  const started = Date.now();
  const results = await Promise.allSettled(tasks.map((t) => t.run));

  const failed: string[] = [];
  results.forEach((result, i) => {
    const task = tasks[i];
    if (result.status === 'rejected') {
      failed.push(task.name);
      metrics.increment('maintenance.failed', { task: task.name });
      log.error('maintenance task failed', { task: task.name, err: String(result.reason) });
    } else {
      metrics.increment('maintenance.ok', { task: task.name });
    }
  });

  log.info('nightly maintenance finished', { ms: Date.now() - started, failed });
  if (tasks.some((t) => t.critical && failed.includes(t.name))) {
    throw new Error(`critical maintenance failed: ${failed.join(', ')}`);
  }
  return { failed };
}
