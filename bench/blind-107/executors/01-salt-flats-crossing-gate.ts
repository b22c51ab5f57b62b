// expect: no-multiple-settle
// The crossing waiter never clears its timeout when the car trips the beam, so the timer later calls reject on an already-resolved promise and keeps the timing process alive for the full window.
import { EventEmitter } from 'node:events';

export interface BeamCrossing {
  bib: number;
  gateId: string;
  /** microseconds since the GPS-disciplined epoch of the session */
  tMicros: bigint;
}

export interface GateHealth {
  gateId: string;
  batteryPct: number;
  aligned: boolean;
}

export class TimingGate extends EventEmitter {
  constructor(readonly gateId: string, readonly mileMarker: number) {
    super();
  }

  ingest(frame: Buffer): void {
    // 2-byte bib, 8-byte timestamp, little endian off the laser trap controller
    const bib = frame.readUInt16LE(0);
    const tMicros = frame.readBigUInt64LE(2);
    this.emit('crossing', { bib, gateId: this.gateId, tMicros } satisfies BeamCrossing);
  }

  reportHealth(h: GateHealth): void {
    if (!h.aligned) {
      this.emit('error', new Error(`gate ${h.gateId} lost beam alignment`));
    }
  }
}

export class CrossingError extends Error {
  constructor(message: string, readonly bib: number, readonly gateId: string) {
    super(message);
    this.name = 'CrossingError';
  }
}

export function waitForCrossing(gate: TimingGate, bib: number, windowMs: number): Promise<BeamCrossing> {
  return new Promise<BeamCrossing>((resolve, reject) => {
    const cleanup = () => {
      gate.off('crossing', onCrossing);
      gate.off('error', onError);
    };

    const timer = setTimeout(() => {
      cleanup();
      reject(new CrossingError(`no crossing within ${windowMs}ms`, bib, gate.gateId));
    }, windowMs);

    const onCrossing = (c: BeamCrossing) => {
      if (c.bib !== bib) return;
      cleanup();
      resolve(c);
    };

    const onError = (err: Error) => {
      clearTimeout(timer);
      cleanup();
      reject(err);
    };

    gate.on('crossing', onCrossing);
    gate.on('error', onError);
  });
}

export async function timeFlyingMile(
  entry: TimingGate,
  exit: TimingGate,
  bib: number,
): Promise<{ bib: number; mph: number }> {
  const start = await waitForCrossing(entry, bib, 120_000);
  const end = await waitForCrossing(exit, bib, 30_000);
  const elapsedMicros = Number(end.tMicros - start.tMicros);
  if (elapsedMicros <= 0) {
    throw new CrossingError('exit crossed before entry', bib, exit.gateId);
  }
  const miles = Math.abs(exit.mileMarker - entry.mileMarker);
  const hours = elapsedMicros / 3_600_000_000;
  return { bib, mph: Math.round((miles / hours) * 1000) / 1000 };
}
