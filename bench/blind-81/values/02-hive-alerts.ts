// expect: none
// The only promise tested for truthiness is the optional in-flight field used for de-duplication; every weight is awaited before it is compared or formatted.
export interface HiveReading {
  hiveId: string;
  grams: number;
  at: number;
}

export interface SwarmAlert {
  hiveId: string;
  dropGrams: number;
  message: string;
}

declare const scaleGateway: {
  latest(hiveId: string): Promise<HiveReading>;
  history(hiveId: string, sinceMs: number): Promise<HiveReading[]>;
};
declare const sms: {
  send(to: string, body: string): Promise<void>;
};

const SWARM_DROP_GRAMS = 1_500;
const SWARM_WINDOW_MS = 20 * 60_000;

export class HiveAlerts {
  private inflight?: Promise<SwarmAlert[]>;
  private readonly lastAlerted = new Map<string, number>();

  constructor(private readonly hiveIds: string[], private readonly keeperPhone: string) {}

  check(): Promise<SwarmAlert[]> {
    if (!this.inflight) {
      this.inflight = this.runCheck().finally(() => {
        this.inflight = undefined;
      });
    }
    return this.inflight;
  }

  private async detectSwarm(hiveId: string, now: number): Promise<SwarmAlert | null> {
    const [latest, history] = await Promise.all([
      scaleGateway.latest(hiveId),
      scaleGateway.history(hiveId, now - SWARM_WINDOW_MS),
    ]);
    if (history.length === 0) return null;
    const peak = history.reduce((max, r) => (r.grams > max.grams ? r : max));
    const dropGrams = peak.grams - latest.grams;
    if (dropGrams < SWARM_DROP_GRAMS) return null;
    const minutes = Math.round((latest.at - peak.at) / 60_000);
    return {
      hiveId,
      dropGrams,
      message: `Hive ${hiveId} lost ${(dropGrams / 1000).toFixed(1)} kg in ${minutes} min - possible swarm`,
    };
  }

  private async runCheck(): Promise<SwarmAlert[]> {
    const now = Date.now();
    const results = await Promise.all(this.hiveIds.map((hiveId) => this.detectSwarm(hiveId, now)));
    const alerts = results.filter((alert): alert is SwarmAlert => alert !== null);

    const fresh = alerts.filter((alert) => {
      const previous = this.lastAlerted.get(alert.hiveId);
      return previous === undefined || now - previous > SWARM_WINDOW_MS;
    });
    for (const alert of fresh) this.lastAlerted.set(alert.hiveId, now);

    if (fresh.length > 0) {
      await sms.send(this.keeperPhone, fresh.map((alert) => alert.message).join('\n'));
    }
    return fresh;
  }

  async heaviest(): Promise<string> {
    const readings = await Promise.all(this.hiveIds.map((hiveId) => scaleGateway.latest(hiveId)));
    const top = readings.reduce((best, r) => (r.grams > best.grams ? r : best));
    return `${top.hiveId} at ${(top.grams / 1000).toFixed(2)} kg`;
  }
}
