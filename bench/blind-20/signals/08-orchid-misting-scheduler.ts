// expect: none
// Correct: the loop only treats an abort as a clean exit when it came from the scheduler's own stop(); every valve pulse and interval tick gets the zone signal.
import { setInterval as every } from 'node:timers/promises';
import { EventEmitter } from 'node:events';

export interface MistZone {
  id: string;
  valveChannel: number;
  pulseMs: number;
  targetRh: number;
}

declare const greenhouse: {
  readRelativeHumidity(zoneId: string, opts: { signal: AbortSignal }): Promise<number>;
  pulseValve(channel: number, durationMs: number, opts: { signal: AbortSignal }): Promise<void>;
};

export class MistingScheduler extends EventEmitter {
  private readonly running = new Map<string, { controller: AbortController; done: Promise<void> }>();

  constructor(private readonly checkEveryMs = 60_000) {
    super();
  }

  private async loop(zone: MistZone, controller: AbortController): Promise<void> {
    const { signal } = controller;
    try {
      for await (const _tick of every(this.checkEveryMs, undefined, { signal })) {
        const rh = await greenhouse.readRelativeHumidity(zone.id, { signal });
        this.emit('reading', zone.id, rh);
        if (rh >= zone.targetRh) continue;

        const deficit = zone.targetRh - rh;
        const pulses = Math.min(3, Math.ceil(deficit / 5));
        for (let i = 0; i < pulses; i++) {
          await greenhouse.pulseValve(zone.valveChannel, zone.pulseMs, { signal });
        }
        this.emit('misted', zone.id, pulses);
      }
    } catch (err) {
      if (signal.aborted && (err === signal.reason || (err instanceof Error && err.name === 'AbortError'))) {
        this.emit('stopped', zone.id);
        return;
      }
      throw err;
    }
  }

  start(zone: MistZone): void {
    if (this.running.has(zone.id)) return;
    const controller = new AbortController();
    const done = this.loop(zone, controller).catch((err: unknown) => {
      this.running.delete(zone.id);
      this.emit('zoneFailed', zone.id, err);
    });
    this.running.set(zone.id, { controller, done });
  }

  async stop(zoneId: string): Promise<void> {
    const entry = this.running.get(zoneId);
    if (!entry) return;
    entry.controller.abort(new Error(`misting for ${zoneId} stopped`));
    await entry.done;
    this.running.delete(zoneId);
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.running.keys()].map((id) => this.stop(id)));
  }
}
