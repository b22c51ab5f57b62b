// expect: none
// Listener-assigned state is only read inside later callbacks or after awaiting once(); fetch results are awaited before comparisons and `||` fallbacks.
import { EventEmitter, once } from 'node:events';

export interface MachineEvent {
  machineId: string;
  at: number;
}

export interface StockEvent extends MachineEvent {
  slot: string;
  remaining: number;
}

declare const fleetApi: {
  baseUrl: string;
  token: string;
};

const HEARTBEAT_GRACE_MS = 5 * 60_000;

async function fetchJson<T>(path: string, timeoutMs = 8_000): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await fetch(`${fleetApi.baseUrl}${path}`, {
      headers: { authorization: `Bearer ${fleetApi.token}` },
      signal: controller.signal,
    });
    if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
    return (await res.json()) as T;
  } finally {
    clearTimeout(timer);
  }
}

export class MachineMonitor {
  private lastHeartbeat = 0;
  private firmware?: string;
  private lowSlots = new Set<string>();
  private watchdog?: NodeJS.Timeout;

  constructor(
    private readonly machineId: string,
    private readonly feed: EventEmitter,
  ) {
    feed.on('heartbeat', (e: MachineEvent & { firmware: string }) => {
      this.lastHeartbeat = e.at;
      this.firmware = e.firmware;
    });
    feed.on('stock', (e: StockEvent) => {
      if (e.remaining <= 2) this.lowSlots.add(e.slot);
      else this.lowSlots.delete(e.slot);
    });
  }

  async waitUntilOnline(signal?: AbortSignal): Promise<string> {
    if (!this.firmware) {
      await once(this.feed, 'heartbeat', { signal });
    }
    return this.firmware || 'unknown';
  }

  startWatchdog(onSilent: (machineId: string, silentForMs: number) => void): void {
    this.watchdog = setInterval(() => {
      const silentFor = Date.now() - this.lastHeartbeat;
      if (this.lastHeartbeat > 0 && silentFor > HEARTBEAT_GRACE_MS) {
        onSilent(this.machineId, silentFor);
      }
    }, 60_000);
    this.watchdog.unref();
  }

  stop(): void {
    clearInterval(this.watchdog);
  }

  async restockNeeded(): Promise<string[]> {
    const planogram = await fetchJson<{ slots: Record<string, { capacity: number }> }>(`/machines/${this.machineId}/planogram`);
    const sold = await fetchJson<Record<string, number>>(`/machines/${this.machineId}/sales?since=restock`);
    return Object.entries(planogram.slots)
      .filter(([slot, { capacity }]) => this.lowSlots.has(slot) || (sold[slot] || 0) >= capacity * 0.75)
      .map(([slot]) => slot);
  }
}
