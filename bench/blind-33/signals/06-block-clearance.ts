// expect: none
// The race's timeout is cleared in finally and the losing once() listener is aborted through a local controller combined with the caller's signal, so nothing outlives the race.
import { EventEmitter, once } from 'node:events';

export interface ClearEvent {
  blockId: string;
  trainId: string;
  clearedAt: number;
}

export interface RouteRequest {
  trainId: string;
  fromSignal: string;
  toSignal: string;
  blocks: string[];
}

export class BlockTimeoutError extends Error {
  constructor(
    readonly blockId: string,
    ms: number,
  ) {
    super(`Block ${blockId} did not report clear within ${ms}ms`);
    this.name = 'BlockTimeoutError';
  }
}

declare const trackCircuits: EventEmitter & {
  isOccupied(blockId: string): boolean;
  lastClear(blockId: string): ClearEvent | undefined;
};

declare const interlocking: {
  setRoute(req: RouteRequest, opts: { signal: AbortSignal }): Promise<void>;
};

export async function waitForBlockClear(blockId: string, timeoutMs: number, signal: AbortSignal): Promise<ClearEvent> {
  signal.throwIfAborted();
  if (!trackCircuits.isOccupied(blockId)) {
    const last = trackCircuits.lastClear(blockId);
    if (last) {
      return last;
    }
  }

  const local = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BlockTimeoutError(blockId, timeoutMs)), timeoutMs);
  });

  try {
    const [event] = (await Promise.race([
      once(trackCircuits, `clear:${blockId}`, { signal: AbortSignal.any([signal, local.signal]) }),
      timeout,
    ])) as [ClearEvent];
    return event;
  } finally {
    clearTimeout(timer);
    local.abort();
  }
}

export async function setRouteWhenClear(
  req: RouteRequest,
  opts: { signal: AbortSignal; perBlockTimeoutMs?: number },
): Promise<ClearEvent[]> {
  const perBlock = opts.perBlockTimeoutMs ?? 90_000;
  const cleared: ClearEvent[] = [];

  for (const blockId of req.blocks) {
    cleared.push(await waitForBlockClear(blockId, perBlock, opts.signal));
  }

  await interlocking.setRoute(req, { signal: opts.signal });
  return cleared;
}
