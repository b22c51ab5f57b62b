// expect: no-multiple-settle
// The published() test helper only listens for 'published' and ignores the publisher's 'error' event, so when the CMS rejects a grid the promise never settles and the test hangs until the runner's timeout instead of failing with the CMS error.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface Puzzle {
  id: string;
  setter: string;
  grid: string[];
  clues: { across: string[]; down: string[] };
}

interface PublishedEvent {
  puzzleId: string;
  url: string;
}

interface Cms {
  push(puzzle: Puzzle): Promise<string>;
}

class PuzzlePublisher extends EventEmitter {
  private readonly pending = new Map<string, NodeJS.Timeout>();

  constructor(private readonly cms: Cms) {
    super();
  }

  schedule(puzzle: Puzzle, embargoMs: number): void {
    if (puzzle.grid.some((row) => row.length !== puzzle.grid.length)) {
      throw new Error(`grid for ${puzzle.id} is not square`);
    }
    const timer = setTimeout(() => {
      this.pending.delete(puzzle.id);
      this.cms.push(puzzle).then(
        (url) => this.emit('published', { puzzleId: puzzle.id, url } satisfies PublishedEvent),
        (err: unknown) => this.emit('error', err),
      );
    }, embargoMs);
    this.pending.set(puzzle.id, timer);
  }

  cancelAll(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }
}

function published(publisher: PuzzlePublisher): Promise<PublishedEvent> {
  return new Promise<PublishedEvent>((resolve) => {
    publisher.once('published', resolve);
  });
}

const fixture: Puzzle = {
  id: 'cryptic-30412',
  setter: 'Araucaria',
  grid: ['CAT', 'A.E', 'TEN'],
  clues: { across: ['Feline (3)', 'Number (3)'], down: ['Puss (3)', 'Decade (3)'] },
};

describe('PuzzlePublisher', () => {
  let cms: { push: ReturnType<typeof mock.fn<Cms['push']>> };
  let publisher: PuzzlePublisher;

  beforeEach(() => {
    mock.timers.enable({ apis: ['setTimeout'] });
    cms = { push: mock.fn<Cms['push']>(async (p) => `https://puzzles.example/${p.id}`) };
    publisher = new PuzzlePublisher(cms);
  });

  afterEach(() => {
    publisher.cancelAll();
    publisher.removeAllListeners();
    mock.timers.reset();
  });

  it('holds the puzzle until the embargo lifts', async () => {
    publisher.schedule(fixture, 60_000);
    mock.timers.tick(59_999);
    assert.equal(cms.push.mock.callCount(), 0);

    const done = published(publisher);
    mock.timers.tick(1);
    const event = await done;
    assert.equal(event.url, 'https://puzzles.example/cryptic-30412');
  });

  it('pushes the exact grid that was scheduled', async () => {
    const done = published(publisher);
    publisher.schedule(fixture, 0);
    mock.timers.tick(0);
    await done;
    assert.deepEqual(cms.push.mock.calls[0].arguments[0].grid, fixture.grid);
  });

  it('refuses a non-square grid up front', () => {
    assert.throws(() => publisher.schedule({ ...fixture, grid: ['CATS', 'A.E'] }, 0), /not square/);
  });
});
