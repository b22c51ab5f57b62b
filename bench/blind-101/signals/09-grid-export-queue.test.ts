// expect: none
// The export queue retries only ordinary render failures and rethrows as soon as its signal has aborted, passing the signal to the renderer and the back-off sleep; the tests assert that cancellation surfaces as an AbortError.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface GridPage {
  puzzleId: string;
  page: 'grid' | 'clues' | 'solution';
}

interface Renderer {
  render(page: GridPage, opts: { signal: AbortSignal }): Promise<Uint8Array>;
}

class GridExportQueue {
  private readonly controller = new AbortController();

  constructor(
    private readonly renderer: Renderer,
    private readonly backoffMs = 10,
  ) {}

  private async renderWithRetry(page: GridPage, signal: AbortSignal): Promise<Uint8Array> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.renderer.render(page, { signal });
      } catch (err) {
        if (signal.aborted || attempt >= 3) throw err;
        await sleep(this.backoffMs * attempt, undefined, { signal });
      }
    }
  }

  async exportPuzzle(puzzleId: string, signal?: AbortSignal): Promise<Map<GridPage['page'], number>> {
    const combined = signal ? AbortSignal.any([signal, this.controller.signal]) : this.controller.signal;
    const sizes = new Map<GridPage['page'], number>();
    for (const page of ['grid', 'clues', 'solution'] as const) {
      const pdf = await this.renderWithRetry({ puzzleId, page }, combined);
      sizes.set(page, pdf.byteLength);
    }
    return sizes;
  }

  close(): void {
    this.controller.abort(new DOMException('export queue closed', 'AbortError'));
  }
}

function abortableDelay(ms: number, signal: AbortSignal): Promise<void> {
  return sleep(ms, undefined, { signal });
}

describe('GridExportQueue', () => {
  let render: ReturnType<typeof mock.fn<Renderer['render']>>;
  let queue: GridExportQueue;

  beforeEach(() => {
    render = mock.fn<Renderer['render']>(async (_page, { signal }) => {
      await abortableDelay(5, signal);
      return new Uint8Array(1024);
    });
    queue = new GridExportQueue({ render });
  });

  afterEach(() => {
    queue.close();
    mock.restoreAll();
  });

  it('renders grid, clues and solution in order', async () => {
    const sizes = await queue.exportPuzzle('prize-28811');
    assert.deepEqual([...sizes.keys()], ['grid', 'clues', 'solution']);
    assert.equal(render.mock.callCount(), 3);
  });

  it('retries a flaky render twice before giving up', async () => {
    let calls = 0;
    render.mock.mockImplementation(async () => {
      calls += 1;
      if (calls < 3) throw new Error('ghostscript crashed');
      return new Uint8Array(2048);
    });
    const sizes = await queue.exportPuzzle('prize-28812');
    assert.equal(sizes.get('grid'), 2048);
  });

  it('stops immediately and reports AbortError when the caller cancels', async () => {
    const controller = new AbortController();
    const pending = queue.exportPuzzle('prize-28813', controller.signal);
    controller.abort();
    await assert.rejects(pending, { name: 'AbortError' });
    assert.ok(render.mock.callCount() <= 1, 'no further pages rendered after abort');
  });

  it('rejects in-flight exports when the queue is closed', async () => {
    const pending = queue.exportPuzzle('prize-28814');
    queue.close();
    await assert.rejects(pending, { name: 'AbortError', message: 'export queue closed' });
  });
});
