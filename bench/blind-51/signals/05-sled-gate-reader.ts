// expect: no-leaked-race
// nextCrossing races the gate read against a timers/promises sleep that is never cancelled, so every successful read leaves a multi-second timer pending.
import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

export interface Crossing {
  gate: number;
  sledId: string;
  timestampNs: bigint;
  speedKmh: number;
}

interface PhotocellGate extends EventEmitter {
  readonly gate: number;
  read(): Promise<Crossing>;
}

declare const trackLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
};

export class GateTimeoutError extends Error {
  constructor(readonly gate: number, readonly waitedMs: number) {
    super(`no crossing at gate ${gate} within ${waitedMs}ms`);
    this.name = 'GateTimeoutError';
  }
}

export class TrackTimer {
  private readonly runs = new Map<string, Crossing[]>();

  constructor(private readonly gates: PhotocellGate[], private readonly gateTimeoutMs: number) {}

  private nextCrossing(gate: PhotocellGate): Promise<Crossing> {
    const timeout = sleep(this.gateTimeoutMs).then(() => {
      throw new GateTimeoutError(gate.gate, this.gateTimeoutMs);
    });
    return Promise.race([gate.read(), timeout]);
  }

  async timeRun(sledId: string): Promise<Crossing[]> {
    const crossings: Crossing[] = [];
    for (const gate of this.gates) {
      try {
        const crossing = await this.nextCrossing(gate);
        if (crossing.sledId !== sledId) {
          trackLog.warn('unexpected sled at gate', { gate: gate.gate, expected: sledId, seen: crossing.sledId });
        }
        crossings.push(crossing);
      } catch (err) {
        if (err instanceof GateTimeoutError && gate !== this.gates[this.gates.length - 1]) {
          trackLog.warn('intermediate gate missed, continuing', { gate: gate.gate, sledId });
          continue;
        }
        throw err;
      }
    }
    this.runs.set(sledId, crossings);
    trackLog.info('run timed', { sledId, gates: crossings.length });
    return crossings;
  }

  runTimeMs(sledId: string): number | undefined {
    const crossings = this.runs.get(sledId);
    if (!crossings || crossings.length < 2) return undefined;
    const first = crossings[0]!;
    const last = crossings[crossings.length - 1]!;
    return Number(last.timestampNs - first.timestampNs) / 1e6;
  }

  leaderboard(): Array<{ sledId: string; ms: number }> {
    const rows: Array<{ sledId: string; ms: number }> = [];
    for (const sledId of this.runs.keys()) {
      const ms = this.runTimeMs(sledId);
      if (ms !== undefined) rows.push({ sledId, ms });
    }
    return rows.sort((a, b) => a.ms - b.ms);
  }
}
