// expect: no-multiple-settle
// The async executor awaits routing.resolve before wiring reject, so a routing failure rejects the executor's own promise and sendCapsule never settles.
export type Priority = 'urgent' | 'normal' | 'bulk';

export interface Capsule {
  id: string;
  from: string;
  to: string;
  priority: Priority;
  weightGrams: number;
}

export interface Route {
  segments: string[];
  firstBlower: string;
  estimatedSeconds: number;
}

export interface DeliveryReceipt {
  capsuleId: string;
  arrivedAt: number;
  station: string;
}

declare const routing: {
  resolve(from: string, to: string, weightGrams: number): Promise<Route>;
};

declare const blowers: {
  send(
    blowerId: string,
    capsuleId: string,
    segments: string[],
    cb: (err: Error | null, receipt?: DeliveryReceipt) => void,
  ): void;
};

declare const audit: { note(event: string, detail: Record<string, unknown>): void };

const MAX_CAPSULE_GRAMS = 900;

function sendCapsule(capsule: Capsule): Promise<DeliveryReceipt> {
  return new Promise<DeliveryReceipt>(async (resolve, reject) => {
    const route = await routing.resolve(capsule.from, capsule.to, capsule.weightGrams);
    audit.note('capsule.routed', { id: capsule.id, hops: route.segments.length });
    blowers.send(route.firstBlower, capsule.id, route.segments, (err, receipt) => {
      if (err || !receipt) {
        reject(err ?? new Error(`blower ${route.firstBlower} returned no receipt`));
        return;
      }
      resolve(receipt);
    });
  });
}

const PRIORITY_ORDER: Record<Priority, number> = { urgent: 0, normal: 1, bulk: 2 };

export class TubeDispatcher {
  private readonly queue: Capsule[] = [];
  private running = false;

  constructor(private readonly onDelivered: (receipt: DeliveryReceipt) => void) {}

  enqueue(capsule: Capsule): void {
    if (capsule.weightGrams > MAX_CAPSULE_GRAMS) {
      throw new RangeError(`capsule ${capsule.id} exceeds ${MAX_CAPSULE_GRAMS}g`);
    }
    this.queue.push(capsule);
    this.queue.sort((a, b) => PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority]);
  }

  async drain(): Promise<{ delivered: number; failed: string[] }> {
    if (this.running) return { delivered: 0, failed: [] };
    this.running = true;
    let delivered = 0;
    const failed: string[] = [];
    try {
      while (this.queue.length > 0) {
        const capsule = this.queue.shift()!;
        try {
          const receipt = await sendCapsule(capsule);
          delivered++;
          this.onDelivered(receipt);
        } catch (err) {
          failed.push(capsule.id);
          audit.note('capsule.failed', {
            id: capsule.id,
            reason: err instanceof Error ? err.message : String(err),
          });
        }
      }
    } finally {
      this.running = false;
    }
    return { delivered, failed };
  }

  pendingFor(station: string): number {
    return this.queue.filter((c) => c.to === station).length;
  }
}
