// expect: none
// publishRound maps boards to async pushes and awaits them all with Promise.all, so every clock update is finished (or its error propagated) before the round is announced.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Pairing {
  board: number;
  white: string;
  black: string;
  baseMinutes: number;
  incrementSeconds: number;
}

interface ClockHub {
  configure(board: number, settings: { baseMs: number; incrementMs: number }): Promise<void>;
  label(board: number, text: string): Promise<void>;
}

interface Announcer {
  announce(text: string): Promise<void>;
}

class PairingPublisher {
  constructor(
    private readonly clocks: ClockHub,
    private readonly announcer: Announcer,
  ) {}

  async publishRound(round: number, pairings: Pairing[]): Promise<number> {
    await Promise.all(
      pairings.map(async (p) => {
        await this.clocks.configure(p.board, {
          baseMs: p.baseMinutes * 60_000,
          incrementMs: p.incrementSeconds * 1000,
        });
        await this.clocks.label(p.board, `${p.white} – ${p.black}`);
      }),
    );
    await this.announcer.announce(`Round ${round}: ${pairings.length} boards ready`);
    return pairings.length;
  }
}

describe('PairingPublisher', () => {
  let clocks: { configure: ReturnType<typeof vi.fn>; label: ReturnType<typeof vi.fn> };
  let announcer: { announce: ReturnType<typeof vi.fn> };
  let publisher: PairingPublisher;

  const pairings: Pairing[] = [
    { board: 1, white: 'Okonkwo', black: 'Lindqvist', baseMinutes: 90, incrementSeconds: 30 },
    { board: 2, white: 'Haddad', black: 'Moreau', baseMinutes: 90, incrementSeconds: 30 },
  ];

  beforeEach(() => {
    clocks = { configure: vi.fn().mockResolvedValue(undefined), label: vi.fn().mockResolvedValue(undefined) };
    announcer = { announce: vi.fn().mockResolvedValue(undefined) };
    publisher = new PairingPublisher(clocks as unknown as ClockHub, announcer as unknown as Announcer);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('configures and labels every board before announcing', async () => {
    const count = await publisher.publishRound(3, pairings);

    expect(count).toBe(2);
    expect(clocks.configure).toHaveBeenCalledWith(1, { baseMs: 5_400_000, incrementMs: 30_000 });
    expect(clocks.label).toHaveBeenCalledWith(2, 'Haddad – Moreau');
    expect(announcer.announce).toHaveBeenCalledWith('Round 3: 2 boards ready');
    const lastLabel = Math.max(...clocks.label.mock.invocationCallOrder);
    expect(announcer.announce.mock.invocationCallOrder[0]).toBeGreaterThan(lastLabel);
  });

  it('does not announce when a clock cannot be configured', async () => {
    clocks.configure.mockRejectedValueOnce(new Error('board 1 clock offline'));

    await expect(publisher.publishRound(4, pairings)).rejects.toThrow('board 1 clock offline');
    expect(announcer.announce).not.toHaveBeenCalled();
  });
});
