// expect: none
// Method references here go only to places that want functions (step list, retry factory, event listener); every promise-expecting site gets a call.
import { EventEmitter } from 'node:events';

export interface Contact {
  bearingDeg: number;
  rangeYds: number;
  classification: 'biologic' | 'surface' | 'submerged' | 'unknown';
  at: number;
}

export interface DrillReport {
  drillId: string;
  steps: string[];
  contacts: Contact[];
  pingRoundTripsMs: number[];
}

declare const transducer: {
  warmUp(): Promise<void>;
  ping(freqKhz: number): Promise<number>;
};
declare const shipClock: { sync(): Promise<number> };
declare const plotRoom: { record(drillId: string, contact: Contact): void };

declare function sleep(ms: number): Promise<void>;

async function withRetry<T>(label: string, attempt: () => Promise<T>, tries = 3): Promise<T> {
  let lastError: unknown;
  for (let i = 1; i <= tries; i++) {
    try {
      return await attempt();
    } catch (err) {
      lastError = err;
      if (i < tries) await sleep(250 * i);
    }
  }
  throw new Error(`${label} failed after ${tries} attempts`, { cause: lastError });
}

export class SonarDrill {
  private readonly contacts: Contact[] = [];
  private readonly roundTrips: number[] = [];
  private readonly completed: string[] = [];

  constructor(
    readonly drillId: string,
    private readonly hydrophone: EventEmitter,
  ) {}

  private readonly handleContact = (contact: Contact): void => {
    this.contacts.push(contact);
    plotRoom.record(this.drillId, contact);
  };

  private async activeSweep(): Promise<void> {
    for (const freq of [3.5, 7, 12]) {
      const rtt = await withRetry(`ping ${freq}kHz`, () => transducer.ping(freq));
      this.roundTrips.push(rtt);
    }
  }

  private async passiveListen(): Promise<void> {
    await sleep(30_000);
  }

  private async silentRunning(): Promise<void> {
    await sleep(10_000);
    if (this.contacts.some((c) => c.classification === 'submerged' && c.rangeYds < 2_000)) {
      throw new Error(`${this.drillId}: close submerged contact during silent running`);
    }
  }

  async run(): Promise<DrillReport> {
    await Promise.all([transducer.warmUp(), withRetry('clock sync', () => shipClock.sync())]);

    const steps: Array<[string, () => Promise<void>]> = [
      ['passive', () => this.passiveListen()],
      ['active', this.activeSweep.bind(this)],
      ['silent', () => this.silentRunning()],
    ];

    this.hydrophone.on('contact', this.handleContact);
    try {
      for (const [name, step] of steps) {
        await step();
        this.completed.push(name);
      }
    } finally {
      this.hydrophone.off('contact', this.handleContact);
    }

    return {
      drillId: this.drillId,
      steps: [...this.completed],
      contacts: [...this.contacts],
      pingRoundTripsMs: [...this.roundTrips],
    };
  }
}

export function summarizeDrill(report: DrillReport): string {
  const avg =
    report.pingRoundTripsMs.reduce((a, b) => a + b, 0) / Math.max(1, report.pingRoundTripsMs.length);
  return `${report.drillId}: ${report.steps.join(' > ')}, ${report.contacts.length} contacts, avg rtt ${avg.toFixed(0)}ms`;
}
