// expect: none
// Each waiter's stored resolve/reject is taken out of the queue before it is called, so a grant, a cancel and a shutdown can never settle the same waiter twice, and shutdown rejects everything still queued so no waiter hangs.
export interface ObservationRequest {
  id: string;
  target: string;
  band: 'L' | 'C' | 'X' | 'Ku';
  minutes: number;
  priority: number;
}

export interface SlotGrant {
  requestId: string;
  dish: number;
  startsAt: Date;
}

interface Waiter {
  request: ObservationRequest;
  enqueuedAt: number;
  resolve: (grant: SlotGrant) => void;
  reject: (err: Error) => void;
}

export class QueueClosed extends Error {
  constructor() {
    super('telescope queue is shut down');
    this.name = 'QueueClosed';
  }
}

export class DishSlotQueue {
  private readonly waiting: Waiter[] = [];
  private readonly freeDishes: number[];
  private closed = false;

  constructor(dishCount: number) {
    this.freeDishes = Array.from({ length: dishCount }, (_, i) => i + 1);
  }

  acquire(request: ObservationRequest): Promise<SlotGrant> {
    if (this.closed) return Promise.reject(new QueueClosed());
    const { promise, resolve, reject } = Promise.withResolvers<SlotGrant>();
    this.waiting.push({ request, enqueuedAt: Date.now(), resolve, reject });
    this.waiting.sort((a, b) => b.request.priority - a.request.priority || a.enqueuedAt - b.enqueuedAt);
    this.dispatch();
    return promise;
  }

  release(dish: number): void {
    if (!this.freeDishes.includes(dish)) this.freeDishes.push(dish);
    this.dispatch();
  }

  cancel(requestId: string): boolean {
    const idx = this.waiting.findIndex((w) => w.request.id === requestId);
    if (idx === -1) return false;
    const [waiter] = this.waiting.splice(idx, 1);
    waiter.reject(new Error(`observation ${requestId} was withdrawn`));
    return true;
  }

  shutdown(): void {
    this.closed = true;
    const pending = this.waiting.splice(0, this.waiting.length);
    for (const waiter of pending) waiter.reject(new QueueClosed());
  }

  get depth(): number {
    return this.waiting.length;
  }

  private dispatch(): void {
    while (this.freeDishes.length > 0 && this.waiting.length > 0) {
      const waiter = this.waiting.shift()!;
      const dish = this.freeDishes.shift()!;
      waiter.resolve({ requestId: waiter.request.id, dish, startsAt: new Date() });
    }
  }
}

export async function observe(
  queue: DishSlotQueue,
  request: ObservationRequest,
  run: (grant: SlotGrant) => Promise<void>,
): Promise<void> {
  const grant = await queue.acquire(request);
  try {
    await run(grant);
  } finally {
    queue.release(grant.dish);
  }
}
