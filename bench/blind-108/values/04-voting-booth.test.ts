// expect: no-read-before-settle
// The "accepts a well-formed ballot" test reads `failure` right after cast(), but the booth only emits 'error' from its setImmediate validation pass, so the assertion always sees undefined and passes even when valid ballots are being rejected.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';

interface Ballot {
  voterCode: string;
  sculptureId: string;
}

interface Tally {
  leader: string | null;
  counts: Record<string, number>;
}

class VotingBooth extends EventEmitter {
  private readonly seenVoters = new Set<string>();
  private readonly counts: Record<string, number> = {};
  private publishTimer: NodeJS.Timeout | undefined;

  constructor(private readonly sculptures: Set<string>, private readonly publishEveryMs = 5_000) {
    super();
  }

  cast(ballot: Ballot): void {
    setImmediate(() => {
      if (!/^[A-Z]{3}\d{3}$/.test(ballot.voterCode)) {
        this.emit('error', new Error(`malformed voter code ${ballot.voterCode}`));
        return;
      }
      if (this.seenVoters.has(ballot.voterCode)) {
        this.emit('error', new Error(`voter ${ballot.voterCode} already voted`));
        return;
      }
      if (!this.sculptures.has(ballot.sculptureId)) {
        this.emit('error', new Error(`unknown sculpture ${ballot.sculptureId}`));
        return;
      }
      this.seenVoters.add(ballot.voterCode);
      this.counts[ballot.sculptureId] = (this.counts[ballot.sculptureId] ?? 0) + 1;
      this.publishTimer ??= setTimeout(() => this.publish(), this.publishEveryMs);
    });
  }

  private publish(): void {
    this.publishTimer = undefined;
    const ranked = Object.entries(this.counts).sort((a, b) => b[1] - a[1]);
    this.emit('tally', { leader: ranked[0]?.[0] ?? null, counts: { ...this.counts } } satisfies Tally);
  }

  close(): void {
    clearTimeout(this.publishTimer);
    this.removeAllListeners();
  }
}

describe('VotingBooth', () => {
  let booth: VotingBooth;

  beforeEach(() => {
    mock.timers.enable({ apis: ['setTimeout'] });
    booth = new VotingBooth(new Set(['kraken', 'mermaid', 'lighthouse']));
  });

  afterEach(() => {
    booth.close();
    mock.timers.reset();
  });

  it('accepts a well-formed ballot', () => {
    let failure: Error | undefined;
    booth.on('error', (err: Error) => {
      failure = err;
    });
    booth.cast({ voterCode: 'ABC123', sculptureId: 'kraken' });
    assert.equal(failure, undefined);
  });

  it('rejects a second ballot from the same voter', async () => {
    booth.cast({ voterCode: 'XYZ789', sculptureId: 'mermaid' });
    booth.cast({ voterCode: 'XYZ789', sculptureId: 'kraken' });
    const [err] = (await once(booth, 'error')) as [Error];
    assert.match(err.message, /already voted/);
  });

  it('publishes the tally after the batching window', async () => {
    booth.cast({ voterCode: 'AAA111', sculptureId: 'lighthouse' });
    booth.cast({ voterCode: 'BBB222', sculptureId: 'lighthouse' });
    booth.cast({ voterCode: 'CCC333', sculptureId: 'kraken' });
    await new Promise<void>((resolve) => setImmediate(resolve));
    const tallied = once(booth, 'tally');
    mock.timers.tick(5_000);
    const [tally] = (await tallied) as [Tally];
    assert.equal(tally.leader, 'lighthouse');
    assert.deepEqual(tally.counts, { lighthouse: 2, kraken: 1 });
  });
});
