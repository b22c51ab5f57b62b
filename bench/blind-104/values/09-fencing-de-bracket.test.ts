// expect: none
// The tests read the 'advanced' log and the champion captured by listeners only after awaiting the rounds that emit them, and every assertion on an async result awaits it first, so nothing is read before it is written and no promise is asserted as a value.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface BoutScore {
  top: number;
  bottom: number;
}

interface RefereeConsole {
  result(tableau: number, slot: number): Promise<BoutScore>;
}

class EliminationBracket extends EventEmitter {
  private round: string[];

  constructor(
    seeds: string[],
    private readonly referee: RefereeConsole,
  ) {
    super();
    if (seeds.length & (seeds.length - 1)) throw new Error('tableau size must be a power of two');
    this.round = [...seeds];
  }

  get remaining(): readonly string[] {
    return this.round;
  }

  async playRound(): Promise<string[]> {
    if (this.round.length < 2) throw new Error('bracket already decided');
    const tableau = this.round.length;
    const winners: string[] = [];
    for (let slot = 0; slot < tableau / 2; slot++) {
      const top = this.round[slot]!;
      const bottom = this.round[tableau - 1 - slot]!;
      const score = await this.referee.result(tableau, slot);
      const winner = score.top > score.bottom ? top : bottom;
      winners.push(winner);
      this.emit('advanced', { tableau, winner, score });
    }
    this.round = winners;
    if (winners.length === 1) this.emit('champion', winners[0]);
    return winners;
  }

  async isDecided(): Promise<boolean> {
    return this.round.length === 1;
  }
}

describe('EliminationBracket', () => {
  let result: ReturnType<typeof mock.fn<RefereeConsole['result']>>;
  let bracket: EliminationBracket;

  beforeEach(() => {
    result = mock.fn<RefereeConsole['result']>(async () => ({ top: 15, bottom: 9 }));
    bracket = new EliminationBracket(['Ito', 'Varga', 'Dupont', 'Nkosi'], { result });
  });

  afterEach(() => {
    bracket.removeAllListeners();
    mock.restoreAll();
  });

  it('pairs first seed against last seed', async () => {
    const advanced: string[] = [];
    bracket.on('advanced', (e: { winner: string }) => advanced.push(e.winner));
    const winners = await bracket.playRound();
    assert.deepEqual(winners, ['Ito', 'Varga']);
    assert.deepEqual(advanced, ['Ito', 'Varga']);
    assert.deepEqual(result.mock.calls.map((c) => c.arguments), [
      [4, 0],
      [4, 1],
    ]);
  });

  it('announces a champion after the final', async () => {
    result.mock.mockImplementation(async (tableau) => (tableau === 2 ? { top: 11, bottom: 15 } : { top: 15, bottom: 3 }));
    let champion: string | undefined;
    bracket.once('champion', (name: string) => {
      champion = name;
    });
    await bracket.playRound();
    await bracket.playRound();
    assert.equal(champion, 'Varga');
    assert.equal(await bracket.isDecided(), true);
  });

  it('refuses to play past the final', async () => {
    await bracket.playRound();
    await bracket.playRound();
    assert.ok(await bracket.isDecided());
    await assert.rejects(bracket.playRound(), /already decided/);
  });
});
