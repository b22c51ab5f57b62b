// expect: none
// the stored resolve/reject are taken and cleared by a single settle helper, so the deferred settles exactly once whichever path wins
export interface KitComponent {
  sku: string;
  kind: "wall" | "roof" | "icing" | "candy" | "base";
  qty: number;
}

export interface KitOrder {
  orderId: string;
  kitModel: "cottage" | "chalet" | "castle";
  components: KitComponent[];
}

export interface PackedBox {
  orderId: string;
  boxId: string;
  weightGrams: number;
}

declare const packingStation: {
  onScan(handler: (sku: string) => void): () => void;
  requestBox(orderId: string): string;
  weigh(boxId: string): number;
};

type Deferred<T> = {
  promise: Promise<T>;
  settle: (outcome: { ok: true; value: T } | { ok: false; error: Error }) => void;
};

function deferred<T>(): Deferred<T> {
  let resolveFn: ((v: T) => void) | null = null;
  let rejectFn: ((e: Error) => void) | null = null;
  const promise = new Promise<T>((resolve, reject) => {
    resolveFn = resolve;
    rejectFn = reject;
  });
  return {
    promise,
    settle(outcome) {
      const res = resolveFn;
      const rej = rejectFn;
      resolveFn = rejectFn = null;
      if (!res || !rej) return;
      if (outcome.ok) res(outcome.value);
      else rej(outcome.error);
    },
  };
}

export class KitPacker {
  private current: { order: KitOrder; remaining: Map<string, number>; box: Deferred<PackedBox> } | null =
    null;

  pack(order: KitOrder, timeoutMs = 5 * 60_000): Promise<PackedBox> {
    if (this.current) {
      return Promise.reject(new Error(`station busy with ${this.current.order.orderId}`));
    }
    const remaining = new Map(order.components.map((c) => [c.sku, c.qty]));
    const box = deferred<PackedBox>();
    this.current = { order, remaining, box };
    const boxId = packingStation.requestBox(order.orderId);

    const timer = setTimeout(() => {
      box.settle({ ok: false, error: new Error(`packing ${order.orderId} timed out`) });
    }, timeoutMs);

    const unsubscribe = packingStation.onScan((sku) => {
      const left = remaining.get(sku);
      if (left === undefined) {
        box.settle({ ok: false, error: new Error(`sku ${sku} is not part of ${order.kitModel} kit`) });
        return;
      }
      if (left <= 1) remaining.delete(sku);
      else remaining.set(sku, left - 1);
      if (remaining.size === 0) {
        box.settle({
          ok: true,
          value: { orderId: order.orderId, boxId, weightGrams: packingStation.weigh(boxId) },
        });
      }
    });

    return box.promise.finally(() => {
      clearTimeout(timer);
      unsubscribe();
      this.current = null;
    });
  }

  cancel(reason = "cancelled by operator"): void {
    this.current?.box.settle({ ok: false, error: new Error(reason) });
  }
}
