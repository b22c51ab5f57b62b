// expect: no-leaked-race
// Every reservation races against a promise that listens on the worker-wide shutdown signal, and when the reservation wins that 'abort' listener is never removed, so each order line adds another listener to the long-lived signal until Node warns of an EventTarget leak.
interface OrderLine {
  sku: string;
  quantity: number;
}

interface Order {
  id: string;
  warehouse: string;
  lines: OrderLine[];
}

interface Allocation {
  sku: string;
  reservationId: string;
  quantity: number;
}

declare const inventory: {
  reserve(warehouse: string, sku: string, quantity: number, orderId: string): Promise<{ reservationId: string }>;
  releaseAll(orderId: string): Promise<void>;
};

export class ShutdownError extends Error {
  constructor() {
    super('allocator is shutting down');
    this.name = 'ShutdownError';
  }
}

function rejectOnAbort(signal: AbortSignal): Promise<never> {
  return new Promise<never>((_, reject) => {
    if (signal.aborted) {
      reject(new ShutdownError());
      return;
    }
    signal.addEventListener('abort', () => reject(new ShutdownError()), { once: true });
  });
}

export class OrderAllocator {
  constructor(private readonly shutdown: AbortSignal) {}

  async allocate(order: Order): Promise<Allocation[]> {
    const allocations: Allocation[] = [];
    try {
      for (const line of order.lines) {
        const { reservationId } = await Promise.race([
          inventory.reserve(order.warehouse, line.sku, line.quantity, order.id),
          rejectOnAbort(this.shutdown),
        ]);
        allocations.push({ sku: line.sku, reservationId, quantity: line.quantity });
      }
      return allocations;
    } catch (err) {
      if (allocations.length > 0) {
        await inventory.releaseAll(order.id).catch((releaseErr: unknown) => {
          console.error(`order ${order.id}: could not release partial reservations`, releaseErr);
        });
      }
      throw err;
    }
  }
}
