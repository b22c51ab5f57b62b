// expect: no-uncalled-async-function
// refresh()'s no-exceedance branch returns this.clearAlerts (the method) instead of calling it, so stale alerts are never cleared.
export type Gas = 'SO2' | 'H2S' | 'CO2';

export interface SnifferReading {
  snifferId: string;
  vent: string;
  gas: Gas;
  ppm: number;
  at: number;
}

export interface Exceedance extends SnifferReading {
  limitPpm: number;
  level: 'advisory' | 'warning';
}

declare const snifferNet: {
  latest(sinceMs: number): Promise<SnifferReading[]>;
};

declare const alertBoard: {
  raise(vent: string, exceedances: Exceedance[]): Promise<void>;
  clear(vent: string): Promise<void>;
  active(): Promise<string[]>;
};

declare const observatoryLog: {
  info(msg: string, extra?: Record<string, unknown>): void;
};

const LIMITS_PPM: Record<Gas, { advisory: number; warning: number }> = {
  SO2: { advisory: 2, warning: 5 },
  H2S: { advisory: 5, warning: 10 },
  CO2: { advisory: 5_000, warning: 15_000 },
};

function classify(r: SnifferReading): Exceedance | undefined {
  const limits = LIMITS_PPM[r.gas];
  if (r.ppm >= limits.warning) return { ...r, limitPpm: limits.warning, level: 'warning' };
  if (r.ppm >= limits.advisory) return { ...r, limitPpm: limits.advisory, level: 'advisory' };
  return undefined;
}

function groupByVent(list: Exceedance[]): Map<string, Exceedance[]> {
  const byVent = new Map<string, Exceedance[]>();
  for (const e of list) byVent.set(e.vent, [...(byVent.get(e.vent) ?? []), e]);
  return byVent;
}

export class GasAlertController {
  private lastPollAt = Date.now() - 5 * 60_000;

  private async exceedances(): Promise<Exceedance[]> {
    const readings = await snifferNet.latest(this.lastPollAt);
    this.lastPollAt = Date.now();
    return readings.map(classify).filter((e): e is Exceedance => e !== undefined);
  }

  private async raiseAlerts(list: Exceedance[]): Promise<void> {
    const byVent = groupByVent(list);
    for (const [vent, items] of byVent) {
      await alertBoard.raise(vent, items);
      observatoryLog.info('gas alert raised', { vent, gases: items.map((i) => i.gas) });
    }
    // Vents that have gone quiet since the last poll are stood down.
    const active = await alertBoard.active();
    for (const vent of active) {
      if (!byVent.has(vent)) await alertBoard.clear(vent);
    }
  }

  private async clearAlerts(): Promise<void> {
    const active = await alertBoard.active();
    for (const vent of active) await alertBoard.clear(vent);
    if (active.length > 0) observatoryLog.info('all vents quiet, alerts cleared', { vents: active });
  }

  async refresh() {
    const list = await this.exceedances();
    if (list.length > 0) return this.raiseAlerts(list);
    return this.clearAlerts;
  }

  async summary(): Promise<string> {
    const list = await this.exceedances();
    const warnings = list.filter((e) => e.level === 'warning').length;
    return `${list.length} exceedances (${warnings} warnings) across ${groupByVent(list).size} vents`;
  }
}
