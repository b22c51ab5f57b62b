// expect: none
// The position is awaited before it goes into the status line, and the pending-throw check only tests whether a promise is stored.
export type Position = 'normal' | 'reverse' | 'moving' | 'unknown';

export interface SwitchMotor {
  switchId: string;
  readPosition(): Promise<Position>;
  throwTo(target: 'normal' | 'reverse'): Promise<Position>;
}

declare const depotBoard: { show(line: string): void };
declare const depotAudit: { record(event: Record<string, string | number>): Promise<void> };

export class SwitchPanel {
  private readonly pendingThrows = new Map<string, Promise<Position>>();

  constructor(private readonly motors: Map<string, SwitchMotor>) {}

  private motor(switchId: string): SwitchMotor {
    const motor = this.motors.get(switchId);
    if (!motor) throw new Error(`Unknown switch ${switchId}`);
    return motor;
  }

  async statusLine(switchId: string): Promise<string> {
    const motor = this.motor(switchId);
    const position = await motor.readPosition();
    const busy = this.pendingThrows.get(switchId) ? ' (throw in progress)' : '';
    return `${switchId}: ${position}${busy}`;
  }

  async throwSwitch(switchId: string, target: 'normal' | 'reverse', operator: string): Promise<Position> {
    if (this.pendingThrows.get(switchId)) {
      throw new Error(`Switch ${switchId} is already moving; wait for it to lock`);
    }

    const motor = this.motor(switchId);
    const attempt = motor.throwTo(target).finally(() => this.pendingThrows.delete(switchId));
    this.pendingThrows.set(switchId, attempt);

    const result = await attempt;
    await depotAudit.record({ switchId, target, result, operator, at: Date.now() });
    depotBoard.show(`${switchId} → ${result} by ${operator}`);
    if (result !== target) {
      throw new Error(`Switch ${switchId} ended in ${result}, expected ${target}`);
    }
    return result;
  }

  async refreshBoard(): Promise<string[]> {
    const lines = await Promise.all([...this.motors.keys()].sort().map((id) => this.statusLine(id)));
    for (const line of lines) depotBoard.show(line);
    return lines;
  }

  hasPendingThrows(): boolean {
    return this.pendingThrows.size > 0;
  }
}

export async function throwRoute(panel: SwitchPanel, route: Array<[string, 'normal' | 'reverse']>, operator: string) {
  const results: Array<[string, Position]> = [];
  for (const [switchId, target] of route) {
    results.push([switchId, await panel.throwSwitch(switchId, target, operator)]);
  }
  return results;
}
