// expect: none
// Values written by the level listener are only read later from other methods or inside a promise that resolves from the listener itself, never synchronously right after subscribing.
import { EventEmitter } from 'node:events';

export interface LevelFrame {
  gate: string;
  upstreamMm: number;
  downstreamMm: number;
  at: number;
}

export interface TelemetryLink extends EventEmitter {
  request(gate: string): void;
}

export class GateTelemetry {
  private readonly latest = new Map<string, LevelFrame>();
  private frames = 0;

  constructor(private readonly link: TelemetryLink) {
    link.on('level', (frame: LevelFrame) => {
      this.latest.set(frame.gate, frame);
      this.frames++;
    });
  }

  get framesSeen(): number {
    return this.frames;
  }

  lastKnown(gate: string, maxAgeMs: number, now = Date.now()): LevelFrame | undefined {
    const frame = this.latest.get(gate);
    if (!frame || now - frame.at > maxAgeMs) return undefined;
    return frame;
  }

  freshLevel(gate: string, timeoutMs = 3_000): Promise<LevelFrame> {
    return new Promise<LevelFrame>((resolve, reject) => {
      const onLevel = (frame: LevelFrame): void => {
        if (frame.gate !== gate) return;
        clearTimeout(timer);
        this.link.off('level', onLevel);
        resolve(frame);
      };
      const timer = setTimeout(() => {
        this.link.off('level', onLevel);
        reject(new Error(`no level frame from ${gate} within ${timeoutMs}ms`));
      }, timeoutMs);
      this.link.on('level', onLevel);
      try {
        this.link.request(gate);
      } catch (err) {
        clearTimeout(timer);
        this.link.off('level', onLevel);
        reject(err);
      }
    });
  }

  async headDifference(gate: string): Promise<number> {
    const cached = this.lastKnown(gate, 60_000);
    const frame = cached ?? (await this.freshLevel(gate));
    return frame.upstreamMm - frame.downstreamMm;
  }

  overtopping(crestMm: number): string[] {
    const gates: string[] = [];
    for (const [gate, frame] of this.latest) {
      if (frame.upstreamMm >= crestMm) gates.push(gate);
    }
    return gates;
  }
}
