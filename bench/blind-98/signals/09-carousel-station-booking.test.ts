// expect: none
// bookStation threads opts.signal into every calendar call and into its poll sleep, so the abort test really does cancel the wait and the AbortError reaches the caller untouched.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

type Station = 'stripping-tank' | 'gilding-bench' | 'spray-booth';

interface CallOpts {
  signal?: AbortSignal;
}

interface SlotCalendar {
  nextFree(station: Station, opts: CallOpts): Promise<Date | null>;
  reserve(station: Station, at: Date, pieceId: string, opts: CallOpts): Promise<string>;
}

async function bookStation(
  calendar: SlotCalendar,
  station: Station,
  pieceId: string,
  opts: { signal: AbortSignal; pollMs?: number },
): Promise<string> {
  for (;;) {
    const at = await calendar.nextFree(station, { signal: opts.signal });
    if (at) {
      return await calendar.reserve(station, at, pieceId, { signal: opts.signal });
    }
    await delay(opts.pollMs ?? 60_000, undefined, { signal: opts.signal });
  }
}

describe('bookStation', () => {
  const slot = new Date('2025-03-04T09:00:00Z');
  let ac: AbortController;
  let nextFree: ReturnType<typeof mock.fn<SlotCalendar['nextFree']>>;
  let reserve: ReturnType<typeof mock.fn<SlotCalendar['reserve']>>;
  let calendar: SlotCalendar;

  beforeEach(() => {
    ac = new AbortController();
    nextFree = mock.fn<SlotCalendar['nextFree']>(async () => slot);
    reserve = mock.fn<SlotCalendar['reserve']>(async (station, _at, pieceId) => `${station}/${pieceId}`);
    calendar = { nextFree, reserve };
  });

  afterEach(() => {
    ac.abort();
    mock.restoreAll();
  });

  it('reserves the first free slot and forwards the signal', async () => {
    const ref = await bookStation(calendar, 'gilding-bench', 'lead-horse-armored', { signal: ac.signal });

    assert.equal(ref, 'gilding-bench/lead-horse-armored');
    assert.equal(reserve.mock.calls[0].arguments[1], slot);
    assert.equal(reserve.mock.calls[0].arguments[3].signal, ac.signal);
    assert.equal(nextFree.mock.calls[0].arguments[1].signal, ac.signal);
  });

  it('polls until a slot opens', async () => {
    let calls = 0;
    nextFree.mock.mockImplementation(async () => (++calls < 3 ? null : slot));

    const ref = await bookStation(calendar, 'spray-booth', 'chariot-2', { signal: ac.signal, pollMs: 5 });

    assert.equal(ref, 'spray-booth/chariot-2');
    assert.equal(nextFree.mock.callCount(), 3);
  });

  it('gives up with AbortError when cancelled while waiting', async () => {
    let calls = 0;
    nextFree.mock.mockImplementation(async () => {
      if (++calls === 2) ac.abort();
      return null;
    });

    await assert.rejects(
      bookStation(calendar, 'stripping-tank', 'rounding-board-east', { signal: ac.signal, pollMs: 10 }),
      { name: 'AbortError' },
    );
    assert.equal(nextFree.mock.callCount(), 2);
    assert.equal(reserve.mock.callCount(), 0);
  });
});
