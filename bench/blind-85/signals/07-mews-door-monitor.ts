// expect: none
// The loop ends quietly only on the AbortError from its private controller, which only stop() aborts and which then waits for the loop; every other error is rethrown.
import { EventEmitter, on } from 'node:events';

export interface DoorEvent {
  mewsId: string;
  door: 'weathering-yard' | 'flight-hatch' | 'hack-box';
  state: 'opened' | 'closed';
  at: number;
}

declare const alerts: {
  page(keeperPhone: string, message: string): Promise<void>;
};

const NIGHT_START_H = 21;
const NIGHT_END_H = 6;

function isNight(ts: number): boolean {
  const h = new Date(ts).getHours();
  return h >= NIGHT_START_H || h < NIGHT_END_H;
}

export class MewsDoorMonitor {
  private controller: AbortController | null = null;
  private loop: Promise<void> | null = null;
  private readonly openSince = new Map<string, number>();

  constructor(
    private readonly receiver: EventEmitter,
    private readonly keeperPhone: string,
  ) {}

  start(): void {
    if (this.loop) return;
    const controller = new AbortController();
    this.controller = controller;
    this.loop = this.run(controller.signal).catch((err: unknown) => {
      console.error('mews door monitor stopped unexpectedly', err);
    });
  }

  private async run(signal: AbortSignal): Promise<void> {
    try {
      for await (const [event] of on(this.receiver, 'door', { signal })) {
        await this.handle(event as DoorEvent, signal);
      }
    } catch (err) {
      // Only stop() can abort this private signal: that is the normal way out of the loop.
      if (signal.aborted && err instanceof Error && err.name === 'AbortError') return;
      throw err;
    }
  }

  private async handle(event: DoorEvent, signal: AbortSignal): Promise<void> {
    const key = `${event.mewsId}/${event.door}`;
    if (event.state === 'closed') {
      this.openSince.delete(key);
      return;
    }
    this.openSince.set(key, event.at);
    if (event.door === 'flight-hatch' || isNight(event.at)) {
      signal.throwIfAborted();
      const text = `Mews ${event.mewsId}: ${event.door} opened at ${new Date(event.at).toLocaleTimeString()}`;
      try {
        await alerts.page(this.keeperPhone, text);
      } catch (err) {
        console.warn(`could not page keeper about ${key}`, err);
      }
    }
  }

  doorsOpenLongerThan(ms: number, now = Date.now()): string[] {
    return [...this.openSince].filter(([, since]) => now - since > ms).map(([key]) => key);
  }

  async stop(): Promise<void> {
    const { controller, loop } = this;
    this.controller = null;
    this.loop = null;
    controller?.abort();
    await loop;
  }
}
