// expect: no-multiple-settle
// The unlock promise settles only on ACK/NAK lines; if the serial link errors or closes first it never settles.
import { EventEmitter } from 'node:events';

export interface DockSerialLink extends EventEmitter {
  write(line: string): boolean;
  readonly path: string;
}

declare function openDockLink(stationId: string, slot: number): Promise<DockSerialLink>;
declare const metrics: {
  increment(name: string, tags?: Record<string, string>): void;
  timing(name: string, ms: number, tags?: Record<string, string>): void;
};

export class DockUnlockError extends Error {
  constructor(
    readonly stationId: string,
    readonly slot: number,
    readonly code: string,
  ) {
    super(`Dock ${stationId}/${slot} refused unlock (${code})`);
    this.name = 'DockUnlockError';
  }
}

export interface UnlockResult {
  stationId: string;
  slot: number;
  bikeId: string;
  latencyMs: number;
}

const ACK = /^ACK UNLOCK (?<bike>[A-Z0-9-]+)$/;
const NAK = /^NAK UNLOCK (?<code>[A-Z_]+)$/;

function parseLine(buffer: string): { lines: string[]; rest: string } {
  const parts = buffer.split('\r\n');
  const rest = parts.pop() ?? '';
  return { lines: parts.filter((l) => l.length > 0), rest };
}

export class DockController {
  private readonly links = new Map<string, DockSerialLink>();

  constructor(private readonly stationId: string) {}

  private async link(slot: number): Promise<DockSerialLink> {
    const key = `${this.stationId}:${slot}`;
    const existing = this.links.get(key);
    if (existing) return existing;
    const fresh = await openDockLink(this.stationId, slot);
    this.links.set(key, fresh);
    fresh.once('close', () => this.links.delete(key));
    return fresh;
  }

  async unlock(slot: number, riderToken: string): Promise<UnlockResult> {
    const link = await this.link(slot);
    const started = performance.now();
    const tags = { station: this.stationId, slot: String(slot) };

    const bikeId = await new Promise<string>((resolve, reject) => {
      let pending = '';
      const onData = (chunk: Buffer | string) => {
        const parsed = parseLine(pending + chunk.toString('ascii'));
        pending = parsed.rest;
        for (const line of parsed.lines) {
          const ack = ACK.exec(line);
          if (ack?.groups) {
            link.off('data', onData);
            resolve(ack.groups.bike);
            return;
          }
          const nak = NAK.exec(line);
          if (nak?.groups) {
            link.off('data', onData);
            reject(new DockUnlockError(this.stationId, slot, nak.groups.code));
            return;
          }
        }
      };
      link.on('data', onData);
      link.write(`UNLOCK ${slot} ${riderToken}\r\n`);
    });

    const latencyMs = performance.now() - started;
    metrics.timing('dock.unlock.latency', latencyMs, tags);
    metrics.increment('dock.unlock.ok', tags);
    return { stationId: this.stationId, slot, bikeId, latencyMs };
  }

  close(): void {
    for (const link of this.links.values()) link.emit('close');
    this.links.clear();
  }
}
