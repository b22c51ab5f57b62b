// expect: none
// The memoised `this.connected` promise is meant to be awaited many times (connect once); the retry helper receives a function and calls it afresh each attempt, so real work is redone on failure.
import { setTimeout as sleep } from 'node:timers/promises';

export interface PumpState {
  pumpId: string;
  rpm: number;
  brineDensity: number; // g/cm³, saturated brine ≈ 1.2
  pressureBar: number;
}

interface ModbusClient {
  connect(): Promise<void>;
  readHolding(unit: number, address: number, count: number): Promise<number[]>;
  writeRegister(unit: number, address: number, value: number): Promise<void>;
}

declare function modbusTcp(host: string): ModbusClient;

async function retry<T>(op: () => Promise<T>, tries = 3, delayMs = 500): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await op();
    } catch (err) {
      if (i >= tries) throw err;
      await sleep(delayMs * i);
    }
  }
}

/**
 * Solution-mining brine pumps on the well field. The PLC gateway only takes
 * one TCP session, so the connection is made once and shared.
 */
export class BrinePumpController {
  private readonly client: ModbusClient;
  private connected: Promise<void> | null = null;

  constructor(host: string, private readonly units: Record<string, number>) {
    this.client = modbusTcp(host);
  }

  private ensureConnected(): Promise<void> {
    if (!this.connected) {
      this.connected = this.client.connect().catch((err) => {
        this.connected = null; // let the next call try again
        throw err;
      });
    }
    return this.connected;
  }

  async read(pumpId: string): Promise<PumpState> {
    const unit = this.unitFor(pumpId);
    await this.ensureConnected();
    const [rpm, densityMilli, pressureCenti] = await retry(() => this.client.readHolding(unit, 100, 3));
    return { pumpId, rpm, brineDensity: densityMilli / 1000, pressureBar: pressureCenti / 100 };
  }

  async setSpeed(pumpId: string, rpm: number): Promise<void> {
    if (rpm < 0 || rpm > 3_600) throw new RangeError(`rpm ${rpm} out of range`);
    const unit = this.unitFor(pumpId);
    await this.ensureConnected();
    await retry(() => this.client.writeRegister(unit, 200, Math.round(rpm)));
  }

  async balanceField(targetDensity = 1.19): Promise<string[]> {
    await this.ensureConnected();
    const changed: string[] = [];
    for (const pumpId of Object.keys(this.units)) {
      const state = await this.read(pumpId);
      if (state.brineDensity < targetDensity && state.rpm > 800) {
        await this.setSpeed(pumpId, state.rpm - 200); // slower = longer dwell = denser brine
        changed.push(pumpId);
      }
    }
    return changed;
  }

  private unitFor(pumpId: string): number {
    const unit = this.units[pumpId];
    if (unit === undefined) throw new Error(`unknown pump ${pumpId}`);
    return unit;
  }
}
