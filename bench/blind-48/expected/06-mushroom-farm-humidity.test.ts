// expect: none
// Correct: async functions are passed to hooks and vi.fn as implementations (functions expected there); every value under test is awaited.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveBeenCalledTimes(n: number): void;
  resolves: { toBe(expected: unknown): Promise<void>; toEqual(expected: unknown): Promise<void> };
};
declare const vi: {
  fn<A extends unknown[], R>(impl: (...args: A) => R): ((...args: A) => R) & { mock: { calls: A[] } };
};

interface GrowRoom {
  id: string;
  targetRh: number;
}

interface HumidityIo {
  readRh(roomId: string): Promise<number>;
  setFoggerDuty(roomId: string, dutyPct: number): Promise<void>;
}

class HumidityController {
  constructor(private readonly io: HumidityIo, private readonly gain = 4) {}

  async tick(room: GrowRoom): Promise<number> {
    const rh = await this.io.readRh(room.id);
    const duty = Math.max(0, Math.min(100, Math.round((room.targetRh - rh) * this.gain)));
    await this.io.setFoggerDuty(room.id, duty);
    return duty;
  }

  async tickAll(rooms: GrowRoom[]): Promise<Record<string, number>> {
    const duties = await Promise.all(rooms.map((room) => this.tick(room)));
    return Object.fromEntries(rooms.map((room, i) => [room.id, duties[i]]));
  }
}

const readings = new Map<string, number>();
const duties = new Map<string, number>();

async function resetRooms(): Promise<void> {
  readings.clear();
  duties.clear();
  readings.set('pinning-1', 88);
  readings.set('fruiting-2', 93);
}

describe('HumidityController', () => {
  const readRh = vi.fn(async (roomId: string) => readings.get(roomId) ?? 0);
  const setFoggerDuty = vi.fn(async (roomId: string, duty: number) => {
    duties.set(roomId, duty);
  });
  let controller: HumidityController;

  beforeEach(resetRooms);
  beforeEach(() => {
    controller = new HumidityController({ readRh, setFoggerDuty });
  });

  it('drives the fogger proportionally to the humidity deficit', async () => {
    await expect(controller.tick({ id: 'pinning-1', targetRh: 95 })).resolves.toBe(28);
    expect(duties.get('pinning-1')).toBe(28);
  });

  it('turns the fogger off when the room is above target', async () => {
    readings.set('fruiting-2', 97);
    const duty = await controller.tick({ id: 'fruiting-2', targetRh: 92 });
    expect(duty).toBe(0);
  });

  it('ticks every room and reports the applied duty', async () => {
    const result = await controller.tickAll([
      { id: 'pinning-1', targetRh: 90 },
      { id: 'fruiting-2', targetRh: 95 },
    ]);
    expect(result).toEqual({ 'pinning-1': 8, 'fruiting-2': 8 });
    expect(duties.size).toBe(2);
  });
});
