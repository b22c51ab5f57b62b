// expect: none
// The carrier call races a deadline, but the timer is cleared and the carrier request is aborted in finally, whichever side wins.

export interface TrackingEvent {
  at: string;
  location: string;
  description: string;
}

export interface Tracking {
  carrier: string;
  trackingNumber: string;
  status: 'label_created' | 'in_transit' | 'out_for_delivery' | 'delivered' | 'exception';
  events: TrackingEvent[];
  stale: boolean;
}

interface CarrierClient {
  track(trackingNumber: string, opts: { signal: AbortSignal }): Promise<Omit<Tracking, 'stale'>>;
}

interface ResolverContext {
  signal: AbortSignal;
  carriers: Map<string, CarrierClient>;
  cache: {
    get(key: string): Promise<Omit<Tracking, 'stale'> | undefined>;
    set(key: string, value: Omit<Tracking, 'stale'>, ttlSeconds: number): Promise<void>;
  };
  logger: { warn(msg: string, meta?: Record<string, unknown>): void };
}

const CARRIER_DEADLINE_MS = 1_500;
const TIMED_OUT = Symbol('timed-out');

async function withDeadline<T>(run: (signal: AbortSignal) => Promise<T>, ms: number, parent: AbortSignal): Promise<T | typeof TIMED_OUT> {
  parent.throwIfAborted();
  const controller = new AbortController();
  const forwardAbort = () => controller.abort(parent.reason);
  parent.addEventListener('abort', forwardAbort, { once: true });

  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(resolve, ms, TIMED_OUT);
  });

  try {
    return await Promise.race([run(controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
    controller.abort();
    parent.removeEventListener('abort', forwardAbort);
  }
}

export const shipmentResolvers = {
  Shipment: {
    async tracking(parent: { carrier: string; trackingNumber: string }, _args: unknown, ctx: ResolverContext): Promise<Tracking | null> {
      const client = ctx.carriers.get(parent.carrier);
      if (!client) return null;

      const key = `tracking:${parent.carrier}:${parent.trackingNumber}`;
      const result = await withDeadline((signal) => client.track(parent.trackingNumber, { signal }), CARRIER_DEADLINE_MS, ctx.signal);

      if (result === TIMED_OUT) {
        ctx.logger.warn('carrier tracking timed out, serving cache', { carrier: parent.carrier });
        const cached = await ctx.cache.get(key);
        return cached ? { ...cached, stale: true } : null;
      }

      await ctx.cache.set(key, result, result.status === 'delivered' ? 86_400 : 300);
      return { ...result, stale: false };
    },
  },
};
