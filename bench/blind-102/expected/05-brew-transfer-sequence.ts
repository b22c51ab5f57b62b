// expect: no-uncalled-async-function
// finishTransfer's `.then(() => this.flushLine)` returns the flushLine method instead of calling it, so the chain resolves to a function, the transfer line is never flushed with sanitizer and the next batch is pumped through a line still full of old kombucha.
import { EventEmitter } from 'node:events';

export interface Vessel {
  id: string;
  litres: number;
  kind: 'primary' | 'secondary' | 'keg';
}

interface Pump {
  run(from: string, to: string, litres: number): Promise<number>;
  stop(): Promise<void>;
}

interface ValveBank {
  open(vessel: string): Promise<void>;
  close(vessel: string): Promise<void>;
  sanitizerOn(seconds: number): Promise<void>;
}

export interface TransferRecord {
  from: string;
  to: string;
  litres: number;
  finishedAt: Date;
}

export class BrewTransfer extends EventEmitter {
  private busy = false;

  constructor(
    private readonly pump: Pump,
    private readonly valves: ValveBank,
    private readonly flushSeconds = 45,
  ) {
    super();
  }

  private async flushLine(): Promise<void> {
    await this.valves.sanitizerOn(this.flushSeconds);
    this.emit('flushed');
  }

  private async finishTransfer(from: Vessel, to: Vessel): Promise<void> {
    await this.pump.stop();
    await this.valves.close(to.id);
    await this.valves.close(from.id).then(() => this.flushLine);
  }

  async transfer(from: Vessel, to: Vessel): Promise<TransferRecord> {
    if (this.busy) throw new Error('transfer already in progress');
    if (to.litres > 0) throw new Error(`target ${to.id} is not empty`);
    this.busy = true;
    try {
      await this.valves.open(from.id);
      await this.valves.open(to.id);
      const moved = await this.pump.run(from.id, to.id, from.litres);
      await this.finishTransfer(from, to);
      const record = { from: from.id, to: to.id, litres: moved, finishedAt: new Date() };
      this.emit('transferred', record);
      return record;
    } finally {
      this.busy = false;
    }
  }
}
