// expect: require-signal-propagation
// The back-off between status polls is a timers/promises sleep that is not given the signal, so after Ctrl+C (SIGINT is handled, not fatal) the CLI keeps hanging for up to 60 s until the sleep ends before the abort is noticed.
import { setTimeout as delay } from 'node:timers/promises';
import process from 'node:process';

type RunStatus = 'queued' | 'in_progress' | 'completed';
type Conclusion = 'success' | 'failure' | 'cancelled' | 'timed_out' | null;

export interface WorkflowRun {
  id: number;
  status: RunStatus;
  conclusion: Conclusion;
  html_url: string;
  updated_at: string;
}

declare const ci: {
  getRun(owner: string, repo: string, runId: number, opts?: { signal?: AbortSignal }): Promise<WorkflowRun>;
};

export interface WaitOptions {
  signal: AbortSignal;
  initialIntervalMs?: number;
  maxIntervalMs?: number;
  onTick?: (run: WorkflowRun) => void;
}

export async function waitForRun(
  owner: string,
  repo: string,
  runId: number,
  { signal, initialIntervalMs = 2_000, maxIntervalMs = 60_000, onTick }: WaitOptions,
): Promise<WorkflowRun> {
  let interval = initialIntervalMs;
  let lastUpdate = '';
  for (;;) {
    const run = await ci.getRun(owner, repo, runId, { signal });
    onTick?.(run);
    if (run.status === 'completed') return run;
    if (run.updated_at === lastUpdate) {
      interval = Math.min(interval * 2, maxIntervalMs);
    } else {
      interval = initialIntervalMs;
      lastUpdate = run.updated_at;
    }
    await delay(interval + Math.floor(Math.random() * 250));
  }
}

export async function main(argv: string[]): Promise<void> {
  const [slug, id] = argv;
  const [owner, repo] = (slug ?? '').split('/');
  if (!owner || !repo || !id) {
    process.stderr.write('usage: ci-wait <owner/repo> <run-id>\n');
    process.exitCode = 2;
    return;
  }
  const ac = new AbortController();
  process.once('SIGINT', () => {
    process.stderr.write('\ncancelling wait (the run itself keeps going)...\n');
    ac.abort();
  });
  try {
    const run = await waitForRun(owner, repo, Number(id), {
      signal: ac.signal,
      onTick: (r) => process.stderr.write(`  ${new Date().toLocaleTimeString()} ${r.status}\n`),
    });
    process.stdout.write(`${run.conclusion ?? 'unknown'} ${run.html_url}\n`);
    process.exitCode = run.conclusion === 'success' ? 0 : 1;
  } catch (err) {
    if (ac.signal.aborted) {
      process.exitCode = 130;
      return;
    }
    throw err;
  }
}
