// expect: none
// The in-flight check tests whether a Promise|undefined slot is occupied (not its value), and every value used in text or JSON is awaited first.
export interface Cylinder {
  serial: string;
  volumeLitres: number;
  workingBar: number;
  hydroTestDue: string;
  visualDue: string;
}

export interface FillRecord {
  serial: string;
  gas: "air" | "EAN32" | "EAN36";
  startBar: number;
  endBar: number;
  o2Pct: number;
  filledBy: string;
  at: string;
}

declare const cylinderRegistry: {
  lookup(serial: string): Promise<Cylinder>;
};
declare const analyser: {
  oxygenPct(): Promise<number>;
};
declare const fillStation: {
  fill(serial: string, targetBar: number): Promise<{ startBar: number; endBar: number }>;
};
declare const fillLog: {
  post(body: string): Promise<void>;
};

const GAS_O2: Record<FillRecord["gas"], number> = { air: 20.9, EAN32: 32, EAN36: 36 };
const O2_TOLERANCE = 1;

export class FillDesk {
  private readonly inflight = new Map<string, Promise<FillRecord>>();

  constructor(private readonly operator: string) {}

  fill(serial: string, gas: FillRecord["gas"]): Promise<FillRecord> {
    const existing = this.inflight.get(serial);
    if (existing) return existing;

    const job = this.doFill(serial, gas).finally(() => this.inflight.delete(serial));
    this.inflight.set(serial, job);
    return job;
  }

  private async doFill(serial: string, gas: FillRecord["gas"]): Promise<FillRecord> {
    const cylinder = await cylinderRegistry.lookup(serial);
    const today = new Date().toISOString().slice(0, 10);
    if (cylinder.hydroTestDue < today) {
      throw new Error(`${serial}: hydrostatic test expired ${cylinder.hydroTestDue}`);
    }
    if (cylinder.visualDue < today) {
      throw new Error(`${serial}: visual inspection expired ${cylinder.visualDue}`);
    }

    const o2 = await analyser.oxygenPct();
    if (Math.abs(o2 - GAS_O2[gas]) > O2_TOLERANCE) {
      throw new Error(`analyser reads ${o2}% O2, expected ${GAS_O2[gas]}% for ${gas}`);
    }

    const { startBar, endBar } = await fillStation.fill(serial, cylinder.workingBar);
    const record: FillRecord = {
      serial,
      gas,
      startBar,
      endBar,
      o2Pct: o2,
      filledBy: this.operator,
      at: new Date().toISOString(),
    };
    await fillLog.post(JSON.stringify(record));
    return record;
  }

  async label(serial: string, gas: FillRecord["gas"]): Promise<string> {
    const record = await this.fill(serial, gas);
    const cylinder = await cylinderRegistry.lookup(serial);
    const litres = Math.round(cylinder.volumeLitres * record.endBar);
    return `${record.gas} ${record.o2Pct.toFixed(1)}% O2 — ${record.endBar} bar (${litres} L) — ${record.filledBy}`;
  }

  busy(serial: string): boolean {
    return this.inflight.has(serial);
  }
}
