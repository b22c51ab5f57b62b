// expect: no-uncalled-async-function
// startup() passes this.calibrateThermocouples to Promise.all without calling it, so the thermocouples are never calibrated and the kiln is marked ready anyway.
import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

export interface KilnBus {
  write(register: string, value: number): Promise<void>;
  read(register: string): Promise<number>;
}

export interface ThermocoupleSpec {
  channel: number;
  type: 'K' | 'S' | 'R';
  offsetC: number;
}

export class MosaicKiln extends EventEmitter {
  private ready = false;
  private elementsOhms: number[] = [];

  constructor(
    private readonly id: string,
    private readonly bus: KilnBus,
    private readonly thermocouples: ThermocoupleSpec[],
    private readonly elementCount = 4,
  ) {
    super();
  }

  private async checkElements(): Promise<void> {
    const ohms: number[] = [];
    for (let i = 0; i < this.elementCount; i++) {
      ohms.push(await this.bus.read(`ELEM${i}_OHMS`));
    }
    const bad = ohms.findIndex((r) => r < 8 || r > 16);
    if (bad !== -1) throw new Error(`kiln ${this.id}: element ${bad} reads ${ohms[bad]}Ω`);
    this.elementsOhms = ohms;
  }

  private async calibrateThermocouples(): Promise<void> {
    for (const tc of this.thermocouples) {
      await this.bus.write(`TC${tc.channel}_TYPE`, tc.type.charCodeAt(0));
      await this.bus.write(`TC${tc.channel}_OFFSET`, Math.round(tc.offsetC * 10));
    }
  }

  private async ventDamper(): Promise<void> {
    await this.bus.write('DAMPER', 1);
    await sleep(1500);
    const pos = await this.bus.read('DAMPER_POS');
    if (pos < 90) throw new Error(`kiln ${this.id}: damper stuck at ${pos}%`);
  }

  async startup(): Promise<void> {
    if (this.ready) return;
    await this.bus.write('MODE', 0);
    await Promise.all([this.checkElements(), this.calibrateThermocouples, this.ventDamper()]);
    await this.bus.write('MODE', 1);
    this.ready = true;
    this.emit('ready', { id: this.id, elementsOhms: this.elementsOhms });
  }

  get isReady(): boolean {
    return this.ready;
  }

  async shutdown(): Promise<void> {
    await this.bus.write('MODE', 0);
    await this.bus.write('DAMPER', 0);
    this.ready = false;
  }
}
