// expect: none
// Every assertion compares an awaited value; the only promise handed to assert is to assert.rejects, which expects one.
import { test } from 'node:test';
import assert from 'node:assert/strict';

interface Piece {
  title: string;
  composer: string;
  minutes: number;
  lowestBell: number; // 1 = bourdon
  needsPedal: boolean;
}

interface BellStatus {
  bell: number;
  clapperOk: boolean;
  inTune: boolean;
}

class RecitalPlanner {
  constructor(
    private readonly bellCheck: (bell: number) => Promise<BellStatus>,
    private readonly pedalWorking: boolean,
  ) {}

  async isPlayable(piece: Piece): Promise<boolean> {
    if (piece.needsPedal && !this.pedalWorking) return false;
    const status = await this.bellCheck(piece.lowestBell);
    return status.clapperOk && status.inTune;
  }

  async programme(pieces: Piece[], maxMinutes: number): Promise<Piece[]> {
    const chosen: Piece[] = [];
    let total = 0;
    for (const piece of pieces) {
      if (total + piece.minutes > maxMinutes) continue;
      if (!(await this.isPlayable(piece))) continue;
      chosen.push(piece);
      total += piece.minutes;
    }
    if (chosen.length === 0) throw new Error('no playable pieces fit the recital slot');
    return chosen;
  }
}

const healthy = async (bell: number): Promise<BellStatus> => ({ bell, clapperOk: true, inTune: true });
const crackedBourdon = async (bell: number): Promise<BellStatus> => ({ bell, clapperOk: bell !== 1, inTune: true });

const PIECES: Piece[] = [
  { title: 'Preludium 5', composer: 'Van den Gheyn', minutes: 6, lowestBell: 3, needsPedal: false },
  { title: 'Suite Archaïque', composer: 'Barnes', minutes: 11, lowestBell: 1, needsPedal: true },
  { title: 'Londonderry Air', composer: 'trad. arr. Price', minutes: 4, lowestBell: 2, needsPedal: false },
];

test('a piece is playable when its lowest bell is sound', async () => {
  const planner = new RecitalPlanner(healthy, true);
  assert.equal(await planner.isPlayable(PIECES[1]), true);
});

test('a cracked bourdon rules out pieces that need it', async () => {
  const planner = new RecitalPlanner(crackedBourdon, true);
  assert.equal(await planner.isPlayable(PIECES[1]), false);
  assert.ok(await planner.isPlayable(PIECES[0]));
});

test('pedal pieces are skipped when the pedal clavier is out of order', async () => {
  const planner = new RecitalPlanner(healthy, false);
  const programme = await planner.programme(PIECES, 30);
  assert.deepEqual(
    programme.map((p) => p.title),
    ['Preludium 5', 'Londonderry Air'],
  );
});

test('the programme respects the slot length', async () => {
  const planner = new RecitalPlanner(healthy, true);
  const programme = await planner.programme(PIECES, 12);
  const minutes = programme.reduce((sum, p) => sum + p.minutes, 0);
  assert.ok(minutes <= 12, `programme runs ${minutes} minutes`);
});

test('an empty programme is an error', async () => {
  const planner = new RecitalPlanner(crackedBourdon, false);
  await assert.rejects(planner.programme([PIECES[1]], 30), /no playable pieces/);
});
