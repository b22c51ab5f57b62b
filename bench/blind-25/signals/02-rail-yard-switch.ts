// expect: none
// Both races clear their timeout and abort the per-call controller in finally, so the losing command or listener never outlives the race.
import { EventEmitter, once } from 'node:events';

export type SwitchPosition = 'normal' | 'reverse';

export interface SwitchAck {
  switchId: string;
  position: SwitchPosition;
  ackedAt: number;
}

declare const yardBus: {
  sendCommand(
    switchId: string,
    position: SwitchPosition,
    opts: { signal: AbortSignal },
  ): Promise<SwitchAck>;
};

export class SwitchTimeoutError extends Error {
  constructor(readonly switchId: string, readonly waitedMs: number, what: string) {
    super(`${what} for switch ${switchId} not confirmed within ${waitedMs}ms`);
    this.name = 'SwitchTimeoutError';
  }
}

export class SwitchController extends EventEmitter {
  constructor(private readonly trackCircuits: EventEmitter) {
    super();
  }

  async throwSwitch(
    switchId: string,
    position: SwitchPosition,
    timeoutMs = 4_000,
    outer?: AbortSignal,
  ): Promise<SwitchAck> {
    outer?.throwIfAborted();
    const controller = new AbortController();
    const forwardAbort = () => controller.abort(outer?.reason);
    outer?.addEventListener('abort', forwardAbort, { once: true });

    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new SwitchTimeoutError(switchId, timeoutMs, 'throw command')),
        timeoutMs,
      );
    });

    try {
      const ack = await Promise.race([
        yardBus.sendCommand(switchId, position, { signal: controller.signal }),
        deadline,
      ]);
      this.emit('switch-thrown', ack);
      return ack;
    } finally {
      clearTimeout(timer);
      controller.abort();
      outer?.removeEventListener('abort', forwardAbort);
    }
  }

  /** Resolves once the track circuit for the given block reports clear. */
  async waitForBlockClear(blockId: string, timeoutMs: number): Promise<void> {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;

    const cleared = (async () => {
      for (;;) {
        const [id] = await once(this.trackCircuits, 'clear', { signal: controller.signal });
        if (id === blockId) return;
      }
    })();

    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new SwitchTimeoutError(blockId, timeoutMs, 'block clearance')),
        timeoutMs,
      );
    });

    try {
      await Promise.race([cleared, deadline]);
    } finally {
      clearTimeout(timer);
      controller.abort();
    }
  }
}
