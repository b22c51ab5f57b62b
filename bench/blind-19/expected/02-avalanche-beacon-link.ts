// expect: none
// The connection promise is created once in the constructor and deliberately awaited by every method as a cached handshake.
import { EventEmitter } from 'node:events';

export interface BeaconReading {
  readonly serial: string;
  readonly distanceM: number;
  readonly bearingDeg: number;
  readonly signalDb: number;
}

interface BeaconTransport {
  handshake(deviceId: string): Promise<{ sessionId: string; firmware: string }>;
  request(sessionId: string, command: string, payload?: unknown): Promise<unknown>;
  close(sessionId: string): Promise<void>;
}

declare const bluetoothTransport: BeaconTransport;

export class BeaconLink extends EventEmitter {
  private readonly session: Promise<{ sessionId: string; firmware: string }>;
  private closed = false;

  constructor(
    private readonly deviceId: string,
    private readonly transport: BeaconTransport = bluetoothTransport,
  ) {
    super();
    this.session = transport.handshake(deviceId);
    // Surface handshake failures as an event; callers still see the rejection on await.
    this.session.catch((err: unknown) => this.emit('link-error', err));
  }

  async firmwareVersion(): Promise<string> {
    const { firmware } = await this.session;
    return firmware;
  }

  async switchToSearch(): Promise<void> {
    const { sessionId } = await this.session;
    await this.transport.request(sessionId, 'MODE', { mode: 'search' });
    this.emit('mode', 'search');
  }

  async readNearest(): Promise<BeaconReading | null> {
    if (this.closed) throw new Error(`link to ${this.deviceId} is closed`);
    const { sessionId } = await this.session;
    const raw = (await this.transport.request(sessionId, 'READ')) as BeaconReading[] | null;
    if (!raw || raw.length === 0) return null;
    return raw.reduce((best, r) => (r.distanceM < best.distanceM ? r : best));
  }

  async markFound(serial: string): Promise<void> {
    const { sessionId } = await this.session;
    await this.transport.request(sessionId, 'MARK', { serial });
    this.emit('marked', serial);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const { sessionId } = await this.session;
    await this.transport.close(sessionId);
  }
}

export async function sweepForBurials(link: BeaconLink, maxReads = 20): Promise<BeaconReading[]> {
  const found = new Map<string, BeaconReading>();
  await link.switchToSearch();
  for (let i = 0; i < maxReads; i++) {
    const nearest = await link.readNearest();
    if (!nearest) break;
    if (!found.has(nearest.serial) && nearest.distanceM < 1.5) {
      found.set(nearest.serial, nearest);
      await link.markFound(nearest.serial);
    }
  }
  return [...found.values()];
}
