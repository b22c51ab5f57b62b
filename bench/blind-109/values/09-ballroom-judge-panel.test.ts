// expect: no-promise-as-value
// The quorum test asserts `expect(panel.hasQuorum(...)).toBeTruthy()` on the unawaited promise, which is always truthy, so the test can never fail: it passes just the same when hasQuorum resolves false (and a rejection from the store goes unhandled).
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Judge { id: string; name: string; licence: 'A' | 'B' | 'C' }
interface PanelStore {
  judgesFor(heat: string): Promise<Judge[]>;
  assign(heat: string, judgeId: string): Promise<void>;
}

class JudgePanel {
  constructor(private readonly store: PanelStore, private readonly minJudges = 5) {}

  async hasQuorum(heat: string): Promise<boolean> {
    const judges = await this.store.judgesFor(heat);
    const licensed = judges.filter((j) => j.licence !== 'C');
    return judges.length >= this.minJudges && licensed.length >= Math.ceil(this.minJudges / 2);
  }

  async addJudge(heat: string, judge: Judge): Promise<number> {
    const current = await this.store.judgesFor(heat);
    if (current.some((j) => j.id === judge.id)) throw new Error(`${judge.name} already judges ${heat}`);
    if (current.length % 2 === 1 && current.length >= this.minJudges) {
      throw new Error(`panel for ${heat} is already an odd size`);
    }
    await this.store.assign(heat, judge.id);
    return current.length + 1;
  }
}

const judge = (id: string, licence: Judge['licence'] = 'A'): Judge => ({ id, name: `Judge ${id}`, licence });

describe('JudgePanel', () => {
  let judgesFor: ReturnType<typeof vi.fn<PanelStore['judgesFor']>>;
  let assign: ReturnType<typeof vi.fn<PanelStore['assign']>>;
  let panel: JudgePanel;

  beforeEach(() => {
    judgesFor = vi.fn<PanelStore['judgesFor']>();
    assign = vi.fn<PanelStore['assign']>().mockResolvedValue(undefined);
    panel = new JudgePanel({ judgesFor, assign });
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('has quorum with five judges of whom three hold an A or B licence', () => {
    judgesFor.mockResolvedValue([judge('1'), judge('2', 'B'), judge('3'), judge('4', 'C'), judge('5', 'C')]);
    expect(panel.hasQuorum('foxtrot-final')).toBeTruthy();
  });

  it('lacks quorum when most judges are trainees', async () => {
    judgesFor.mockResolvedValue([judge('1'), judge('2', 'C'), judge('3', 'C'), judge('4', 'C'), judge('5', 'C')]);
    await expect(panel.hasQuorum('foxtrot-final')).resolves.toBe(false);
  });

  it('assigns a new judge and returns the panel size', async () => {
    judgesFor.mockResolvedValue([judge('1'), judge('2')]);
    expect(await panel.addJudge('tango-semi', judge('7'))).toBe(3);
    expect(assign).toHaveBeenCalledWith('tango-semi', '7');
  });

  it('refuses to seat the same judge twice', async () => {
    judgesFor.mockResolvedValue([judge('1'), judge('7')]);
    await expect(panel.addJudge('tango-semi', judge('7'))).rejects.toThrow(/already judges/);
    expect(assign).not.toHaveBeenCalled();
  });
});
