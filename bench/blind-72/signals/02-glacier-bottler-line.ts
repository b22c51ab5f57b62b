// expect: none
// The signal reaches every cancellable call: fetch gets it through the RequestInit built by requestInit(), and the sleep and events.on calls get it in their options.
import { EventEmitter, on } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

export interface BottlingRun {
  runId: string;
  sourceTank: string;
  bottleMl: 330 | 500 | 750;
  targetBottles: number;
}

export interface RunResult {
  runId: string;
  bottled: number;
  rejectedForTurbidity: number;
}

interface TankStatus {
  tank: string;
  litres: number;
  turbidityNtu: number;
}

const LINE_API = 'https://line.glacierspring.example/api';
const MAX_TURBIDITY_NTU = 1.0;

function requestInit(signal: AbortSignal, body?: unknown): RequestInit {
  return {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', 'x-line': 'bottling-2' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
  };
}

async function tankStatus(tank: string, signal: AbortSignal): Promise<TankStatus> {
  const res = await fetch(`${LINE_API}/tanks/${tank}`, requestInit(signal));
  if (!res.ok) throw new Error(`tank ${tank}: HTTP ${res.status}`);
  return (await res.json()) as TankStatus;
}

export class BottlingLine extends EventEmitter {
  async run(run: BottlingRun, signal: AbortSignal): Promise<RunResult> {
    const status = await tankStatus(run.sourceTank, signal);
    if (status.turbidityNtu > MAX_TURBIDITY_NTU) {
      throw new Error(`tank ${run.sourceTank} turbidity ${status.turbidityNtu} NTU; run ${run.runId} held`);
    }
    const available = Math.floor((status.litres * 1000) / run.bottleMl);
    const target = Math.min(run.targetBottles, available);

    const start = await fetch(
      `${LINE_API}/runs`,
      requestInit(signal, { runId: run.runId, tank: run.sourceTank, bottleMl: run.bottleMl, count: target }),
    );
    if (!start.ok) throw new Error(`could not start run ${run.runId}: HTTP ${start.status}`);

    let bottled = 0;
    let rejected = 0;
    if (target > 0) {
      for await (const [batch] of on(this, 'batch', { signal }) as AsyncIterableIterator<[{ ok: number; turbid: number }]>) {
        bottled += batch.ok;
        rejected += batch.turbid;
        this.emit('progress', { runId: run.runId, bottled, target });
        if (bottled + rejected >= target) break;
      }
    }

    await sleep(2_000, undefined, { signal }); // let the capper drain before reporting
    const done = await fetch(`${LINE_API}/runs/${run.runId}/complete`, requestInit(signal, { bottled, rejected }));
    if (!done.ok) throw new Error(`could not close run ${run.runId}: HTTP ${done.status}`);
    return { runId: run.runId, bottled, rejectedForTurbidity: rejected };
  }

  reportBatch(ok: number, turbid: number): void {
    this.emit('batch', { ok, turbid });
  }
}
