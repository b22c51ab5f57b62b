// expect: none
// The cleaning step is picked as a method reference but then invoked with cleanStep.call(this, m) and awaited, and the retry helper takes a thunk and calls task() afresh on every attempt, so each await is on a new, real promise.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Movement {
  serial: string;
  calibre: string;
  condition: 'dirty' | 'gummed' | 'rusted';
}

export interface ServiceRecord {
  serial: string;
  steps: string[];
  oilQuoteCents: number;
}

export interface Ultrasonic {
  run(serial: string, programme: 'gentle' | 'deep', minutes: number): Promise<void>;
}

export interface Supplier {
  quoteOil(calibre: string): Promise<{ cents: number }>;
}

export class ServiceBench {
  constructor(
    private readonly tank: Ultrasonic,
    private readonly supplier: Supplier,
  ) {}

  async service(m: Movement): Promise<ServiceRecord> {
    const steps: string[] = [];

    await this.disassemble(m);
    steps.push('disassembled');

    const cleanStep = m.condition === 'dirty' ? this.gentleClean : this.deepClean;
    await cleanStep.call(this, m);
    steps.push(m.condition === 'dirty' ? 'gentle clean' : 'deep clean');

    const quote = await this.retry(() => this.supplier.quoteOil(m.calibre), 3);
    steps.push('oiled and reassembled');

    return { serial: m.serial, steps, oilQuoteCents: quote.cents };
  }

  private async disassemble(m: Movement): Promise<void> {
    if (m.condition === 'rusted') {
      // Penetrating oil needs time before screws can be backed out.
      await sleep(1000);
    }
  }

  private async gentleClean(m: Movement): Promise<void> {
    await this.tank.run(m.serial, 'gentle', 8);
  }

  private async deepClean(m: Movement): Promise<void> {
    await this.tank.run(m.serial, 'deep', 15);
    await this.tank.run(m.serial, 'gentle', 5); // rinse
  }

  private async retry<T>(task: () => Promise<T>, attempts: number): Promise<T> {
    for (let i = 1; ; i++) {
      try {
        return await task();
      } catch (err) {
        if (i >= attempts) throw err;
        await sleep(250 * i);
      }
    }
  }
}
