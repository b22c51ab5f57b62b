// expect: no-uncalled-async-function
// this.jobs.drain is put into Promise.all without being called, so it is treated as an already-resolved value: in-flight jobs are never drained, and Redis/Postgres are closed underneath them before the process exits.
import type { Server } from 'node:http';

interface JobWorker {
  pause(): void;
  drain(): Promise<void>;
  readonly active: number;
}
interface Closeable {
  quit(): Promise<'OK'>;
}
interface PgPool {
  end(): Promise<void>;
}

declare const log: {
  info(msg: string, meta?: object): void;
  error(msg: string, meta?: object): void;
};

export class ServiceRuntime {
  private stopping = false;

  constructor(
    private readonly http: Server,
    private readonly jobs: JobWorker,
    private readonly redis: Closeable,
    private readonly pg: PgPool,
  ) {}

  installSignalHandlers(): void {
    for (const sig of ['SIGTERM', 'SIGINT'] as const) {
      process.once(sig, () => {
        this.shutdown(sig).then(
          () => process.exit(0),
          (err: unknown) => {
            log.error('unclean shutdown', { err: String(err) });
            process.exit(1);
          },
        );
      });
    }
  }

  async shutdown(reason: string): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    log.info('shutting down', { reason, activeJobs: this.jobs.active });

    this.jobs.pause();
    this.http.closeIdleConnections();
    await Promise.all([new Promise<void>((resolve, reject) => this.http.close((err) => (err ? reject(err) : resolve()))), this.jobs.drain]);

    log.info('http closed and job queue drained', { activeJobs: this.jobs.active });
    await this.redis.quit();
    await this.pg.end();
    log.info('shutdown complete');
  }
}
