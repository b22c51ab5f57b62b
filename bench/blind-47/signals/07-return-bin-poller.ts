// expect: require-signal-propagation
// The poll loop passes its signal to fetch but not to the timers/promises sleep between polls, so cancellation waits out the full interval.
import { setTimeout as sleep } from 'node:timers/promises';

export interface BinStatus {
  binId: string;
  branch: string;
  fillPercent: number;
  jammed: boolean;
  lastScanAt: string;
}

export interface PollerOptions {
  intervalMs: number;
  signal: AbortSignal;
  onAlert: (status: BinStatus, reason: 'full' | 'jammed' | 'silent') => void;
}

declare const libraryIot: {
  baseUrl: string;
};

const SILENT_AFTER_MS = 45 * 60_000;

async function fetchBins(branch: string, signal: AbortSignal): Promise<BinStatus[]> {
  const res = await fetch(`${libraryIot.baseUrl}/branches/${encodeURIComponent(branch)}/return-bins`, {
    headers: { accept: 'application/json' },
    signal,
  });
  if (!res.ok) {
    throw new Error(`Return bin status for ${branch} failed: HTTP ${res.status}`);
  }
  return (await res.json()) as BinStatus[];
}

function classify(status: BinStatus, now: number): 'full' | 'jammed' | 'silent' | null {
  if (status.jammed) return 'jammed';
  if (status.fillPercent >= 85) return 'full';
  if (now - Date.parse(status.lastScanAt) > SILENT_AFTER_MS) return 'silent';
  return null;
}

export async function pollReturnBins(branch: string, options: PollerOptions): Promise<number> {
  const { intervalMs, signal, onAlert } = options;
  const alerted = new Map<string, string>();
  let polls = 0;

  while (!signal.aborted) {
    const bins = await fetchBins(branch, signal);
    polls += 1;
    const now = Date.now();
    for (const bin of bins) {
      const reason = classify(bin, now);
      if (reason === null) {
        alerted.delete(bin.binId);
        continue;
      }
      if (alerted.get(bin.binId) !== reason) {
        alerted.set(bin.binId, reason);
        onAlert(bin, reason);
      }
    }
    await sleep(intervalMs);
  }
  return polls;
}

export function startBranchPollers(branches: string[], intervalMs: number, onAlert: PollerOptions['onAlert']): {
  stop(): Promise<number[]>;
} {
  const controller = new AbortController();
  const runs = branches.map((branch) =>
    pollReturnBins(branch, { intervalMs, signal: controller.signal, onAlert }).catch((err: unknown) => {
      if (controller.signal.aborted) {
        throw err;
      }
      onAlert({ binId: '*', branch, fillPercent: 0, jammed: false, lastScanAt: new Date(0).toISOString() }, 'silent');
      return 0;
    }),
  );
  return {
    stop() {
      controller.abort();
      return Promise.all(runs);
    },
  };
}
