// expect: no-leaked-race
// waitForShuttle races the shuttle event against a timers/promises sleep that is never cancelled, so every pick leaves a 30 s timer (and, on timeout, the listener) behind.
import { EventEmitter, once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ShuttleEvent {
  side: 'left' | 'right';
  weftColor: string;
  travelMs: number;
}

export interface Loom extends EventEmitter {
  readonly id: string;
  lift(shed: number[]): Promise<void>;
  fire(side: 'left' | 'right', color: string): void;
  beat(): Promise<void>;
}

export interface PickInstruction {
  shed: number[];
  color: string;
}

export class ShuttleTimeoutError extends Error {
  constructor(loomId: string, ms: number) {
    super(`shuttle on loom ${loomId} did not arrive within ${ms} ms`);
    this.name = 'ShuttleTimeoutError';
  }
}

declare const weavingLog: {
  info(msg: string, fields?: Record<string, unknown>): void;
};

const SHUTTLE_TIMEOUT_MS = 30_000;

function waitForShuttle(loom: Loom, ms = SHUTTLE_TIMEOUT_MS): Promise<ShuttleEvent> {
  return Promise.race([
    once(loom, 'shuttle-home').then(([event]) => event as ShuttleEvent),
    sleep(ms).then((): never => {
      throw new ShuttleTimeoutError(loom.id, ms);
    }),
  ]);
}

export interface RowReport {
  picks: number;
  meanTravelMs: number;
  slowest: number;
}

export async function weaveRow(loom: Loom, picks: PickInstruction[]): Promise<RowReport> {
  let side: 'left' | 'right' = 'left';
  const travel: number[] = [];

  for (const pick of picks) {
    await loom.lift(pick.shed);
    const arrival = waitForShuttle(loom);
    loom.fire(side, pick.color);
    const event = await arrival;
    travel.push(event.travelMs);
    await loom.beat();
    side = side === 'left' ? 'right' : 'left';
  }

  const meanTravelMs = travel.reduce((a, b) => a + b, 0) / Math.max(travel.length, 1);
  return { picks: travel.length, meanTravelMs, slowest: Math.max(0, ...travel) };
}

export async function weaveBorder(loom: Loom, rows: PickInstruction[][]): Promise<RowReport[]> {
  const reports: RowReport[] = [];
  for (const [i, row] of rows.entries()) {
    const report = await weaveRow(loom, row);
    reports.push(report);
    if (report.slowest > report.meanTravelMs * 3) {
      weavingLog.info('shuttle dragging, check the race board', { loom: loom.id, row: i, slowest: report.slowest });
    }
  }
  return reports;
}
