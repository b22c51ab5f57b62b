// expect: no-uncalled-async-function
// shutdown() awaits this.catalog.close without calling it, so the await yields a function, the SQLite-backed catalogue is never flushed or closed, and the last checkouts are lost when the process exits.
import { watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';

export interface Catalogue {
  upsertScore(file: string): Promise<void>;
  recordCheckout(scoreId: string, singer: string): Promise<void>;
  close(): Promise<void>;
}

export interface Log {
  info(msg: string): void;
  error(msg: string, err: unknown): void;
}

export class SheetMusicLibrary {
  private watcher: FSWatcher | null = null;
  private pending: Promise<void> = Promise.resolve();
  private closing = false;

  constructor(private readonly root: string, private readonly catalog: Catalogue, private readonly log: Log) {}

  start(): void {
    this.watcher = watch(this.root, { recursive: true }, (_event, filename) => {
      if (!filename || !filename.endsWith('.pdf') || this.closing) return;
      const file = join(this.root, filename);
      this.pending = this.pending
        .then(() => this.catalog.upsertScore(file))
        .catch((err: unknown) => this.log.error(`could not index ${file}`, err));
    });
    this.watcher.on('error', (err) => this.log.error('watcher failed', err));
    this.log.info(`watching ${this.root} for new scores`);
  }

  async checkout(scoreId: string, singer: string): Promise<void> {
    if (this.closing) throw new Error('library is shutting down');
    await this.catalog.recordCheckout(scoreId, singer);
  }

  async shutdown(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    this.watcher?.close();
    this.watcher = null;
    await this.pending;
    await this.catalog.close;
    this.log.info('sheet music library closed');
  }
}

export function installSignalHandlers(lib: SheetMusicLibrary, log: Log): void {
  const stop = (signal: NodeJS.Signals) => {
    log.info(`received ${signal}, closing library`);
    lib.shutdown().then(
      () => process.exit(0),
      (err: unknown) => {
        log.error('shutdown failed', err);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
