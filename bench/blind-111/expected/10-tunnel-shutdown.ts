// expect: no-uncalled-async-function
// this.parkFan is passed to Promise.allSettled without being called, so it "fulfils" immediately with the function itself and the fan is never parked although the shutdown reports success.
export interface TunnelHardware {
  setFanRpm(rpm: number): Promise<void>;
  engageFanBrake(): Promise<void>;
  closeIntakeLouvres(): Promise<void>;
  ventPlenum(targetKpa: number): Promise<number>;
  stopSmokeGenerator(): Promise<void>;
  powerDownLasers(): Promise<void>;
}

export interface ShutdownReport {
  completedAt: string;
  ok: boolean;
  failures: string[];
}

export class TunnelShutdown {
  private running = true;

  constructor(
    private readonly hw: TunnelHardware,
    private readonly log: (line: string) => void,
  ) {}

  private async parkFan(): Promise<void> {
    await this.hw.setFanRpm(0);
    await this.hw.engageFanBrake();
    this.log('fan parked with brake engaged');
  }

  private async ventToAmbient(): Promise<void> {
    const kpa = await this.hw.ventPlenum(101.3);
    this.log(`plenum vented to ${kpa.toFixed(1)} kPa`);
  }

  private async secureFlowVisualisation(): Promise<void> {
    await this.hw.stopSmokeGenerator();
    await this.hw.powerDownLasers();
    this.log('smoke and PIV lasers off');
  }

  async shutdown(): Promise<ShutdownReport> {
    if (!this.running) {
      return { completedAt: new Date().toISOString(), ok: true, failures: [] };
    }

    const steps = ['flow visualisation', 'fan', 'plenum'];
    const results = await Promise.allSettled([
      this.secureFlowVisualisation(),
      this.parkFan,
      this.ventToAmbient(),
    ]);

    const failures: string[] = [];
    results.forEach((result, i) => {
      if (result.status === 'rejected') {
        const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
        failures.push(`${steps[i]}: ${reason}`);
      }
    });

    if (failures.length === 0) {
      await this.hw.closeIntakeLouvres();
      this.running = false;
    }
    return { completedAt: new Date().toISOString(), ok: failures.length === 0, failures };
  }
}
