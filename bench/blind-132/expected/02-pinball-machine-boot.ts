// expect: none
// Every self-test in the Promise.all array is invoked, so the boot sequence really waits for the coil, switch-matrix and display checks.
export interface MachineBus {
  pulseCoil(coil: string, ms: number): Promise<boolean>;
  scanSwitches(): Promise<Array<{ id: string; stuck: boolean }>>;
  displayCheck(): Promise<{ deadPixels: number }>;
  setAttractMode(on: boolean): Promise<void>;
}

export interface BootReport {
  machine: string;
  failedCoils: string[];
  stuckSwitches: string[];
  deadPixels: number;
  playable: boolean;
}

const COILS = ['left-flipper', 'right-flipper', 'trough-eject', 'slingshot-left', 'slingshot-right', 'knocker'];

export class MachineBoot {
  private failedCoils: string[] = [];
  private stuckSwitches: string[] = [];
  private deadPixels = 0;

  constructor(private readonly bus: MachineBus, private readonly machine: string) {}

  private async testCoils(): Promise<void> {
    this.failedCoils = [];
    for (const coil of COILS) {
      if (!(await this.bus.pulseCoil(coil, 20))) this.failedCoils.push(coil);
    }
  }

  private async testSwitchMatrix(): Promise<void> {
    const switches = await this.bus.scanSwitches();
    this.stuckSwitches = switches.filter((s) => s.stuck).map((s) => s.id);
  }

  private async testDisplay(): Promise<void> {
    this.deadPixels = (await this.bus.displayCheck()).deadPixels;
  }

  async boot(): Promise<BootReport> {
    await Promise.all([this.testCoils(), this.testSwitchMatrix(), this.testDisplay()]);

    const flippersOk = !this.failedCoils.some((c) => c.endsWith('flipper'));
    const playable = flippersOk && !this.failedCoils.includes('trough-eject') && this.stuckSwitches.length < 3;
    if (playable) await this.bus.setAttractMode(true);

    return {
      machine: this.machine,
      failedCoils: [...this.failedCoils],
      stuckSwitches: [...this.stuckSwitches],
      deadPixels: this.deadPixels,
      playable,
    };
  }
}

export function bootBanner(report: BootReport): string {
  if (report.playable) {
    const notes = [...report.failedCoils, ...report.stuckSwitches];
    return `${report.machine}: ready${notes.length ? ` (check ${notes.join(', ')})` : ''}`;
  }
  return `${report.machine}: OUT OF ORDER`;
}
