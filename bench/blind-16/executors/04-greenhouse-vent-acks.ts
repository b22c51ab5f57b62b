// expect: none
// Each pending command's deferred is settled exactly once: ack, fault, offline and timeout all go through settle(), which drops the entry and clears the timer, so repeat or late bus events are ignored.
interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(reason: Error): void;
}

function defer<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

interface VentFrame {
  commandId: number;
  zone: string;
  openPercent: number;
}

declare const ventBus: {
  on(event: 'ack', listener: (msg: { commandId: number; position: number }) => void): void;
  on(event: 'fault', listener: (msg: { commandId: number; code: string }) => void): void;
  on(event: 'offline', listener: () => void): void;
  send(frame: VentFrame): void;
};

interface PendingCommand {
  deferred: Deferred<number>;
  timer: ReturnType<typeof setTimeout>;
  zone: string;
}

export interface ZoneClimate {
  zone: string;
  airTempC: number;
  humidityPct: number;
  targetTempC: number;
}

// Proportional opening with a humidity bias; tomatoes hate wet leaves.
export function desiredOpening(c: ZoneClimate): number {
  const tempError = c.airTempC - c.targetTempC;
  const humidityBias = c.humidityPct > 85 ? 15 : c.humidityPct > 75 ? 5 : 0;
  const raw = tempError * 12 + humidityBias;
  return Math.max(0, Math.min(100, Math.round(raw)));
}

export class VentController {
  private nextId = 1;
  private readonly pending = new Map<number, PendingCommand>();

  constructor(private readonly ackTimeoutMs = 8000) {
    ventBus.on('ack', (msg) => this.settle(msg.commandId, (p) => p.deferred.resolve(msg.position)));
    ventBus.on('fault', (msg) => this.settle(msg.commandId, (p) => p.deferred.reject(new Error(`vent in ${p.zone} reported ${msg.code}`))));
    ventBus.on('offline', () => {
      for (const id of [...this.pending.keys()]) {
        this.settle(id, (p) => p.deferred.reject(new Error(`vent bus went offline while moving ${p.zone}`)));
      }
    });
  }

  setOpening(zone: string, openPercent: number): Promise<number> {
    const commandId = this.nextId++;
    const deferred = defer<number>();
    const timer = setTimeout(() => {
      this.settle(commandId, (p) => p.deferred.reject(new Error(`no ack from ${p.zone} after ${this.ackTimeoutMs}ms`)));
    }, this.ackTimeoutMs);
    this.pending.set(commandId, { deferred, timer, zone });

    try {
      ventBus.send({ commandId, zone, openPercent });
    } catch (err) {
      this.settle(commandId, (p) => p.deferred.reject(err instanceof Error ? err : new Error(String(err))));
    }
    return deferred.promise;
  }

  async applyClimate(zones: ZoneClimate[]): Promise<Map<string, number>> {
    const results = await Promise.allSettled(zones.map((z) => this.setOpening(z.zone, desiredOpening(z))));
    const positions = new Map<string, number>();
    results.forEach((r, i) => {
      if (r.status === 'fulfilled') positions.set(zones[i].zone, r.value);
    });
    return positions;
  }

  private settle(commandId: number, apply: (p: PendingCommand) => void): void {
    const p = this.pending.get(commandId);
    if (!p) return; // duplicate or late frame
    this.pending.delete(commandId);
    clearTimeout(p.timer);
    apply(p);
  }
}
