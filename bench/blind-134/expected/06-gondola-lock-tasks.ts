// expect: none
// The task list holds method references on purpose and the runner invokes each one with the gondola id and awaits the promise it returns, so every check really runs.
export interface GondolaBus {
  latchSensor(gondola: number): Promise<boolean>;
  pinSensor(gondola: number): Promise<boolean>;
  doorInterlockRelay(gondola: number): Promise<'energised' | 'dropped'>;
  log(gondola: number, message: string): Promise<void>;
}

type LockCheck = (gondola: number) => Promise<string | null>;

export interface CheckOutcome {
  gondola: number;
  passed: boolean;
  problems: string[];
}

export class GondolaLockChecklist {
  constructor(private readonly bus: GondolaBus) {}

  private async latch(gondola: number): Promise<string | null> {
    return (await this.bus.latchSensor(gondola)) ? null : 'door latch not closed';
  }

  private async pin(gondola: number): Promise<string | null> {
    return (await this.bus.pinSensor(gondola)) ? null : 'locking pin not engaged';
  }

  private async relay(gondola: number): Promise<string | null> {
    const state = await this.bus.doorInterlockRelay(gondola);
    return state === 'dropped' ? null : 'door interlock relay still energised';
  }

  private readonly checks: readonly LockCheck[] = [this.latch, this.pin, this.relay];

  async run(gondola: number): Promise<CheckOutcome> {
    const problems: string[] = [];
    // The relay must only be sampled after the mechanical checks have settled.
    for (const check of this.checks) {
      const problem = await check.call(this, gondola);
      if (problem) problems.push(problem);
    }
    if (problems.length > 0) {
      await this.bus.log(gondola, `lock checklist failed: ${problems.join('; ')}`);
    }
    return { gondola, passed: problems.length === 0, problems };
  }

  async runAll(gondolas: readonly number[]): Promise<CheckOutcome[]> {
    return Promise.all(gondolas.map((g) => this.run(g)));
  }
}

export function dispatchAllowed(outcomes: readonly CheckOutcome[]): boolean {
  return outcomes.every((o) => o.passed);
}

export function failedSummary(outcomes: readonly CheckOutcome[]): string {
  const failed = outcomes.filter((o) => !o.passed);
  if (failed.length === 0) return 'all gondolas locked';
  return failed.map((o) => `#${o.gondola}: ${o.problems.join(', ')}`).join(' | ');
}
