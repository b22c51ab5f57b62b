// expect: none
// Every Promise.allSettled entry is inspected: fulfilled readings are evaluated and rejected ones are collected with their reason and reported as offline sensors.
export interface VaultSensor {
  id: string;
  vaultId: string;
  read(): Promise<{ rh: number; celsius: number }>;
}

export interface ConservatorPager {
  page(vaultId: string, message: string): Promise<void>;
}

export interface SweepReport {
  healthy: string[];
  outOfBand: Array<{ sensorId: string; rh: number }>;
  offline: Array<{ sensorId: string; reason: string }>;
}

export class VaultSensorSweep {
  constructor(
    private readonly sensors: VaultSensor[],
    private readonly pager: ConservatorPager,
    private readonly band = { minRh: 45, maxRh: 55 },
  ) {}

  async sweep(): Promise<SweepReport> {
    const outcomes = await Promise.allSettled(this.sensors.map((s) => s.read()));
    const report: SweepReport = { healthy: [], outOfBand: [], offline: [] };

    outcomes.forEach((outcome, i) => {
      const sensor = this.sensors[i];
      if (outcome.status === 'rejected') {
        const reason = outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason);
        report.offline.push({ sensorId: sensor.id, reason });
        return;
      }
      const { rh } = outcome.value;
      if (rh < this.band.minRh || rh > this.band.maxRh) {
        report.outOfBand.push({ sensorId: sensor.id, rh });
      } else {
        report.healthy.push(sensor.id);
      }
    });

    const vaultsToPage = new Map<string, string[]>();
    const note = (vaultId: string, line: string) => {
      vaultsToPage.set(vaultId, [...(vaultsToPage.get(vaultId) ?? []), line]);
    };
    for (const o of report.outOfBand) {
      note(this.vaultOf(o.sensorId), `${o.sensorId} at ${o.rh.toFixed(1)}% RH`);
    }
    for (const o of report.offline) {
      note(this.vaultOf(o.sensorId), `${o.sensorId} offline (${o.reason})`);
    }
    for (const [vaultId, lines] of vaultsToPage) {
      await this.pager.page(vaultId, lines.join('; '));
    }
    return report;
  }

  private vaultOf(sensorId: string): string {
    return this.sensors.find((s) => s.id === sensorId)?.vaultId ?? 'unknown';
  }
}
