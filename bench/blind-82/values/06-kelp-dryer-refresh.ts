// expect: none
// The === compares one promise with another to detect a superseded refresh (identity check, intended), and all values are awaited before use.
import { EventEmitter } from 'node:events';

export interface DryerState {
  dryerId: string;
  moisturePct: number;
  airTempC: number;
  trayCount: number;
  readAt: number;
}

declare const dryerApi: {
  state(dryerId: string): Promise<DryerState>;
  setFan(dryerId: string, pct: number): Promise<void>;
};

const TARGET_MOISTURE = 12;
const MAX_AIR_TEMP = 45;

export class DryerPanel extends EventEmitter {
  private latest: DryerState | null = null;
  private refreshing: Promise<DryerState> | null = null;

  constructor(private readonly dryerId: string) {
    super();
  }

  async refresh(): Promise<DryerState | null> {
    const request = dryerApi.state(this.dryerId);
    this.refreshing = request;
    try {
      const state = await request;
      if (this.refreshing !== request) return null;
      this.latest = state;
      this.emit('state', state);
      return state;
    } finally {
      if (this.refreshing === request) this.refreshing = null;
    }
  }

  isRefreshing(): boolean {
    return this.refreshing !== null;
  }

  async adjustFan(): Promise<number | null> {
    const state = await this.refresh();
    if (!state) return null;

    let fan: number;
    if (state.airTempC > MAX_AIR_TEMP) {
      fan = 100;
    } else if (state.moisturePct <= TARGET_MOISTURE) {
      fan = 20;
    } else {
      const excess = state.moisturePct - TARGET_MOISTURE;
      fan = Math.min(90, 40 + excess * 3);
    }

    await dryerApi.setFan(this.dryerId, fan);
    this.emit('fan', { dryerId: this.dryerId, pct: fan, moisture: state.moisturePct });
    return fan;
  }

  summary(): string {
    if (!this.latest) return `${this.dryerId}: no reading yet`;
    const age = Math.round((Date.now() - this.latest.readAt) / 1000);
    return `${this.dryerId}: ${this.latest.moisturePct}% moisture, ${this.latest.airTempC}°C, ${this.latest.trayCount} trays (${age}s ago)`;
  }
}

export async function dryingComplete(panels: DryerPanel[]): Promise<string[]> {
  const states = await Promise.all(panels.map((p) => p.refresh()));
  return states
    .filter((s): s is DryerState => s !== null && s.moisturePct <= TARGET_MOISTURE)
    .map((s) => s.dryerId);
}
