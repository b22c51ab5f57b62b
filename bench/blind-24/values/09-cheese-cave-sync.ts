// expect: no-promise-as-value
// Bug: sensors.relativeHumidity() is async and its promise is put straight into the JSON body, so the ledger receives "humidityPct": {}.
import { randomUUID } from "node:crypto";

export interface Wheel {
  wheelId: string;
  style: "alpine" | "clothbound-cheddar" | "washed-rind" | "tomme";
  madeOn: string;
  shelf: string;
  lastTurned: string;
}

declare const sensors: {
  temperatureC(caveId: string): Promise<number>;
  relativeHumidity(caveId: string): Promise<number>;
};

const LEDGER_URL = "https://ledger.example-creamery.internal/caves/batches";
const BATCH_SIZE = 50;

function ageInDays(madeOn: string, now: Date): number {
  return Math.floor((now.getTime() - Date.parse(madeOn)) / 86_400_000);
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export class CaveLedgerSync {
  constructor(
    private readonly caveId: string,
    private readonly apiToken: string,
  ) {}

  private async post(body: string): Promise<void> {
    const res = await fetch(LEDGER_URL, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${this.apiToken}`,
        "idempotency-key": randomUUID(),
      },
      body,
    });
    if (!res.ok) {
      throw new Error(`ledger rejected batch for ${this.caveId}: ${res.status} ${await res.text()}`);
    }
  }

  async pushInventory(wheels: Wheel[], now = new Date()): Promise<number> {
    const temperatureC = await sensors.temperatureC(this.caveId);
    let sent = 0;

    for (const batch of chunk(wheels, BATCH_SIZE)) {
      const payload = {
        caveId: this.caveId,
        recordedAt: now.toISOString(),
        conditions: {
          temperatureC,
          humidityPct: sensors.relativeHumidity(this.caveId),
        },
        wheels: batch.map((w) => ({
          id: w.wheelId,
          style: w.style,
          shelf: w.shelf,
          ageDays: ageInDays(w.madeOn, now),
          daysSinceTurned: ageInDays(w.lastTurned, now),
        })),
      };

      await this.post(JSON.stringify(payload));
      sent += batch.length;
    }

    return sent;
  }
}
