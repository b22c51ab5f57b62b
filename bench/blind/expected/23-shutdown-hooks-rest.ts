// expect: no-floating-promises
// onShutdown's rest parameter is typed `() => void` and never awaits hooks, so the async hook closing the database is fire-and-forget.
type Hook = () => void;

const hooks: Hook[] = [];

export function onShutdown(...handlers: Hook[]): void {
  hooks.push(...handlers);
}

function runShutdownHooks(): void {
  for (const hook of [...hooks].reverse()) {
    try {
      hook();
    } catch (err) {
      console.error('shutdown hook failed', err);
    }
  }
}

declare const logger: { info(msg: string): void; flushSync(): void };
declare const database: { close(): Promise<void> };

onShutdown(
  () => logger.info('shutting down'),
  async () => {
    await database.close();
    logger.info('database closed');
  },
  () => logger.flushSync(),
);

process.on('SIGINT', () => {
  runShutdownHooks();
  process.exit(0);
});

export { runShutdownHooks };
