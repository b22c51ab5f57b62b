// expect: no-multiple-settle
// The timeout timer is never cleared when a launchable window arrives, so it fires later and calls reject on an already-resolved deferred.
import { EventEmitter } from 'node:events';

export interface WindUpdate {
  siteId: string;
  directionDeg: number;
  meanKts: number;
  gustKts: number;
  observedAt: number;
}

export interface LaunchSite {
  id: string;
  name: string;
  /** Acceptable wind directions, inclusive, clockwise from `fromDeg` to `toDeg`. */
  fromDeg: number;
  toDeg: number;
  maxGustKts: number;
}

export interface LaunchWindow {
  site: LaunchSite;
  update: WindUpdate;
  openedAt: Date;
}

function directionFits(site: LaunchSite, deg: number): boolean {
  return site.fromDeg <= site.toDeg
    ? deg >= site.fromDeg && deg <= site.toDeg
    : deg >= site.fromDeg || deg <= site.toDeg;
}

export class LaunchWindowWatcher {
  constructor(private readonly feed: EventEmitter) {}

  waitForWindow(site: LaunchSite, timeoutMs: number): Promise<LaunchWindow> {
    const { promise, resolve, reject } = Promise.withResolvers<LaunchWindow>();

    const onUpdate = (update: WindUpdate) => {
      if (update.siteId !== site.id) return;
      const gustFactor = update.gustKts - update.meanKts;
      if (update.gustKts <= site.maxGustKts && gustFactor < 8 && directionFits(site, update.directionDeg)) {
        this.feed.off('update', onUpdate);
        resolve({ site, update, openedAt: new Date() });
      }
    };

    this.feed.on('update', onUpdate);

    setTimeout(() => {
      this.feed.off('update', onUpdate);
      reject(new Error(`no launchable window at ${site.name} within ${Math.round(timeoutMs / 60_000)} min`));
    }, timeoutMs);

    return promise;
  }

  latestFor(siteId: string, history: readonly WindUpdate[]): WindUpdate | undefined {
    let latest: WindUpdate | undefined;
    for (const update of history) {
      if (update.siteId === siteId && (!latest || update.observedAt > latest.observedAt)) latest = update;
    }
    return latest;
  }
}

export async function issueLaunchPermit(
  watcher: LaunchWindowWatcher,
  site: LaunchSite,
  pilot: string,
): Promise<string> {
  const window = await watcher.waitForWindow(site, 45 * 60_000);
  const validUntil = new Date(window.openedAt.getTime() + 20 * 60_000);
  return `${pilot} cleared to launch at ${site.name} until ${validUntil.toISOString()} (wind ${window.update.directionDeg}° ${window.update.meanKts} kt)`;
}
