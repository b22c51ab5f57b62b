// expect: none
// The memoised connect promise is deliberately shared by every caller (and reset on failure); the position poll calls its probe factory afresh each time.
import { setTimeout as sleep } from "node:timers/promises";

export interface ArmPosition {
  x: number;
  y: number;
  z: number;
  settled: boolean;
}

export interface Bale {
  id: string;
  weightKg: number;
  lengthCm: number;
}

interface StackerLink {
  open(host: string): Promise<void>;
  position(): Promise<ArmPosition>;
  moveTo(target: { x: number; y: number; z: number }): Promise<void>;
  grip(close: boolean): Promise<void>;
}

declare function createStackerLink(): StackerLink;

async function waitUntil<T>(probe: () => Promise<T>, done: (value: T) => boolean, intervalMs: number, maxTries: number): Promise<T> {
  for (let i = 0; i < maxTries; i++) {
    const value = await probe();
    if (done(value)) return value;
    await sleep(intervalMs);
  }
  throw new Error(`condition not met after ${maxTries} tries`);
}

export class BaleStackerSession {
  private readonly link = createStackerLink();
  private ready: Promise<void> | undefined;
  private placed = 0;

  constructor(private readonly host: string, private readonly rowLength: number) {}

  private ensureConnected(): Promise<void> {
    this.ready ??= this.link.open(this.host).catch((err: unknown) => {
      this.ready = undefined;
      throw err;
    });
    return this.ready;
  }

  private slotFor(index: number, bale: Bale): { x: number; y: number; z: number } {
    const row = Math.floor(index / this.rowLength);
    const col = index % this.rowLength;
    return { x: col * bale.lengthCm, y: 0, z: row * 45 };
  }

  async stack(bale: Bale): Promise<ArmPosition> {
    await this.ensureConnected();
    if (bale.weightKg > 35) {
      throw new RangeError(`bale ${bale.id} is too heavy for the stacker (${bale.weightKg}kg)`);
    }
    await this.link.grip(true);
    await this.link.moveTo(this.slotFor(this.placed, bale));
    const position = await waitUntil(() => this.link.position(), (p) => p.settled, 100, 50);
    await this.link.grip(false);
    this.placed += 1;
    return position;
  }

  async stackAll(bales: Bale[]): Promise<number> {
    await this.ensureConnected();
    for (const bale of bales) {
      await this.stack(bale);
    }
    return this.placed;
  }
}
