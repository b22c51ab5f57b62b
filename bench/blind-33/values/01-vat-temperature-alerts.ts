// expect: no-promise-as-value
// The pager text interpolates this.currentTemp(vat.id), an async method, so operators are told the vat is "now at [object Promise]°C".
export interface Vat {
  id: string;
  label: string;
  recipe: string;
  setpointC: number;
  liquorLitres: number;
}

export interface DeviationEvent {
  vatId: string;
  deltaC: number;
  sustainedSec: number;
  at: number;
}

declare const plc: {
  readRegisters(vatId: string, registers: number[]): Promise<number[]>;
  setHeaterDuty(vatId: string, pct: number): Promise<void>;
};

declare const pager: {
  send(alert: { team: string; severity: 'low' | 'medium' | 'high'; text: string }): Promise<void>;
};

declare const batchJournal: {
  note(vatId: string, text: string): Promise<void>;
};

const TEMP_REGISTERS = [4010, 4011, 4012];
const SUSTAINED_LIMIT_SEC = 120;

function average(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
}

export class VatSupervisor {
  private readonly vats = new Map<string, Vat>();
  private readonly lastAlertAt = new Map<string, number>();

  constructor(vats: Vat[], private readonly alertCooldownMs = 10 * 60_000) {
    for (const vat of vats) {
      this.vats.set(vat.id, vat);
    }
  }

  private async currentTemp(vatId: string): Promise<number> {
    const raw = await plc.readRegisters(vatId, TEMP_REGISTERS);
    return Math.round(average(raw)) / 10;
  }

  private inCooldown(vatId: string, now: number): boolean {
    const last = this.lastAlertAt.get(vatId);
    return last !== undefined && now - last < this.alertCooldownMs;
  }

  async onDeviation(ev: DeviationEvent): Promise<void> {
    const vat = this.vats.get(ev.vatId);
    if (!vat || ev.sustainedSec < SUSTAINED_LIMIT_SEC) {
      return;
    }

    const overshoot = ev.deltaC > 0;
    if (overshoot && ev.deltaC > 3) {
      await plc.setHeaterDuty(vat.id, 0);
      await batchJournal.note(vat.id, `Heater cut after +${ev.deltaC.toFixed(1)}°C overshoot`);
    }

    if (this.inCooldown(vat.id, ev.at)) {
      return;
    }
    this.lastAlertAt.set(vat.id, ev.at);

    await pager.send({
      team: 'dyehouse-shift',
      severity: Math.abs(ev.deltaC) > 5 ? 'high' : 'medium',
      text:
        `Vat ${vat.label} (${vat.recipe}) ${overshoot ? 'over' : 'under'} setpoint by ` +
        `${Math.abs(ev.deltaC).toFixed(1)}°C for ${Math.round(ev.sustainedSec / 60)} min; ` +
        `setpoint ${vat.setpointC}°C, now at ${this.currentTemp(vat.id)}°C`,
    });
  }
}
