// expect: no-floating-promises
// The 'overheat' listener is an async function whose promise EventEmitter ignores, so a failure to close the steam valve becomes an unhandled rejection instead of reaching the escalation path.
import { EventEmitter } from 'node:events';

export interface VatReading {
  vatId: string;
  celsius: number;
  levelPct: number;
  agitatorRpm: number;
}

export interface ValveBank {
  closeSteam(vatId: string): Promise<void>;
  openDilutionWater(vatId: string, litres: number): Promise<void>;
}

export interface ShiftPager {
  page(role: 'operator' | 'foreman', message: string): Promise<void>;
}

export interface AlarmLimits {
  maxCelsius: number;
  highLevelPct: number;
  minAgitatorRpm: number;
}

export class VatAlarmHandler {
  private readonly active = new Set<string>();

  constructor(
    private readonly valves: ValveBank,
    private readonly pager: ShiftPager,
    private readonly limits: AlarmLimits = { maxCelsius: 68, highLevelPct: 92, minAgitatorRpm: 40 },
  ) {}

  classify(r: VatReading): Array<'overheat' | 'high-level' | 'agitator-stall'> {
    const alarms: Array<'overheat' | 'high-level' | 'agitator-stall'> = [];
    if (r.celsius > this.limits.maxCelsius) alarms.push('overheat');
    if (r.levelPct > this.limits.highLevelPct) alarms.push('high-level');
    if (r.agitatorRpm < this.limits.minAgitatorRpm) alarms.push('agitator-stall');
    return alarms;
  }

  attach(bus: EventEmitter): void {
    bus.on('reading', (r: VatReading) => {
      for (const alarm of this.classify(r)) {
        const key = `${r.vatId}:${alarm}`;
        if (this.active.has(key)) continue;
        this.active.add(key);
        bus.emit(alarm, r);
      }
    });

    bus.on('overheat', async (r: VatReading) => {
      await this.valves.closeSteam(r.vatId);
      await this.pager.page('operator', `vat ${r.vatId} at ${r.celsius.toFixed(1)}°C, steam closed`);
    });

    bus.on('clear', (vatId: string) => {
      for (const key of [...this.active]) {
        if (key.startsWith(`${vatId}:`)) this.active.delete(key);
      }
    });
  }

  async handleHighLevel(r: VatReading): Promise<void> {
    await this.pager.page('foreman', `vat ${r.vatId} level ${r.levelPct}% — stop stock pump`);
  }
}
