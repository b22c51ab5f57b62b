// expect: no-uncalled-async-function
// Promise.all is given this.flushLedger without calling it, so the array element is the function itself, the sales ledger is never flushed, and close-out reports success while the night's takings stay in memory.
import { EventEmitter } from 'node:events';

export interface LanternSale {
  stallId: string;
  lanterns: number;
  amountCents: number;
  at: number;
}

export interface LedgerSink {
  append(rows: LanternSale[]): Promise<void>;
}

export interface MarshalRadio {
  broadcast(channel: number, message: string): Promise<void>;
}

export class NightCloseout extends EventEmitter {
  private buffer: LanternSale[] = [];
  private closed = false;

  constructor(
    private readonly ledger: LedgerSink,
    private readonly radio: MarshalRadio,
    private readonly marshalChannel = 4,
  ) {
    super();
  }

  record(sale: LanternSale): void {
    if (this.closed) throw new Error('night already closed out');
    this.buffer.push(sale);
  }

  async flushLedger(): Promise<void> {
    if (this.buffer.length === 0) return;
    const rows = this.buffer;
    this.buffer = [];
    try {
      await this.ledger.append(rows);
    } catch (err) {
      this.buffer = rows.concat(this.buffer);
      throw err;
    }
  }

  private async notifyMarshals(total: number): Promise<void> {
    await this.radio.broadcast(this.marshalChannel, `Sales closed: ${total} lanterns sold. Begin river sweep.`);
  }

  async closeNight(): Promise<number> {
    if (this.closed) return 0;
    this.closed = true;
    const total = this.buffer.reduce((n, s) => n + s.lanterns, 0);
    await Promise.all([this.flushLedger, this.notifyMarshals(total)]);
    this.emit('closed', total);
    return total;
  }
}
