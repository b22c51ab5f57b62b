// expect: no-uncalled-async-function
// `printer.finishCurrentLayer` is passed to Promise.race without being called, so the race settles immediately with the function and the printer is parked mid-layer.
import { setTimeout as sleep } from 'node:timers/promises';
import { createWriteStream, type WriteStream } from 'node:fs';

export type PrinterState = 'idle' | 'printing' | 'paused' | 'error';

export interface PrinterLink {
  send(gcode: string): Promise<string>;
  onceState(state: PrinterState): Promise<void>;
}

export class FarmPrinter {
  state: PrinterState = 'idle';
  currentJob?: string;

  constructor(
    readonly name: string,
    private readonly link: PrinterLink,
  ) {}

  async pauseAfterLayer(): Promise<void> {
    await this.link.send('M601');
  }

  async finishCurrentLayer(): Promise<void> {
    if (this.state !== 'printing') return;
    await this.link.onceState('paused');
    this.state = 'paused';
  }

  async parkAndCool(): Promise<void> {
    await this.link.send('G27');
    await this.link.send('M104 S0');
    await this.link.send('M140 S0');
  }
}

const LAYER_DEADLINE_MS = 90_000;

export class PrinterFarm {
  private readonly printers = new Map<string, FarmPrinter>();
  private readonly journal: WriteStream;

  constructor(journalPath: string) {
    this.journal = createWriteStream(journalPath, { flags: 'a' });
  }

  register(printer: FarmPrinter): void {
    this.printers.set(printer.name, printer);
  }

  private record(event: string, printer: FarmPrinter): void {
    this.journal.write(JSON.stringify({ at: new Date().toISOString(), event, printer: printer.name, job: printer.currentJob }) + '\n');
  }

  /**
   * Brings every printer to a safe stop before the building power is cut.
   * Jobs are paused at a layer boundary so they can be resumed afterwards.
   */
  async shutdown(): Promise<void> {
    await Promise.all(
      [...this.printers.values()].map(async (printer) => {
        if (printer.state === 'printing') {
          await printer.pauseAfterLayer();
          await Promise.race([printer.finishCurrentLayer, sleep(LAYER_DEADLINE_MS)]);
          this.record('paused-for-shutdown', printer);
        }
        await printer.parkAndCool();
        this.record('parked', printer);
      }),
    );
    await new Promise<void>((resolve, reject) => {
      this.journal.end((err?: Error | null) => (err ? reject(err) : resolve()));
    });
  }
}
