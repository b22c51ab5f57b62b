// expect: none
// Every stored deferred is removed from the map before it settles and its timer is cleared, so ack, fault, timeout and shutdown each settle it at most once.
export interface BrakeAck {
  commandId: number;
  zone: string;
  clampPressureBar: number;
  engagedMs: number;
}

interface PendingCheck {
  deferred: PromiseWithResolvers<BrakeAck>;
  timer: ReturnType<typeof setTimeout>;
  zone: string;
}

declare const plcLink: EventTarget & {
  send(frame: { commandId: number; op: "brake-test"; zone: string }): void;
};

const MIN_CLAMP_BAR = 95;
const MAX_ENGAGE_MS = 180;

export class BrakeZoneTester {
  private nextId = 1;
  private readonly pending = new Map<number, PendingCheck>();
  private closed = false;

  constructor(private readonly ackTimeoutMs = 2_000) {
    plcLink.addEventListener("message", this.onMessage);
  }

  private readonly onMessage = (event: Event): void => {
    const data = (event as MessageEvent).data as
      | { kind: "ack"; ack: BrakeAck }
      | { kind: "fault"; commandId: number; reason: string };
    const entry = this.pending.get(data.kind === "ack" ? data.ack.commandId : data.commandId);
    if (!entry) return;
    this.pending.delete(data.kind === "ack" ? data.ack.commandId : data.commandId);
    clearTimeout(entry.timer);
    if (data.kind === "ack") {
      entry.deferred.resolve(data.ack);
    } else {
      entry.deferred.reject(new Error(`zone ${entry.zone} faulted: ${data.reason}`));
    }
  };

  testZone(zone: string): Promise<BrakeAck> {
    if (this.closed) {
      return Promise.reject(new Error("brake tester is shut down"));
    }
    const commandId = this.nextId++;
    const deferred = Promise.withResolvers<BrakeAck>();
    const timer = setTimeout(() => {
      if (this.pending.delete(commandId)) {
        deferred.reject(new Error(`zone ${zone} did not acknowledge brake test in ${this.ackTimeoutMs}ms`));
      }
    }, this.ackTimeoutMs);
    this.pending.set(commandId, { deferred, timer, zone });
    plcLink.send({ commandId, op: "brake-test", zone });
    return deferred.promise;
  }

  async preDispatchCheck(zones: readonly string[]): Promise<{ ok: boolean; failures: string[] }> {
    const failures: string[] = [];
    for (const zone of zones) {
      try {
        const ack = await this.testZone(zone);
        if (ack.clampPressureBar < MIN_CLAMP_BAR) {
          failures.push(`${zone}: clamp pressure ${ack.clampPressureBar} bar`);
        } else if (ack.engagedMs > MAX_ENGAGE_MS) {
          failures.push(`${zone}: engaged in ${ack.engagedMs} ms`);
        }
      } catch (err) {
        failures.push(`${zone}: ${(err as Error).message}`);
      }
    }
    return { ok: failures.length === 0, failures };
  }

  shutdown(): void {
    this.closed = true;
    plcLink.removeEventListener("message", this.onMessage);
    for (const [id, entry] of this.pending) {
      clearTimeout(entry.timer);
      this.pending.delete(id);
      entry.deferred.reject(new Error("brake tester shut down with checks in flight"));
    }
  }
}
