// expect: no-multiple-settle
// On the 'dnf' path the run is rejected but the overall timeout is never cleared, so the timer later fires and tries to reject the same promise a second time.
import { EventEmitter } from 'node:events';

export interface GateCrossing {
  runId: string;
  gate: number;
  at: bigint;
}

export interface RunResult {
  runId: string;
  splits: number[];
  totalMs: number;
}

export class TimingLoop extends EventEmitter {
  constructor(public readonly track: string, public readonly gateCount: number) {
    super();
  }

  ingest(line: string): void {
    const [kind, runId, gate, ns] = line.trim().split(',');
    if (kind === 'X') {
      this.emit('crossing', { runId, gate: Number(gate), at: BigInt(ns) } satisfies GateCrossing);
    } else if (kind === 'D') {
      this.emit('dnf', { runId, reason: gate });
    }
  }
}

function toMs(ns: bigint): number {
  return Number(ns / 1_000n) / 1_000;
}

export function waitForFinish(loop: TimingLoop, runId: string, maxRunMs = 120_000): Promise<RunResult> {
  return new Promise<RunResult>((resolve, reject) => {
    const crossings: GateCrossing[] = [];

    const timer = setTimeout(() => {
      detach();
      reject(new Error(`run ${runId} on ${loop.track} did not finish within ${maxRunMs}ms`));
    }, maxRunMs);

    const onCrossing = (c: GateCrossing) => {
      if (c.runId !== runId) return;
      crossings.push(c);
      if (c.gate < loop.gateCount) return;

      clearTimeout(timer);
      detach();
      const start = crossings[0].at;
      resolve({
        runId,
        splits: crossings.slice(1).map((x) => toMs(x.at - start)),
        totalMs: toMs(c.at - start),
      });
    };

    const onDnf = (info: { runId: string; reason: string }) => {
      if (info.runId !== runId) return;
      detach();
      reject(new Error(`run ${runId} DNF: ${info.reason}`));
    };

    function detach() {
      loop.off('crossing', onCrossing);
      loop.off('dnf', onDnf);
    }

    loop.on('crossing', onCrossing);
    loop.on('dnf', onDnf);
  });
}

export async function timeHeat(loop: TimingLoop, runIds: string[]): Promise<Map<string, RunResult | Error>> {
  const results = new Map<string, RunResult | Error>();
  for (const runId of runIds) {
    try {
      results.set(runId, await waitForFinish(loop, runId));
    } catch (err) {
      results.set(runId, err as Error);
    }
  }
  return results;
}
