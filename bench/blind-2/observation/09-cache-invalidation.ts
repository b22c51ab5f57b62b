// expect: none
// The listener stays synchronous and hands the purge promise a .catch() that logs and schedules a retry, so the emitter dropping the listener's return value loses nothing and no rejection goes unhandled.
import { EventEmitter } from 'node:events';

interface ContentChange {
  kind: 'article' | 'author' | 'tag';
  id: string;
  paths: string[];
}
declare const cdn: { purge(paths: string[], opts: { soft: boolean }): Promise<{ purgeId: string }> };

export class CdnInvalidator {
  private readonly retryQueue = new Map<string, string[]>();
  private retryTimer: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly changes: EventEmitter) {}

  start(): void {
    this.changes.on('content:changed', (change: ContentChange) => {
      const paths = this.expand(change);
      cdn
        .purge(paths, { soft: change.kind !== 'article' })
        .then(({ purgeId }) => console.debug(`[cdn] purged ${paths.length} paths for ${change.kind}/${change.id} (${purgeId})`))
        .catch((err: Error) => {
          console.warn(`[cdn] purge failed for ${change.kind}/${change.id}, will retry: ${err.message}`);
          this.retryQueue.set(`${change.kind}/${change.id}`, paths);
        });
    });
    this.retryTimer = setInterval(() => this.retryFailed(), 30_000);
    this.retryTimer.unref();
  }

  stop(): void {
    if (this.retryTimer) clearInterval(this.retryTimer);
    this.retryTimer = null;
    this.changes.removeAllListeners('content:changed');
  }

  private expand(change: ContentChange): string[] {
    const extra = change.kind === 'article' ? ['/', '/feed.xml'] : [`/${change.kind}s/${change.id}`];
    return [...new Set([...change.paths, ...extra])];
  }

  private retryFailed(): void {
    const batch = [...this.retryQueue.entries()];
    this.retryQueue.clear();
    if (batch.length === 0) return;
    const paths = [...new Set(batch.flatMap(([, p]) => p))];
    cdn.purge(paths, { soft: false }).catch((err: Error) => {
      console.error(`[cdn] retry purge of ${paths.length} paths failed: ${err.message}`);
      for (const [key, p] of batch) this.retryQueue.set(key, p);
    });
  }
}
