// expect: no-promise-as-value
// The display label interpolates sensor.bowlTemperature(...) without await, so operators see "[object Promise]°C" instead of the bowl temperature.
export type Chocolate = 'dark' | 'milk' | 'white' | 'ruby';
export type Phase = 'melt' | 'cool' | 'work' | 'hold';

export interface Wheel {
  id: string;
  name: string;
  chocolate: Chocolate;
  capacityKg: number;
}

interface WheelSensor {
  bowlTemperature(wheelId: string): Promise<number>;
  viscosityIndex(wheelId: string): Promise<number>;
}

declare const sensor: WheelSensor;

declare const display: {
  show(wheelId: string, line: string, colour: 'white' | 'amber' | 'red'): Promise<void>;
};

declare const phases: {
  current(wheelId: string): Promise<Phase>;
  since(wheelId: string): Promise<Date>;
};

const TARGET_C: Record<Chocolate, Record<Phase, number>> = {
  dark: { melt: 50, cool: 27, work: 31.5, hold: 31 },
  milk: { melt: 45, cool: 26, work: 29.5, hold: 29 },
  white: { melt: 42, cool: 25, work: 28, hold: 27.5 },
  ruby: { melt: 42, cool: 26, work: 29.5, hold: 29 },
};

function minutesSince(date: Date): number {
  return Math.floor((Date.now() - date.getTime()) / 60_000);
}

export class WheelPanel {
  private readonly lastLines = new Map<string, string>();

  constructor(private readonly viscosityAlarm = 1.35) {}

  async refresh(wheel: Wheel): Promise<string> {
    const [phase, since, viscosity] = await Promise.all([
      phases.current(wheel.id),
      phases.since(wheel.id),
      sensor.viscosityIndex(wheel.id),
    ]);
    const target = TARGET_C[wheel.chocolate][phase];
    const elapsed = minutesSince(since);

    const line = `${wheel.name} · ${phase} ${elapsed}m · bowl ${sensor.bowlTemperature(wheel.id)}°C → ${target}°C`;
    const colour = viscosity > this.viscosityAlarm ? 'red' : phase === 'work' ? 'white' : 'amber';

    if (this.lastLines.get(wheel.id) !== line) {
      await display.show(wheel.id, line, colour);
      this.lastLines.set(wheel.id, line);
    }
    return line;
  }

  async refreshAll(wheels: Wheel[]): Promise<number> {
    let updated = 0;
    for (const wheel of wheels.sort((a, b) => b.capacityKg - a.capacityKg)) {
      const before = this.lastLines.get(wheel.id);
      const after = await this.refresh(wheel);
      if (before !== after) updated++;
    }
    return updated;
  }

  forget(wheelId: string): void {
    this.lastLines.delete(wheelId);
  }
}
