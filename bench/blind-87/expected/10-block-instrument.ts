// expect: none
// `this.ready` in Promise.all is a promise field, not a method, and the references returned by bellHandlers() are arrow fields that the bell plunger wiring calls later.
import { EventEmitter } from 'node:events';

export type BlockState = 'normal' | 'line-clear' | 'train-on-line';

export interface Timetable {
  box: string;
  trains: Array<{ headcode: string; due: string; direction: 'up' | 'down' }>;
}

declare const config: { neighbours(box: string): Promise<{ up: string; down: string }> };
declare const timetables: { today(box: string): Promise<Timetable> };
declare const registerBook: { append(line: string): Promise<void> };

export class BlockInstrument extends EventEmitter {
  readonly ready: Promise<{ up: string; down: string }>;
  private state: BlockState = 'normal';
  private timetable: Timetable | null = null;

  constructor(private readonly box: string) {
    super();
    this.ready = config.neighbours(box);
    // surfaced through open(); this only stops an early failure being reported twice
    this.ready.catch(() => {});
  }

  async open(): Promise<void> {
    const [neighbours, timetable] = await Promise.all([this.ready, timetables.today(this.box)]);
    this.timetable = timetable;
    await registerBook.append(`${this.box} opened; up ${neighbours.up}, down ${neighbours.down}`);
  }

  readonly onLineClear = async (headcode: string): Promise<void> => {
    if (this.state !== 'normal') throw new Error(`cannot give line clear for ${headcode}: block is ${this.state}`);
    this.state = 'line-clear';
    this.emit('state', this.state);
    await registerBook.append(`${new Date().toISOString()} line clear ${headcode}`);
  };

  readonly onTrainEnteringSection = async (headcode: string): Promise<void> => {
    this.state = 'train-on-line';
    this.emit('state', this.state);
    await registerBook.append(`${new Date().toISOString()} TOL ${headcode}`);
  };

  readonly onTrainOutOfSection = async (headcode: string): Promise<void> => {
    this.state = 'normal';
    this.emit('state', this.state);
    await registerBook.append(`${new Date().toISOString()} TOOS ${headcode}`);
  };

  /** The bell plunger wiring keeps these and calls them on each bell code. */
  bellHandlers(): Record<'3-pause-1' | '2' | '2-1', (headcode: string) => Promise<void>> {
    return {
      '3-pause-1': this.onLineClear,
      '2': this.onTrainEnteringSection,
      '2-1': this.onTrainOutOfSection,
    };
  }

  nextTrain(now = new Date()): string | null {
    const hhmm = now.toTimeString().slice(0, 5);
    return this.timetable?.trains.find((t) => t.due >= hhmm)?.headcode ?? null;
  }
}
