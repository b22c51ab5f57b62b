// expect: no-uncalled-async-function
// shutdown() does `await this.flushPendingCharges` without calling it, so queued card charges are never flushed before the socket is closed.
import { EventEmitter } from "node:events";

export type MachineKind = "washer" | "dryer";

export interface CycleEvent {
  machineId: string;
  kind: MachineKind;
  phase: "started" | "rinse" | "spin" | "finished" | "door-open";
  cardId?: string;
  priceCents?: number;
  at: number;
}

interface PendingCharge {
  cardId: string;
  machineId: string;
  amountCents: number;
  attempts: number;
}

declare const cardProcessor: {
  charge(cardId: string, amountCents: number, memo: string): Promise<{ ok: boolean; declined?: string }>;
};

declare const customerNotifier: {
  cycleDone(cardId: string, machineId: string): Promise<void>;
};

export class LaundromatController extends EventEmitter {
  private readonly pending: PendingCharge[] = [];
  private readonly running = new Map<string, CycleEvent>();
  private closing = false;

  constructor(private readonly link: EventEmitter & { close(): void }) {
    super();
    link.on("cycle", (event: CycleEvent) => {
      this.onCycle(event).catch((err) => this.emit("error", err));
    });
  }

  private async onCycle(event: CycleEvent): Promise<void> {
    if (event.phase === "started") {
      this.running.set(event.machineId, event);
      if (event.cardId && event.priceCents) {
        this.pending.push({
          cardId: event.cardId,
          machineId: event.machineId,
          amountCents: event.priceCents,
          attempts: 0,
        });
      }
      return;
    }
    if (event.phase === "finished") {
      const started = this.running.get(event.machineId);
      this.running.delete(event.machineId);
      if (started?.cardId) {
        await customerNotifier.cycleDone(started.cardId, event.machineId);
      }
    }
  }

  async flushPendingCharges(): Promise<number> {
    let charged = 0;
    while (this.pending.length > 0) {
      const next = this.pending.shift()!;
      const result = await cardProcessor.charge(next.cardId, next.amountCents, `cycle ${next.machineId}`);
      if (result.ok) {
        charged++;
      } else if (next.attempts < 2 && result.declined === "network") {
        this.pending.push({ ...next, attempts: next.attempts + 1 });
      } else {
        this.emit("declined", next, result.declined);
      }
    }
    return charged;
  }

  machinesInUse(kind?: MachineKind): string[] {
    return [...this.running.values()]
      .filter((e) => kind === undefined || e.kind === kind)
      .map((e) => e.machineId);
  }

  async shutdown(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    this.link.removeAllListeners("cycle");
    await this.flushPendingCharges;
    this.link.close();
    this.emit("closed");
  }
}
