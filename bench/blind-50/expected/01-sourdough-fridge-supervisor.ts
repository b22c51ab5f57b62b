// expect: no-uncalled-async-function
// tick() puts the method reference this.flushAlerts into Promise.all instead of calling it, so queued alerts are never sent.

export interface ProbeReading {
  fridgeId: string;
  tempC: number;
  humidity: number;
  at: number;
}

export interface StarterJar {
  jarId: string;
  fridgeId: string;
  culture: string;
  lastFedAt: number;
  feedEveryHours: number;
}

export interface TickSummary {
  probes: number;
  alertsQueued: number;
  feedsDue: string[];
  durationMs: number;
}

declare const bakeryApi: {
  readProbes(): Promise<ProbeReading[]>;
  listJars(): Promise<StarterJar[]>;
  sendAlert(text: string): Promise<void>;
  scheduleFeed(jarId: string, at: number): Promise<void>;
};

const SAFE_RANGE_C: [number, number] = [2, 7];

export class FridgeSupervisor {
  private latest = new Map<string, ProbeReading>();
  private alertQueue: string[] = [];
  private scheduled = new Set<string>();

  async tick(now = Date.now()): Promise<TickSummary> {
    const started = Date.now();
    const [, , feedsDue] = await Promise.all([
      this.refreshProbes(),
      this.flushAlerts,
      this.scheduleDueFeeds(now),
    ]);
    return {
      probes: this.latest.size,
      alertsQueued: this.alertQueue.length,
      feedsDue,
      durationMs: Date.now() - started,
    };
  }

  private async refreshProbes(): Promise<void> {
    const readings = await bakeryApi.readProbes();
    for (const reading of readings) {
      const previous = this.latest.get(reading.fridgeId);
      this.latest.set(reading.fridgeId, reading);
      const [lo, hi] = SAFE_RANGE_C;
      const outOfRange = reading.tempC < lo || reading.tempC > hi;
      const wasOutOfRange = previous !== undefined && (previous.tempC < lo || previous.tempC > hi);
      if (outOfRange && !wasOutOfRange) {
        this.alertQueue.push(`Fridge ${reading.fridgeId} at ${reading.tempC.toFixed(1)}°C`);
      }
    }
  }

  private async flushAlerts(): Promise<void> {
    while (this.alertQueue.length > 0) {
      const text = this.alertQueue[0];
      await bakeryApi.sendAlert(text);
      this.alertQueue.shift();
    }
  }

  private async scheduleDueFeeds(now: number): Promise<string[]> {
    const jars = await bakeryApi.listJars();
    const due: string[] = [];
    for (const jar of jars) {
      const dueAt = jar.lastFedAt + jar.feedEveryHours * 3_600_000;
      const key = `${jar.jarId}@${dueAt}`;
      if (dueAt - now > 3_600_000 || this.scheduled.has(key)) continue;
      await bakeryApi.scheduleFeed(jar.jarId, Math.max(dueAt, now));
      this.scheduled.add(key);
      due.push(jar.jarId);
    }
    return due;
  }
}
