// expect: none
// The split is read only after awaiting events.once for the monitor's 'split' event, which was subscribed before the synchronous request was sent.
import { EventEmitter, once } from 'node:events';

export interface SplitEvent {
  ergId: string;
  distanceM: number;
  elapsedMs: number;
  strokeRate: number;
  watts: number;
}

export interface PerformanceMonitor extends EventEmitter {
  readonly ergId: string;
  requestSplit(): void;
}

export interface PaceCheck {
  ergId: string;
  split500Ms: number;
  onPace: boolean;
  projectedFinishMs: number;
}

export function split500(event: SplitEvent): number {
  return (event.elapsedMs / event.distanceM) * 500;
}

export function formatSplit(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  const seconds = ((ms % 60_000) / 1000).toFixed(1).padStart(4, '0');
  return `${minutes}:${seconds}`;
}

export class PaceCoach {
  private readonly lastChecks = new Map<string, PaceCheck>();

  constructor(
    private readonly pieceDistanceM: number,
    private readonly targetFinishMs: number,
  ) {}

  async check(monitor: PerformanceMonitor): Promise<PaceCheck> {
    const next = once(monitor, 'split');
    monitor.requestSplit();
    const [event] = (await next) as [SplitEvent];

    const splitMs = split500(event);
    const projectedFinishMs = Math.round((splitMs / 500) * this.pieceDistanceM);
    const result: PaceCheck = {
      ergId: monitor.ergId,
      split500Ms: Math.round(splitMs),
      onPace: projectedFinishMs <= this.targetFinishMs,
      projectedFinishMs,
    };
    this.lastChecks.set(monitor.ergId, result);
    return result;
  }

  async checkCrew(monitors: PerformanceMonitor[]): Promise<PaceCheck[]> {
    const checks: PaceCheck[] = [];
    for (const monitor of monitors) {
      checks.push(await this.check(monitor));
    }
    return checks;
  }

  callout(check: PaceCheck): string {
    const delta = check.projectedFinishMs - this.targetFinishMs;
    const sign = delta > 0 ? '+' : '-';
    return `${check.ergId}: ${formatSplit(check.split500Ms)}/500m, ${sign}${formatSplit(Math.abs(delta))} vs target`;
  }
}
