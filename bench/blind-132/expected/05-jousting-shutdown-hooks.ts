// expect: none
// Each registered stop hook is called and its promise awaited in reverse order, with failures collected rather than aborting the rest of the teardown.
export type StopHook = () => Promise<void>;

export interface Logger {
  info(msg: string): void;
  error(msg: string, err: unknown): void;
}

export interface ListsDb {
  close(): Promise<void>;
}

export interface HeraldSpeaker {
  announce(text: string): Promise<void>;
  powerDown(): Promise<void>;
}

export class TourneyShutdown {
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
        await stop();
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

export function wireTourney(
  shutdown: TourneyShutdown,
  db: ListsDb,
  herald: HeraldSpeaker,
  timers: NodeJS.Timeout[],
): void {
  shutdown.register('lists-db', () => db.close());
  shutdown.register('herald', async () => {
    await herald.announce('The lists are closed. God save the Queen.');
    await herald.powerDown();
  });
  shutdown.register('heat-timers', async () => {
    for (const t of timers) clearInterval(t);
  });
}

export async function closeTourney(shutdown: TourneyShutdown, log: Logger): Promise<number> {
  const failed = await shutdown.shutdown();
  if (failed.length) {
    log.info(`shutdown finished with ${failed.length} failure(s): ${failed.join(', ')}`);
    return 1;
  }
  log.info('shutdown clean');
  return 0;
}
