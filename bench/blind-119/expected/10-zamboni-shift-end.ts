// expect: no-uncalled-async-function
// endShift writes `await this.drainSnowTank` without calling it, so the snow tank is never emptied before the machine is parked and logged as drained.
import { appendFile } from 'node:fs/promises';

export interface ResurfacerCan {
  raiseConditioner(): Promise<void>;
  openDumpGate(): Promise<void>;
  closeDumpGate(): Promise<void>;
  snowTankPercent(): Promise<number>;
  setWashWater(on: boolean): Promise<void>;
  driveTo(bay: string): Promise<void>;
  shutdown(): Promise<{ engineHours: number }>;
}

export interface ShiftSummary {
  driver: string;
  floods: number;
  engineHours: number;
  endedAt: string;
}

export class ShiftEnd {
  private floods = 0;

  constructor(
    private readonly can: ResurfacerCan,
    private readonly logbookPath: string,
    private readonly bay = 'pit-2',
  ) {}

  recordFlood(): void {
    this.floods++;
  }

  async endShift(driver: string): Promise<ShiftSummary> {
    await this.can.raiseConditioner();
    await this.can.setWashWater(false);
    await this.drainSnowTank;
    await this.can.driveTo(this.bay);
    const { engineHours } = await this.can.shutdown();

    const summary: ShiftSummary = {
      driver,
      floods: this.floods,
      engineHours,
      endedAt: new Date().toISOString(),
    };
    await appendFile(
      this.logbookPath,
      `${summary.endedAt}\t${driver}\tfloods=${summary.floods}\thours=${engineHours}\tsnow tank drained\n`,
    );
    this.floods = 0;
    return summary;
  }

  private async drainSnowTank(): Promise<void> {
    await this.can.openDumpGate();
    try {
      for (let i = 0; i < 30; i++) {
        if ((await this.can.snowTankPercent()) <= 2) return;
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
      throw new Error('snow tank did not empty within 30s, check the auger');
    } finally {
      await this.can.closeDumpGate();
    }
  }
}
