// expect: none
// Correct: seat counts, projector warmth and the dome status are all awaited before being formatted, compared or serialised.
import { EventEmitter } from 'node:events';

interface Show {
  id: string;
  title: string;
  startsAt: Date;
  capacity: number;
  requiresFulldome: boolean;
}

interface DomeStatus {
  lampHours: number;
  tilt: 'flat' | 'tilted';
  faults: string[];
}

declare const seating: {
  availableSeats(showId: string): Promise<number>;
  holdSeats(showId: string, count: number): Promise<string>;
};

declare const projector: {
  isWarm(): Promise<boolean>;
  warmUp(signal: AbortSignal): Promise<void>;
  status(): Promise<DomeStatus>;
};

declare const ops: {
  post(channel: string, body: string): Promise<void>;
};

export class ShowScheduler extends EventEmitter {
  private readonly warmupBudgetMs = 90_000;

  constructor(private readonly shows: Show[]) {
    super();
  }

  nextShow(now = new Date()): Show | undefined {
    return this.shows.filter((s) => s.startsAt.getTime() > now.getTime()).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
  }

  async prepare(show: Show): Promise<void> {
    if (!(await projector.isWarm())) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), this.warmupBudgetMs);
      try {
        await projector.warmUp(controller.signal);
      } finally {
        clearTimeout(timer);
      }
    }

    const status = await projector.status();
    if (show.requiresFulldome && status.tilt !== 'tilted') {
      throw new Error(`${show.title} needs the tilted dome, currently ${status.tilt}`);
    }

    const seats = await seating.availableSeats(show.id);
    const soldPct = Math.round(((show.capacity - seats) / show.capacity) * 100);
    this.emit('prepared', { showId: show.id, seats, soldPct });

    await ops.post(
      '#front-of-house',
      `${show.title} at ${show.startsAt.toLocaleTimeString()}: ${seats} seats left (${soldPct}% sold), lamp ${status.lampHours}h`,
    );

    if (status.faults.length > 0) {
      await ops.post('#av-tech', JSON.stringify({ showId: show.id, faults: status.faults }));
    }
  }

  async holdForGroup(showId: string, size: number): Promise<string | null> {
    const seats = await seating.availableSeats(showId);
    if (seats < size) {
      return null;
    }
    const holdRef = await seating.holdSeats(showId, size);
    this.emit('held', { showId, size, holdRef });
    return holdRef;
  }
}
