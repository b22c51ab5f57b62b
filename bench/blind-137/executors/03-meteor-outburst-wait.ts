// expect: none
// Every exit path (matching alert, feed error, timeout) clears the timer and detaches the other listeners before settling.
import { EventEmitter } from 'node:events';

export interface OutburstAlert {
  shower: string;
  zhr: number;
  observedAt: string;
  station: string;
}

export class MeteorAlertFeed extends EventEmitter {
  private readonly seen = new Set<string>();

  ingest(alert: OutburstAlert): void {
    const key = `${alert.station}:${alert.observedAt}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.emit('alert', alert);
  }

  fail(err: Error): void {
    this.emit('error', err);
  }
}

export interface WaitOptions {
  minZhr: number;
  timeoutMs: number;
}

export function waitForOutburst(
  feed: MeteorAlertFeed,
  shower: string,
  { minZhr, timeoutMs }: WaitOptions,
): Promise<OutburstAlert> {
  return new Promise((resolve, reject) => {
    const onAlert = (alert: OutburstAlert) => {
      if (alert.shower !== shower || alert.zhr < minZhr) return;
      clearTimeout(timer);
      feed.off('alert', onAlert);
      feed.off('error', onError);
      resolve(alert);
    };
    const onError = (err: Error) => {
      clearTimeout(timer);
      feed.off('alert', onAlert);
      reject(err);
    };
    const timer = setTimeout(() => {
      feed.off('alert', onAlert);
      feed.off('error', onError);
      reject(new Error(`no ${shower} outburst above ZHR ${minZhr} within ${timeoutMs}ms`));
    }, timeoutMs);

    feed.on('alert', onAlert);
    feed.once('error', onError);
  });
}

export async function alertSubscribers(
  feed: MeteorAlertFeed,
  shower: string,
  notify: (message: string) => Promise<void>,
): Promise<boolean> {
  try {
    const alert = await waitForOutburst(feed, shower, { minZhr: 120, timeoutMs: 6 * 60 * 60 * 1000 });
    await notify(`${alert.shower} outburst: ZHR ${alert.zhr} reported by ${alert.station} at ${alert.observedAt}`);
    return true;
  } catch (err) {
    if (err instanceof Error && err.message.startsWith('no ')) return false;
    throw err;
  }
}
