// expect: no-uncalled-async-function
// afterSettle() returns this.refillFromMelter instead of this.refillFromMelter() on the low-level branch, so cycle() awaits a function and the vat is never refilled.
import { setTimeout as delay } from "node:timers/promises";

export interface VatReading {
  levelMm: number;
  temperatureC: number;
}

export interface WaxVat {
  id: string;
  read(): Promise<VatReading>;
  skim(): Promise<void>;
  setHeater(targetC: number): Promise<void>;
}

interface Melter {
  pour(vatId: string, liters: number): Promise<void>;
  availableLiters(): Promise<number>;
}

declare const dipLog: {
  record(vatId: string, event: string): Promise<void>;
};

const MIN_DIP_DEPTH_MM = 220;
const DIP_SETTLE_MS = 1500;
const POUR_LITERS = 12;
const DIP_TEMP_C = 71;

export class DippingLineScheduler {
  private cycles = 0;

  constructor(
    private readonly vat: WaxVat,
    private readonly melter: Melter,
  ) {}

  private readonly refillFromMelter = async (): Promise<void> => {
    const available = await this.melter.availableLiters();
    if (available < POUR_LITERS) {
      await dipLog.record(this.vat.id, `melter low (${available}L), refill skipped`);
      return;
    }
    await this.melter.pour(this.vat.id, POUR_LITERS);
    await dipLog.record(this.vat.id, `refilled ${POUR_LITERS}L`);
  };

  private async afterSettle(reading: VatReading) {
    await delay(DIP_SETTLE_MS);
    if (reading.levelMm < MIN_DIP_DEPTH_MM) {
      return this.refillFromMelter;
    }
    return this.vat.skim();
  }

  async cycle(): Promise<VatReading> {
    const reading = await this.vat.read();
    if (Math.abs(reading.temperatureC - DIP_TEMP_C) > 2) {
      await this.vat.setHeater(DIP_TEMP_C);
    }
    await this.afterSettle(reading);
    this.cycles += 1;
    return this.vat.read();
  }

  async runShift(cycles: number): Promise<number> {
    for (let i = 0; i < cycles; i++) {
      const after = await this.cycle();
      if (after.levelMm < MIN_DIP_DEPTH_MM / 2) {
        await dipLog.record(this.vat.id, `halting shift: level ${after.levelMm}mm`);
        break;
      }
    }
    return this.cycles;
  }
}
