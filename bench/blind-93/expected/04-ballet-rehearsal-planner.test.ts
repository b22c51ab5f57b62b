// expect: none
// Mock function references are passed to expect() matchers and mockResolvedValue on purpose; every async call under test is invoked and awaited.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Studio {
  id: string;
  floor: 'sprung' | 'marley';
  capacity: number;
}

interface Call {
  dancer: string;
  from: string;
  to: string;
}

type Deps = {
  freeStudios(date: string): Promise<Studio[]>;
  dancersFor(piece: string): Promise<string[]>;
  notify(call: Call): Promise<void>;
};

class RehearsalPlanner {
  constructor(private readonly deps: Deps) {}

  async plan(piece: string, date: string, from: string, to: string): Promise<{ studio: string; calls: Call[] }> {
    const [studios, dancers] = await Promise.all([this.deps.freeStudios(date), this.deps.dancersFor(piece)]);
    const studio = studios.find((s) => s.floor === 'sprung' && s.capacity >= dancers.length);
    if (!studio) throw new Error(`no sprung studio for ${dancers.length} dancers on ${date}`);
    const calls = dancers.map((dancer) => ({ dancer, from, to }));
    await Promise.all(calls.map((c) => this.deps.notify(c)));
    return { studio: studio.id, calls };
  }
}

describe('RehearsalPlanner', () => {
  let deps: { [K in keyof Deps]: ReturnType<typeof vi.fn<Deps[K]>> };
  let planner: RehearsalPlanner;

  beforeEach(() => {
    deps = {
      freeStudios: vi.fn<Deps['freeStudios']>(),
      dancersFor: vi.fn<Deps['dancersFor']>(),
      notify: vi.fn<Deps['notify']>().mockResolvedValue(undefined),
    };
    deps.freeStudios.mockResolvedValue([
      { id: 'Studio 2', floor: 'marley', capacity: 30 },
      { id: 'Studio 1', floor: 'sprung', capacity: 24 },
    ]);
    deps.dancersFor.mockResolvedValue(['Aiko', 'Bruno', 'Chiara']);
    planner = new RehearsalPlanner(deps);
  });

  afterEach(() => {
    vi.resetAllMocks();
  });

  it('books a sprung studio and calls every dancer', async () => {
    const result = await planner.plan('Giselle Act II', '2025-03-14', '10:30', '13:00');
    expect(result.studio).toBe('Studio 1');
    expect(deps.notify).toHaveBeenCalledTimes(3);
    expect(deps.notify).toHaveBeenCalledWith({ dancer: 'Bruno', from: '10:30', to: '13:00' });
  });

  it('looks up studios and dancers for the right day and piece', async () => {
    await planner.plan('Les Sylphides', '2025-03-15', '14:00', '17:00');
    expect(deps.freeStudios).toHaveBeenCalledWith('2025-03-15');
    expect(deps.dancersFor).toHaveBeenCalledWith('Les Sylphides');
  });

  it('fails without notifying anyone when no studio fits', async () => {
    deps.freeStudios.mockResolvedValue([{ id: 'Studio 3', floor: 'sprung', capacity: 2 }]);
    await expect(planner.plan('Giselle Act II', '2025-03-16', '10:00', '12:00')).rejects.toThrow(
      /no sprung studio for 3 dancers/,
    );
    expect(deps.notify).not.toHaveBeenCalled();
  });
});
