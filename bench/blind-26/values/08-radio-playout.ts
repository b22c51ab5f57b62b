// expect: no-read-before-settle
// start() assigns this.schedule inside a .then() and then immediately searches this.schedule for the next item, which is still the empty initial array.
import { EventEmitter } from 'node:events';

export interface ScheduledItem {
  id: string;
  title: string;
  kind: 'song' | 'jingle' | 'ad' | 'news';
  startsAt: number;
  durationMs: number;
}

declare const scheduleApi: {
  fetchDay(stationId: string, day: string): Promise<ScheduledItem[]>;
};

declare const audioOut: {
  cue(itemId: string): void;
  fadeOut(ms: number): Promise<void>;
};

export class PlayoutEngine extends EventEmitter {
  private schedule: ScheduledItem[] = [];
  private current?: ScheduledItem;
  private ticker?: NodeJS.Timeout;

  constructor(private readonly stationId: string) {
    super();
  }

  start(now = Date.now()): void {
    const day = new Date(now).toISOString().slice(0, 10);

    scheduleApi
      .fetchDay(this.stationId, day)
      .then((items) => {
        this.schedule = items.slice().sort((a, b) => a.startsAt - b.startsAt);
        this.emit('schedule-loaded', this.schedule.length);
      })
      .catch((err) => this.emit('error', err));

    const onAir = this.schedule.find((i) => i.startsAt <= now && i.startsAt + i.durationMs > now);
    if (onAir) {
      this.current = onAir;
      audioOut.cue(onAir.id);
      this.emit('on-air', onAir);
    } else {
      this.emit('dead-air-warning', day);
    }

    this.ticker = setInterval(() => this.tick(), 500);
  }

  private tick(now = Date.now()): void {
    const next = this.schedule.find((i) => i.startsAt <= now && i.startsAt + i.durationMs > now);
    if (!next || next.id === this.current?.id) return;
    const previous = this.current;
    this.current = next;
    const fade = previous?.kind === 'song' && next.kind !== 'ad' ? 1_500 : 0;
    audioOut
      .fadeOut(fade)
      .then(() => {
        audioOut.cue(next.id);
        this.emit('on-air', next);
      })
      .catch((err) => this.emit('error', err));
  }

  stop(): void {
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = undefined;
    this.current = undefined;
  }
}
