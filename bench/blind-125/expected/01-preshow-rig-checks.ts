// expect: no-uncalled-async-function
// preshowCheck puts this.checkLoftBlocks into Promise.all without calling it, so the loft-block inspection never runs and the function reference is counted as a passed check.
export interface RigInspectionApi {
  brakeHoldTest(lineSetId: string): Promise<boolean>;
  arborLockState(lineSetId: string): Promise<'locked' | 'unlocked'>;
  loftBlockWear(blockId: string): Promise<number>;
}

export interface RigSection {
  lineSets: string[];
  loftBlocks: string[];
}

export interface CheckFailure {
  item: string;
  problem: string;
}

const MAX_SHEAVE_WEAR_MM = 1.5;

export class PreshowInspector {
  private readonly failures: CheckFailure[] = [];

  constructor(private readonly api: RigInspectionApi, private readonly section: RigSection) {}

  private async checkBrakes(): Promise<void> {
    for (const id of this.section.lineSets) {
      if (!(await this.api.brakeHoldTest(id))) {
        this.failures.push({ item: id, problem: 'brake slipped under test load' });
      }
    }
  }

  private async checkArborLocks(): Promise<void> {
    const states = await Promise.all(this.section.lineSets.map((id) => this.api.arborLockState(id)));
    states.forEach((state, i) => {
      if (state !== 'locked') {
        this.failures.push({ item: this.section.lineSets[i], problem: 'rope lock left open' });
      }
    });
  }

  private async checkLoftBlocks(): Promise<void> {
    for (const block of this.section.loftBlocks) {
      const wear = await this.api.loftBlockWear(block);
      if (wear > MAX_SHEAVE_WEAR_MM) {
        this.failures.push({ item: block, problem: `sheave groove worn ${wear.toFixed(1)} mm` });
      }
    }
  }

  async preshowCheck(): Promise<{ passed: boolean; failures: CheckFailure[] }> {
    this.failures.length = 0;
    await Promise.all([this.checkBrakes(), this.checkArborLocks(), this.checkLoftBlocks]);
    return { passed: this.failures.length === 0, failures: [...this.failures] };
  }

  static format(result: { passed: boolean; failures: CheckFailure[] }): string {
    if (result.passed) return 'Rig checked: clear to open house.';
    return ['RIG NOT CLEAR:', ...result.failures.map((f) => `  ${f.item}: ${f.problem}`)].join('\n');
  }
}
