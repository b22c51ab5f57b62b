// expect: none
// Every promise in these tests is awaited, either directly, through Promise.all, or via an awaited expect(...).rejects assertion.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface StimulatorBoard {
  pulse(hiveId: string, volts: number, seconds: number): Promise<void>;
}

interface ScaleReader {
  gramsOnGlass(hiveId: string): Promise<number>;
}

class ExtractionSession {
  constructor(
    private readonly board: StimulatorBoard,
    private readonly scale: ScaleReader,
    private readonly maxVolts = 24,
  ) {}

  async extract(hiveId: string, volts: number, seconds: number): Promise<{ hiveId: string; mg: number }> {
    if (volts <= 0 || volts > this.maxVolts) {
      throw new RangeError(`stimulus ${volts}V outside 0-${this.maxVolts}V`);
    }
    const before = await this.scale.gramsOnGlass(hiveId);
    await this.board.pulse(hiveId, volts, seconds);
    const after = await this.scale.gramsOnGlass(hiveId);
    return { hiveId, mg: Math.round((after - before) * 1000) };
  }

  async extractYard(hiveIds: string[], volts: number, seconds: number) {
    return Promise.all(hiveIds.map((id) => this.extract(id, volts, seconds)));
  }
}

describe('ExtractionSession', () => {
  let board: { pulse: ReturnType<typeof vi.fn> };
  let weights: Map<string, number[]>;
  let scale: ScaleReader;

  beforeEach(() => {
    board = { pulse: vi.fn().mockResolvedValue(undefined) };
    weights = new Map([
      ['H-07', [12.0, 12.0021]],
      ['H-08', [11.5, 11.5034]],
    ]);
    scale = {
      gramsOnGlass: vi.fn(async (hiveId: string) => weights.get(hiveId)!.shift()!),
    };
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('reports the venom mass collected during the pulse', async () => {
    const session = new ExtractionSession(board as unknown as StimulatorBoard, scale);
    const result = await session.extract('H-07', 18, 30);
    expect(result).toEqual({ hiveId: 'H-07', mg: 2 });
    expect(board.pulse).toHaveBeenCalledWith('H-07', 18, 30);
  });

  it('refuses voltages above the board limit', async () => {
    const session = new ExtractionSession(board as unknown as StimulatorBoard, scale);
    await expect(session.extract('H-07', 40, 30)).rejects.toThrow(RangeError);
    expect(board.pulse).not.toHaveBeenCalled();
  });

  it('surfaces a stimulator failure', async () => {
    board.pulse.mockRejectedValueOnce(new Error('grid shorted'));
    const session = new ExtractionSession(board as unknown as StimulatorBoard, scale);
    await expect(session.extract('H-08', 12, 20)).rejects.toThrow('grid shorted');
  });

  it('extracts a whole yard concurrently', async () => {
    const session = new ExtractionSession(board as unknown as StimulatorBoard, scale);
    const [a, b] = await Promise.all([session.extract('H-07', 18, 30), session.extract('H-08', 18, 30)]);
    expect(a.mg + b.mg).toBe(5);
    expect(board.pulse).toHaveBeenCalledTimes(2);
  });
});
