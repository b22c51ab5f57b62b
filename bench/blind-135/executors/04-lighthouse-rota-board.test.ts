// expect: none
// The test helper's promise settles once via a one-shot listener, clears its timer on success and removes the listener when it times out.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';

interface Shift {
  keeper: string;
  station: string;
  start: string;
  end: string;
}

class RotaBoard extends EventEmitter {
  private shifts: Shift[] = [];
  private publishDelayMs: number;

  constructor(publishDelayMs = 10) {
    super();
    this.publishDelayMs = publishDelayMs;
  }

  assign(shift: Shift): void {
    const clash = this.shifts.find(
      (s) => s.keeper === shift.keeper && s.start < shift.end && shift.start < s.end,
    );
    if (clash) throw new Error(`${shift.keeper} already on watch at ${clash.station}`);
    this.shifts.push(shift);
  }

  publish(week: string): void {
    const snapshot = [...this.shifts].sort((a, b) => a.start.localeCompare(b.start));
    setTimeout(() => this.emit('published', { week, shifts: snapshot }), this.publishDelayMs);
  }

  get size(): number {
    return this.shifts.length;
  }
}

function nextEvent<T>(emitter: EventEmitter, name: string, ms = 200): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onEvent = (payload: T) => {
      clearTimeout(timer);
      resolve(payload);
    };
    const timer = setTimeout(() => {
      emitter.off(name, onEvent);
      reject(new Error(`no '${name}' event within ${ms}ms`));
    }, ms);
    emitter.once(name, onEvent);
  });
}

describe('RotaBoard', () => {
  let board: RotaBoard;

  beforeEach(() => {
    board = new RotaBoard(5);
  });

  afterEach(() => {
    board.removeAllListeners();
    vi.restoreAllMocks();
  });

  it('publishes shifts sorted by start time', async () => {
    board.assign({ keeper: 'Morag', station: 'Ardnamurchan', start: '2024-03-02T18:00', end: '2024-03-03T02:00' });
    board.assign({ keeper: 'Eilidh', station: 'Ardnamurchan', start: '2024-03-02T10:00', end: '2024-03-02T18:00' });

    const published = nextEvent<{ week: string; shifts: Shift[] }>(board, 'published');
    board.publish('2024-W09');
    const payload = await published;

    expect(payload.week).toBe('2024-W09');
    expect(payload.shifts.map((s) => s.keeper)).toEqual(['Eilidh', 'Morag']);
  });

  it('rejects overlapping watches for the same keeper', () => {
    board.assign({ keeper: 'Angus', station: 'Kinnaird Head', start: '2024-03-04T02:00', end: '2024-03-04T10:00' });
    expect(() =>
      board.assign({ keeper: 'Angus', station: 'Rattray', start: '2024-03-04T08:00', end: '2024-03-04T16:00' }),
    ).toThrow(/already on watch at Kinnaird Head/);
    expect(board.size).toBe(1);
  });

  it('does not leave listeners behind when nothing is published', async () => {
    await expect(nextEvent(board, 'published', 20)).rejects.toThrow(/no 'published' event/);
    expect(board.listenerCount('published')).toBe(0);
  });

  it('notifies every subscriber once per publish', async () => {
    const spy = vi.fn();
    board.on('published', spy);
    const done = nextEvent(board, 'published');
    board.publish('2024-W10');
    await done;
    expect(spy).toHaveBeenCalledTimes(1);
  });
});
