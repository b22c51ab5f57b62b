// expect: none
// The 'beam' handler fires many times but every settling path goes through finish(), which detaches all listeners and clears the timer first, and fault, disconnect and timeout all reject.
import { EventEmitter } from 'node:events';

export interface BeamPulse {
  lane: 'start' | 'split-1' | 'split-2' | 'finish';
  nanos: bigint;
  strength: number;
}

export interface StartGate extends EventEmitter {
  readonly trackId: string;
  arm(runId: string): void;
  disarm(): void;
}

export interface StartRecord {
  runId: string;
  sledBib: number;
  startNanos: bigint;
}

const MIN_BEAM_STRENGTH = 0.35;

export function awaitStart(gate: StartGate, runId: string, sledBib: number, timeoutMs = 60_000): Promise<StartRecord> {
  return new Promise<StartRecord>((resolve, reject) => {
    let done = false;
    const finish = () => {
      done = true;
      clearTimeout(timer);
      gate.off('beam', onBeam);
      gate.off('fault', onFault);
      gate.off('disconnect', onDisconnect);
      gate.disarm();
    };

    const onBeam = (pulse: BeamPulse) => {
      if (done) return;
      if (pulse.lane !== 'start') return;
      if (pulse.strength < MIN_BEAM_STRENGTH) return; // snow spray, not a runner
      finish();
      resolve({ runId, sledBib, startNanos: pulse.nanos });
    };
    const onFault = (err: Error) => {
      if (done) return;
      finish();
      reject(err);
    };
    const onDisconnect = () => {
      if (done) return;
      finish();
      reject(new Error(`start gate on ${gate.trackId} disconnected while armed for ${runId}`));
    };
    const timer = setTimeout(() => {
      if (done) return;
      finish();
      reject(new Error(`sled ${sledBib} did not break the start beam within ${timeoutMs}ms`));
    }, timeoutMs);

    gate.on('beam', onBeam);
    gate.on('fault', onFault);
    gate.on('disconnect', onDisconnect);
    gate.arm(runId);
  });
}

export function formatRunTime(startNanos: bigint, finishNanos: bigint): string {
  const hundredths = Number((finishNanos - startNanos) / 10_000_000n);
  const seconds = Math.floor(hundredths / 100);
  const rest = (hundredths % 100).toString().padStart(2, '0');
  return `${seconds}.${rest}`;
}

export class HeatSequencer {
  private readonly results: Array<{ bib: number; start: StartRecord }> = [];

  constructor(private readonly gate: StartGate) {}

  async runHeat(heatId: string, bibs: number[]): Promise<StartRecord[]> {
    for (const bib of bibs) {
      const runId = `${heatId}-${bib}`;
      const start = await awaitStart(this.gate, runId, bib);
      this.results.push({ bib, start });
    }
    return this.results.map((r) => r.start);
  }

  startOrder(): number[] {
    return [...this.results].sort((a, b) => (a.start.startNanos < b.start.startNanos ? -1 : 1)).map((r) => r.bib);
  }
}
