// expect: no-reused-settled-promise
// waitForThawFront starts one depth read before the loop and re-awaits that already fulfilled promise on every poll, so it keeps inspecting the same stale reading until it gives up.
import { setTimeout as delay } from 'node:timers/promises';

export interface DepthReading {
  probeId: string;
  thawFrontCm: number;
  groundSurfaceC: number;
  at: Date;
}

export interface ProbeNetwork {
  readDepth(probeId: string): Promise<DepthReading>;
  setSampleRate(probeId: string, perHour: number): Promise<void>;
}

export interface ThawAlertSink {
  alert(probeId: string, message: string): Promise<void>;
}

export class ThawFrontWatcher {
  constructor(
    private readonly network: ProbeNetwork,
    private readonly alerts: ThawAlertSink,
    private readonly pollMs = 15 * 60 * 1000,
  ) {}

  async waitForThawFront(probeId: string, depthCm: number, maxPolls = 96): Promise<DepthReading> {
    const reading = this.network.readDepth(probeId);
    for (let poll = 0; poll < maxPolls; poll++) {
      const current = await reading;
      if (current.thawFrontCm >= depthCm) {
        return current;
      }
      await delay(this.pollMs);
    }
    throw new Error(`probe ${probeId}: thaw front did not reach ${depthCm}cm in ${maxPolls} polls`);
  }

  async guardPipelineFooting(probeId: string, footingDepthCm: number): Promise<DepthReading> {
    // Sample faster while we are watching a footing.
    await this.network.setSampleRate(probeId, 12);
    try {
      const reached = await this.waitForThawFront(probeId, footingDepthCm - 20);
      await this.alerts.alert(
        probeId,
        `thaw front at ${reached.thawFrontCm}cm, within 20cm of the ${footingDepthCm}cm pipeline footing`,
      );
      return reached;
    } finally {
      await this.network.setSampleRate(probeId, 1);
    }
  }

  static thawRateCmPerDay(a: DepthReading, b: DepthReading): number {
    const days = (b.at.getTime() - a.at.getTime()) / 86_400_000;
    if (days <= 0) return 0;
    return Math.round(((b.thawFrontCm - a.thawFrontCm) / days) * 10) / 10;
  }
}
