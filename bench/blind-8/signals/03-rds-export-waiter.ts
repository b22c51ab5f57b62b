// expect: require-signal-propagation
// Each describe call gets the caller's signal, but the back-off between polls is a plain timer, so an abort arriving during a (up to 60 s) sleep is not noticed until the sleep ends and the caller hangs meanwhile.
import { setTimeout as sleep } from 'node:timers/promises';

type ExportStatus = 'STARTING' | 'IN_PROGRESS' | 'COMPLETE' | 'FAILED' | 'CANCELED';

interface ExportTask {
  exportTaskIdentifier: string;
  status: ExportStatus;
  percentProgress: number;
  failureCause?: string;
  s3Bucket: string;
  s3Prefix: string;
}

interface RequestOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

declare const rds: {
  describeExportTasks(input: { exportTaskIdentifier: string }, options?: RequestOptions): Promise<{ exportTasks: ExportTask[] }>;
};

declare const logger: {
  debug(msg: string, meta?: Record<string, unknown>): void;
};

export interface WaitForExportOptions {
  signal?: AbortSignal;
  minDelayMs?: number;
  maxDelayMs?: number;
  onProgress?: (percent: number) => void;
}

export async function waitForExport(taskId: string, opts: WaitForExportOptions = {}): Promise<ExportTask> {
  const { signal, minDelayMs = 2_000, maxDelayMs = 60_000 } = opts;
  let delayMs = minDelayMs;
  let lastPercent = -1;

  for (let attempt = 1; ; attempt++) {
    const { exportTasks } = await rds.describeExportTasks({ exportTaskIdentifier: taskId }, { signal, timeoutMs: 10_000 });
    const task = exportTasks[0];
    if (!task) throw new Error(`export task ${taskId} not found`);

    if (task.status === 'COMPLETE') return task;
    if (task.status === 'FAILED' || task.status === 'CANCELED') {
      throw new Error(`export ${taskId} ${task.status.toLowerCase()}: ${task.failureCause ?? 'no cause reported'}`);
    }

    if (task.percentProgress !== lastPercent) {
      lastPercent = task.percentProgress;
      opts.onProgress?.(lastPercent);
      delayMs = minDelayMs;
    } else {
      delayMs = Math.min(delayMs * 2, maxDelayMs);
    }

    logger.debug('export still running', { taskId, attempt, status: task.status, nextPollMs: delayMs });
    await sleep(delayMs);
  }
}
