// expect: no-uncalled-async-function
// shutdown() awaits each stop hook function itself instead of calling it, so none of the workshop services are actually stopped before "stopped" is logged.
export type StopHook = () => Promise<void>;

export interface Logger {
  info(msg: string): void;
  error(msg: string, err: unknown): void;
}

export interface KilnController {
  coolDown(targetC: number): Promise<void>;
}

export interface OrderQueue {
  pause(): Promise<void>;
  disconnect(): Promise<void>;
}

export class WorkshopShutdown {
  private readonly hooks = new Map<string, StopHook>();
  private closing = false;

  constructor(private readonly log: Logger) {}

  register(name: string, hook: StopHook): void {
    if (this.closing) throw new Error(`cannot register ${name} during shutdown`);
    this.hooks.set(name, hook);
  }

  async shutdown(): Promise<string[]> {
    if (this.closing) return [];
    this.closing = true;
    const failed: string[] = [];
    const ordered = [...this.hooks.entries()].reverse();
    for (const [name, stop] of ordered) {
      try {
        await stop;
        this.log.info(`stopped ${name}`);
      } catch (err) {
        failed.push(name);
        this.log.error(`failed to stop ${name}`, err);
      }
    }
    this.hooks.clear();
    return failed;
  }
}

export function wireWorkshop(
  shutdown: WorkshopShutdown,
  kiln: KilnController,
  orders: OrderQueue,
  pendulumRig: NodeJS.Timeout,
): void {
  shutdown.register('orders', async () => {
    await orders.pause();
    await orders.disconnect();
  });
  shutdown.register('lacquer-kiln', () => kiln.coolDown(40));
  shutdown.register('pendulum-rig', async () => {
    clearInterval(pendulumRig);
  });
}

export async function closeWorkshop(shutdown: WorkshopShutdown, log: Logger): Promise<number> {
  const failed = await shutdown.shutdown();
  if (failed.length) {
    log.info(`shutdown finished with ${failed.length} failure(s): ${failed.join(', ')}`);
    return 1;
  }
  log.info('shutdown clean');
  return 0;
}
