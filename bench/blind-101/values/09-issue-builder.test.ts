// expect: no-read-before-settle
// The draft-safety test sets renderedUrl in a 'rendered' listener but asserts on it immediately after queue(), before the asynchronous render has emitted anything, so it always sees undefined and passes even if drafts are published to the public path.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';

interface Crossword {
  id: string;
  status: 'draft' | 'final';
  issueDate: string;
  grid: string[];
}

interface Renderer {
  render(cw: Crossword, basePath: string): Promise<string>;
}

interface RenderedEvent {
  id: string;
  url: string;
}

class IssueBuilder extends EventEmitter {
  private closed = false;

  constructor(private readonly renderer: Renderer) {
    super();
  }

  queue(cw: Crossword): void {
    if (this.closed) throw new Error('issue builder is closed');
    const base = cw.status === 'final' ? `/puzzles/${cw.issueDate}` : `/draft/${cw.id}`;
    this.renderer.render(cw, base).then(
      (url) => {
        if (!this.closed) this.emit('rendered', { id: cw.id, url } satisfies RenderedEvent);
      },
      (err: unknown) => {
        if (!this.closed) this.emit('failed', { id: cw.id, err });
      },
    );
  }

  close(): void {
    this.closed = true;
    this.removeAllListeners();
  }
}

const fakeRenderer: Renderer = {
  async render(cw, basePath) {
    await new Promise((r) => setImmediate(r));
    return `https://cdn.example${basePath}/${cw.id}.pdf`;
  },
};

describe('IssueBuilder', () => {
  let builder: IssueBuilder;
  const finalPuzzle: Crossword = { id: 'everyman-4012', status: 'final', issueDate: '2025-06-08', grid: ['AB', 'CD'] };

  beforeEach(() => {
    builder = new IssueBuilder(fakeRenderer);
  });

  afterEach(() => {
    builder.close();
  });

  it('renders final puzzles under the issue date', async () => {
    const rendered = once(builder, 'rendered');
    builder.queue(finalPuzzle);
    const [event] = (await rendered) as [RenderedEvent];
    assert.equal(event.url, 'https://cdn.example/puzzles/2025-06-08/everyman-4012.pdf');
  });

  it('never renders a draft into the public issue path', () => {
    let renderedUrl: string | undefined;
    builder.on('rendered', (event: RenderedEvent) => {
      renderedUrl = event.url;
    });
    builder.queue({ ...finalPuzzle, id: 'everyman-4013', status: 'draft' });
    assert.ok(!renderedUrl?.includes('/puzzles/'), `draft leaked to ${renderedUrl}`);
  });

  it('refuses new work after close', () => {
    builder.close();
    assert.throws(() => builder.queue(finalPuzzle), /closed/);
  });
});
