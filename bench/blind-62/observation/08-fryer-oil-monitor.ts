// expect: no-floating-promises
// the 'reading' listener is async and EventEmitter drops the promise it returns, so a failed oil-change insert becomes an unhandled rejection
import { EventEmitter } from "node:events";

export interface OilReading {
  fryerId: string;
  tempC: number;
  totalPolarPct: number;
  at: Date;
}

export interface OilChangeTicket {
  fryerId: string;
  reason: string;
  openedAt: Date;
}

declare const kitchenDb: {
  insertReading(reading: OilReading): Promise<void>;
  openOilChange(ticket: OilChangeTicket): Promise<string>;
};
declare const expoScreen: {
  flash(station: string, message: string): void;
};

const TPM_DISCARD_PCT = 24;
const TPM_WARN_PCT = 20;
const MAX_TEMP_C = 190;

export class FryerMonitor extends EventEmitter {
  private readonly openTickets = new Set<string>();
  private readonly lastTpm = new Map<string, number>();

  constructor(private readonly station: string) {
    super();
    this.on("reading", async (reading: OilReading) => {
      this.lastTpm.set(reading.fryerId, reading.totalPolarPct);
      if (reading.totalPolarPct < TPM_DISCARD_PCT && reading.tempC <= MAX_TEMP_C) return;
      if (this.openTickets.has(reading.fryerId)) return;

      this.openTickets.add(reading.fryerId);
      const reason =
        reading.tempC > MAX_TEMP_C
          ? `oil at ${reading.tempC}C, above ${MAX_TEMP_C}C limit`
          : `TPM ${reading.totalPolarPct}% — discard oil`;
      const ticketId = await kitchenDb.openOilChange({
        fryerId: reading.fryerId,
        reason,
        openedAt: reading.at,
      });
      expoScreen.flash(this.station, `Fryer ${reading.fryerId}: ${reason} (ticket ${ticketId})`);
    });
  }

  ingest(raw: { fryer: string; t: number; tpm: number; ts: number }): void {
    const reading: OilReading = {
      fryerId: raw.fryer,
      tempC: raw.t,
      totalPolarPct: raw.tpm,
      at: new Date(raw.ts),
    };
    if (reading.totalPolarPct >= TPM_WARN_PCT && reading.totalPolarPct < TPM_DISCARD_PCT) {
      expoScreen.flash(this.station, `Fryer ${reading.fryerId}: oil ageing (${reading.totalPolarPct}% TPM)`);
    }
    this.emit("reading", reading);
  }

  oilChanged(fryerId: string): void {
    this.openTickets.delete(fryerId);
    this.lastTpm.set(fryerId, 0);
  }

  async persist(reading: OilReading): Promise<void> {
    await kitchenDb.insertReading(reading);
  }

  worstFryer(): string | undefined {
    let worst: string | undefined;
    let worstTpm = -1;
    for (const [id, tpm] of this.lastTpm) {
      if (tpm > worstTpm) {
        worst = id;
        worstTpm = tpm;
      }
    }
    return worst;
  }
}
