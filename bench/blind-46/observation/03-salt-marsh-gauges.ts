// expect: no-floating-promises
// syncTideGauges uses gauges.forEach(async ...), so uploads run unawaited and the sync is reported complete before any finish.
import { EventEmitter } from 'node:events';

export interface GaugeSample {
  gaugeId: string;
  stageM: number;
  salinityPsu: number;
  waterTempC: number;
  recordedAt: string;
}

export interface GaugeSite {
  gaugeId: string;
  creek: string;
  datumOffsetM: number;
  lastSyncedAt: string | null;
}

declare const loggerModem: {
  download(gaugeId: string, since: string | null): Promise<GaugeSample[]>;
};

declare const estuaryArchive: {
  upsertSamples(samples: GaugeSample[]): Promise<number>;
  markSynced(gaugeId: string, at: string): Promise<void>;
};

function toNavd88(sample: GaugeSample, site: GaugeSite): GaugeSample {
  return { ...sample, stageM: Number((sample.stageM + site.datumOffsetM).toFixed(3)) };
}

function plausible(sample: GaugeSample): boolean {
  return (
    sample.stageM > -3 &&
    sample.stageM < 5 &&
    sample.salinityPsu >= 0 &&
    sample.salinityPsu <= 45 &&
    sample.waterTempC > -2 &&
    sample.waterTempC < 40
  );
}

export interface SyncReport {
  startedAt: string;
  gauges: number;
  finishedAt: string;
}

export class MarshTelemetry extends EventEmitter {
  private readonly rejectedCounts = new Map<string, number>();

  constructor(private readonly sites: GaugeSite[]) {
    super();
  }

  private async syncOne(site: GaugeSite): Promise<number> {
    const raw = await loggerModem.download(site.gaugeId, site.lastSyncedAt);
    const good = raw.filter(plausible).map((s) => toNavd88(s, site));
    this.rejectedCounts.set(site.gaugeId, raw.length - good.length);
    if (good.length === 0) return 0;
    const stored = await estuaryArchive.upsertSamples(good);
    const newest = good.reduce((max, s) => (s.recordedAt > max ? s.recordedAt : max), good[0].recordedAt);
    await estuaryArchive.markSynced(site.gaugeId, newest);
    site.lastSyncedAt = newest;
    return stored;
  }

  syncTideGauges(): SyncReport {
    const startedAt = new Date().toISOString();
    this.sites.forEach(async (site) => {
      const stored = await this.syncOne(site);
      this.emit('gauge-synced', site.gaugeId, stored);
    });
    const report = { startedAt, gauges: this.sites.length, finishedAt: new Date().toISOString() };
    this.emit('sync-complete', report);
    return report;
  }

  rejectedSamples(): Record<string, number> {
    return Object.fromEntries(this.rejectedCounts);
  }

  stalest(): GaugeSite | undefined {
    return [...this.sites].sort((a, b) => (a.lastSyncedAt ?? '').localeCompare(b.lastSyncedAt ?? ''))[0];
  }
}
