// expect: no-promise-as-value
// onCrossing puts this.projectFinish(...), an async method, into the broadcast payload without awaiting it, so JSON.stringify serialises `projectedFinishMs` as {} and every spectator app shows a blank projected finish time.
import { EventEmitter } from 'node:events';

export interface Crossing {
  bib: number;
  checkpoint: string;
  km: number;
  gunTimeMs: number;
}

interface PaceModel {
  projectedFinish(bib: number, km: number, elapsedMs: number): Promise<number>;
}

interface Channel {
  publish(topic: string, payload: string): void;
}

interface RunnerDirectory {
  name(bib: number): string | undefined;
}

const MARATHON_KM = 42.195;

export class SplitBroadcaster {
  private readonly lastKm = new Map<number, number>();

  constructor(
    private readonly reader: EventEmitter,
    private readonly pace: PaceModel,
    private readonly channel: Channel,
    private readonly runners: RunnerDirectory,
  ) {}

  start(): void {
    this.reader.on('crossing', this.onCrossing);
  }

  stop(): void {
    this.reader.off('crossing', this.onCrossing);
  }

  private projectFinish(c: Crossing): Promise<number> {
    if (c.km >= MARATHON_KM) return Promise.resolve(c.gunTimeMs);
    return this.pace.projectedFinish(c.bib, c.km, c.gunTimeMs);
  }

  private readonly onCrossing = (c: Crossing): void => {
    const previous = this.lastKm.get(c.bib) ?? 0;
    if (c.km <= previous) return;
    this.lastKm.set(c.bib, c.km);

    const payload = {
      bib: c.bib,
      name: this.runners.name(c.bib) ?? `Runner ${c.bib}`,
      checkpoint: c.checkpoint,
      km: c.km,
      elapsedMs: c.gunTimeMs,
      projectedFinishMs: this.projectFinish(c),
    };
    this.channel.publish(`splits/${c.bib}`, JSON.stringify(payload));
  };
}

export function formatElapsed(ms: number): string {
  const total = Math.round(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}
