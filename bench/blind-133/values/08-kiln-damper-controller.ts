// expect: none
// Each damper and thermocouple query is awaited before it is compared with ===, interpolated into the log line or included in the command payload, so no pending promise is used as a value.
export type DamperPosition = 'closed' | 'quarter' | 'half' | 'open';

export interface KilnHardware {
  damperPosition(kilnId: string): Promise<DamperPosition>;
  chamberCelsius(kilnId: string): Promise<number>;
  smokeDensity(kilnId: string): Promise<number>;
  setDamper(kilnId: string, command: { position: DamperPosition; reason: string }): Promise<void>;
}

export interface ControlDecision {
  kilnId: string;
  from: DamperPosition;
  to: DamperPosition;
  reason: string;
}

const ORDER: DamperPosition[] = ['closed', 'quarter', 'half', 'open'];

function step(position: DamperPosition, delta: 1 | -1): DamperPosition {
  const i = Math.min(ORDER.length - 1, Math.max(0, ORDER.indexOf(position) + delta));
  return ORDER[i]!;
}

export class DamperController {
  constructor(
    private readonly hw: KilnHardware,
    private readonly targetCelsius = 26,
    private readonly log: (line: string) => void = console.log,
  ) {}

  async regulate(kilnId: string): Promise<ControlDecision | undefined> {
    const current = await this.hw.damperPosition(kilnId);
    const celsius = await this.hw.chamberCelsius(kilnId);
    const density = await this.hw.smokeDensity(kilnId);
    this.log(`${kilnId}: damper ${current}, ${celsius.toFixed(1)}°C, density ${density.toFixed(2)}`);

    let to = current;
    let reason = 'within band';
    if (celsius > this.targetCelsius + 3) {
      to = step(current, 1);
      reason = `chamber ${celsius.toFixed(1)}°C above cold-smoke band`;
    } else if (density < 0.3 && current !== 'closed') {
      to = step(current, -1);
      reason = `smoke too thin (${density.toFixed(2)})`;
    }

    if (to === current) return undefined;
    await this.hw.setDamper(kilnId, { position: to, reason });

    if ((await this.hw.damperPosition(kilnId)) === to) {
      return { kilnId, from: current, to, reason };
    }
    throw new Error(`damper on ${kilnId} did not move from ${current} to ${to}`);
  }

  async regulateAll(kilnIds: string[]): Promise<ControlDecision[]> {
    const decisions: ControlDecision[] = [];
    for (const id of kilnIds) {
      const decision = await this.regulate(id);
      if (decision) decisions.push(decision);
    }
    return decisions;
  }
}
