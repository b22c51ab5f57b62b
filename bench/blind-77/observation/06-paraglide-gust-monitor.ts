// expect: no-floating-promises
// Bug: the async 'gust' listener is handed to EventEmitter, which ignores its promise, so a failing launchBoard.close() is an unhandled rejection.
import { EventEmitter } from 'node:events';

export interface Gust {
  stationId: string;
  speedKmh: number;
  directionDeg: number;
  at: number;
}

export interface SiteLimits {
  maxGustKmh: number;
  maxCrossDeg: number;
  launchHeadingDeg: number;
}

declare const launchBoard: {
  close(siteId: string, reason: string): Promise<void>;
  reopen(siteId: string): Promise<void>;
  isOpen(siteId: string): Promise<boolean>;
};
declare const pilotsChannel: { broadcast(siteId: string, text: string): Promise<void> };

function crossAngle(directionDeg: number, headingDeg: number): number {
  const d = Math.abs(((directionDeg - headingDeg + 540) % 360) - 180);
  return d;
}

export class LaunchSiteMonitor {
  private readonly recent: Gust[] = [];
  private closedSince: number | null = null;

  constructor(
    private readonly siteId: string,
    private readonly station: EventEmitter,
    private readonly limits: SiteLimits,
  ) {}

  start(): void {
    this.station.on('gust', async (gust: Gust) => {
      this.remember(gust);
      if (this.closedSince !== null) return;

      const tooStrong = gust.speedKmh > this.limits.maxGustKmh;
      const tooCross = crossAngle(gust.directionDeg, this.limits.launchHeadingDeg) > this.limits.maxCrossDeg;
      if (!tooStrong && !tooCross) return;

      this.closedSince = gust.at;
      const reason = tooStrong ? `gust ${gust.speedKmh} km/h` : `crosswind from ${gust.directionDeg}°`;
      await launchBoard.close(this.siteId, reason);
      await pilotsChannel.broadcast(this.siteId, `Launch closed: ${reason}`);
    });
  }

  private remember(gust: Gust): void {
    this.recent.push(gust);
    const horizon = gust.at - 20 * 60_000;
    while (this.recent.length > 0 && this.recent[0].at < horizon) this.recent.shift();
  }

  peakGustKmh(): number {
    return this.recent.reduce((max, g) => Math.max(max, g.speedKmh), 0);
  }

  async maybeReopen(now = Date.now()): Promise<boolean> {
    if (this.closedSince === null) return false;
    if (now - this.closedSince < 15 * 60_000) return false;
    if (this.peakGustKmh() > this.limits.maxGustKmh * 0.8) return false;

    await launchBoard.reopen(this.siteId);
    await pilotsChannel.broadcast(this.siteId, 'Launch reopened — check the windsock before laying out.');
    this.closedSince = null;
    return true;
  }
}
