// expect: no-uncalled-async-function
// bug: the 'restock' handler is `() => this.requestRestock`, returning the method instead of calling it, so the awaited command resolves to a function and no restock is ever requested.
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

export interface ShuckTally {
  station: string;
  shucked: number;
  rejectedShells: number;
  remainingDozen: number;
}

declare const rawBar: {
  reportTally(tally: ShuckTally): Promise<void>;
  orderOysters(station: string, dozen: number, variety: string): Promise<string>;
  notifyLead(station: string, message: string): Promise<void>;
};

type Command = 'tally' | 'restock' | 'break' | 'close';

export class ShuckingStation {
  private shucked = 0;
  private rejectedShells = 0;
  private remainingDozen: number;

  constructor(
    private readonly station: string,
    startingDozen: number,
    private readonly variety = 'kumamoto',
  ) {
    this.remainingDozen = startingDozen;
  }

  recordShuck(ok: boolean): void {
    if (ok) {
      this.shucked += 1;
      if (this.shucked % 12 === 0) this.remainingDozen -= 1;
    } else {
      this.rejectedShells += 1;
    }
  }

  private async reportTally(): Promise<void> {
    await rawBar.reportTally({
      station: this.station,
      shucked: this.shucked,
      rejectedShells: this.rejectedShells,
      remainingDozen: this.remainingDozen,
    });
  }

  private async requestRestock(): Promise<void> {
    const dozen = Math.max(4, 10 - this.remainingDozen);
    const orderId = await rawBar.orderOysters(this.station, dozen, this.variety);
    await rawBar.notifyLead(this.station, `restock ${orderId}: ${dozen} dozen ${this.variety}`);
  }

  private readonly handlers: Record<Command, () => unknown> = {
    tally: () => this.reportTally(),
    restock: () => this.requestRestock,
    break: () => rawBar.notifyLead(this.station, 'station on break'),
    close: () => rawBar.notifyLead(this.station, `closing with ${this.remainingDozen} dozen left`),
  };

  async handle(command: string): Promise<boolean> {
    if (!(command in this.handlers)) {
      return false;
    }
    await this.handlers[command as Command]();
    return true;
  }
}

export async function runStationConsole(station: ShuckingStation, input: Readable): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let handled = 0;
  for await (const line of lines) {
    const trimmed = line.trim().toLowerCase();
    if (trimmed === 'y' || trimmed === 'n') {
      station.recordShuck(trimmed === 'y');
      continue;
    }
    if (await station.handle(trimmed)) handled += 1;
    if (trimmed === 'close') break;
  }
  return handled;
}
