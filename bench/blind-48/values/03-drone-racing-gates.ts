// expect: no-promise-as-value
// Bug: on a lap-cache miss, `?? this.registry.currentLap(...)` puts a Promise into the payload, which JSON.stringify serialises as {}.
export interface GatePass {
  gateId: string;
  transponder: string;
  atMs: number;
  signalDb: number;
}

interface LapRegistry {
  currentLap(transponder: string): Promise<number>;
  pilotName(transponder: string): string;
}

declare const broadcaster: {
  publish(topic: string, body: string): Promise<void>;
};

const MIN_SIGNAL_DB = -72;
const FINISH_GATE = 'G0';

export class LapTimer {
  private readonly lapCounts = new Map<string, number>();
  private readonly lastFinish = new Map<string, number>();
  private readonly bestLapMs = new Map<string, number>();

  constructor(private readonly registry: LapRegistry, private readonly heatId: string) {}

  async onPass(pass: GatePass): Promise<void> {
    if (pass.signalDb < MIN_SIGNAL_DB) return;

    if (pass.gateId === FINISH_GATE) {
      this.recordFinish(pass);
    }

    const payload = {
      heat: this.heatId,
      gate: pass.gateId,
      pilot: this.registry.pilotName(pass.transponder),
      lap: this.lapCounts.get(pass.transponder) ?? this.registry.currentLap(pass.transponder),
      bestLapMs: this.bestLapMs.get(pass.transponder) ?? null,
      at: pass.atMs,
    };
    await broadcaster.publish(`race/${this.heatId}/passes`, JSON.stringify(payload));
  }

  private recordFinish(pass: GatePass): void {
    const previous = this.lastFinish.get(pass.transponder);
    this.lastFinish.set(pass.transponder, pass.atMs);
    if (previous === undefined) return;

    const lapMs = pass.atMs - previous;
    const best = this.bestLapMs.get(pass.transponder);
    if (best === undefined || lapMs < best) this.bestLapMs.set(pass.transponder, lapMs);
    this.lapCounts.set(pass.transponder, (this.lapCounts.get(pass.transponder) ?? 0) + 1);
  }

  leaderboard(): Array<{ transponder: string; laps: number; bestLapMs: number | undefined }> {
    return [...this.lapCounts.entries()]
      .map(([transponder, laps]) => ({ transponder, laps, bestLapMs: this.bestLapMs.get(transponder) }))
      .sort((a, b) => b.laps - a.laps || (a.bestLapMs ?? Infinity) - (b.bestLapMs ?? Infinity));
  }
}
