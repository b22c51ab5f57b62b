// expect: no-uncalled-async-function
// closeShift writes await this.bankFire without calling it, so awaiting the function object finishes immediately, the fire is never banked and the forge reports the shift closed while the coals are still at welding heat.
import { EventEmitter } from 'node:events';
import { appendFile } from 'node:fs/promises';

export interface ShiftOrder {
  id: string;
  item: string;
  status: 'queued' | 'on-anvil' | 'done';
}

export interface FireControl {
  setBlower(pct: number): Promise<void>;
  coalTempC(): Promise<number>;
}

export class ForgeShift extends EventEmitter {
  private readonly orders: ShiftOrder[] = [];
  private open = true;

  constructor(private readonly fire: FireControl, private readonly logFile: string) {
    super();
  }

  enqueue(order: ShiftOrder): void {
    if (!this.open) throw new Error('the forge is closed for the day');
    this.orders.push(order);
    this.emit('queued', order.id);
  }

  private async drainQueue(): Promise<ShiftOrder[]> {
    const unfinished = this.orders.filter((o) => o.status !== 'done');
    for (const order of unfinished) {
      order.status = 'queued';
      this.emit('carried-over', order.id);
    }
    return unfinished;
  }

  private async bankFire(): Promise<void> {
    await this.fire.setBlower(0);
    for (let i = 0; i < 30; i++) {
      if ((await this.fire.coalTempC()) < 600) return;
      await new Promise<void>((resolve) => setTimeout(resolve, 10_000));
    }
    throw new Error('fire still above 600°C after five minutes with the blower off');
  }

  async closeShift(): Promise<{ carriedOver: number }> {
    this.open = false;
    const carried = await this.drainQueue();
    await this.bankFire;
    await appendFile(
      this.logFile,
      `${new Date().toISOString()} shift closed, ${carried.length} orders carried over\n`,
      'utf8',
    );
    this.emit('closed');
    return { carriedOver: carried.length };
  }
}
