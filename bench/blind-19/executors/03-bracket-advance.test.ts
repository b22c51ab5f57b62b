// expect: none
// The helper waits with once() for the result or 'error' and removes the other listener and the timer on whichever comes first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface MatchResult {
  matchId: string;
  winner: string;
  score: [number, number];
}

class BracketEngine extends EventEmitter {
  private readonly rounds = new Map<string, string[]>();

  seed(roundId: string, teams: string[]): void {
    this.rounds.set(roundId, [...teams]);
  }

  report(matchId: string, a: string, b: string, score: [number, number]): void {
    queueMicrotask(() => {
      if (score[0] === score[1]) {
        this.emit('error', new Error(`match ${matchId} cannot end in a draw`));
        return;
      }
      const winner = score[0] > score[1] ? a : b;
      this.emit('advanced', { matchId, winner, score } satisfies MatchResult);
    });
  }
}

function nextAdvance(engine: BracketEngine, timeoutMs = 500): Promise<MatchResult> {
  return new Promise<MatchResult>((resolve, reject) => {
    const onAdvanced = (result: MatchResult) => {
      cleanup();
      resolve(result);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error('no bracket update within timeout'));
    }, timeoutMs);
    function cleanup() {
      clearTimeout(timer);
      engine.off('advanced', onAdvanced);
      engine.off('error', onError);
    }
    engine.once('advanced', onAdvanced);
    engine.once('error', onError);
  });
}

test('winner advances with the reported score', async () => {
  const engine = new BracketEngine();
  engine.seed('quarterfinal', ['Vortex', 'Nightjar', 'Kestrel', 'Ironclad']);
  const pending = nextAdvance(engine);
  engine.report('qf-1', 'Vortex', 'Nightjar', [2, 1]);
  const result = await pending;
  assert.equal(result.winner, 'Vortex');
  assert.deepEqual(result.score, [2, 1]);
});

test('a drawn series is rejected', async () => {
  const engine = new BracketEngine();
  const pending = nextAdvance(engine);
  engine.report('qf-2', 'Kestrel', 'Ironclad', [1, 1]);
  await assert.rejects(pending, /cannot end in a draw/);
});

test('listeners are cleaned up after each match', async () => {
  const engine = new BracketEngine();
  for (let i = 0; i < 5; i++) {
    const pending = nextAdvance(engine);
    engine.report(`r16-${i}`, 'Vortex', 'Kestrel', [0, 2]);
    await pending;
  }
  assert.equal(engine.listenerCount('advanced'), 0);
  assert.equal(engine.listenerCount('error'), 0);
});
