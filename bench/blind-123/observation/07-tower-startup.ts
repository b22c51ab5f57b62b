// expect: none
// The calendar and clock-offset lookups run concurrently through Promise.all, and the bell checks are each created and awaited in the same loop iteration, so every promise is observed as soon as it exists.
export type Bell = { name: string; note: string; hammerId: number };

export interface ChimeCalendar {
  loadSilentPeriods(year: number): Promise<Array<{ from: string; to: string; reason: string }>>;
}

export interface TimeSource {
  offsetMs(): Promise<number>;
}

export interface HammerBus {
  selfTest(hammerId: number): Promise<{ ok: boolean; strokeMs: number }>;
  disable(hammerId: number): Promise<void>;
}

export interface TowerState {
  offsetMs: number;
  silentPeriods: number;
  healthyBells: string[];
  disabledBells: string[];
}

const MAX_OFFSET_MS = 750;
const MAX_STROKE_MS = 180;

export class TowerStartup {
  constructor(
    private readonly calendar: ChimeCalendar,
    private readonly time: TimeSource,
    private readonly hammers: HammerBus,
  ) {}

  async run(bells: Bell[], year = new Date().getFullYear()): Promise<TowerState> {
    const [silentPeriods, offsetMs] = await Promise.all([
      this.calendar.loadSilentPeriods(year),
      this.time.offsetMs(),
    ]);

    if (Math.abs(offsetMs) > MAX_OFFSET_MS) {
      throw new Error(`tower clock is ${offsetMs}ms off reference time; refusing to chime`);
    }

    const healthyBells: string[] = [];
    const disabledBells: string[] = [];
    // self-tests swing real hammers; running them together would ring a cluster
    for (const bell of bells) {
      const result = await this.hammers.selfTest(bell.hammerId);
      if (result.ok && result.strokeMs <= MAX_STROKE_MS) {
        healthyBells.push(bell.name);
      } else {
        await this.hammers.disable(bell.hammerId);
        disabledBells.push(bell.name);
      }
    }

    if (healthyBells.length === 0) {
      throw new Error('no bell passed its hammer self-test');
    }

    return { offsetMs, silentPeriods: silentPeriods.length, healthyBells, disabledBells };
  }
}

export function describeState(state: TowerState): string {
  const parts = [
    `clock offset ${state.offsetMs}ms`,
    `${state.silentPeriods} silent periods loaded`,
    `bells ready: ${state.healthyBells.join(', ')}`,
  ];
  if (state.disabledBells.length > 0) {
    parts.push(`disabled: ${state.disabledBells.join(', ')}`);
  }
  return parts.join('; ');
}
