// expect: none
// Correct: assertions receive awaited values, and promises are handed to expect(...).resolves/.rejects only where a promise is what the matcher expects.
export {};

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  resolves: { toBe(expected: unknown): Promise<void>; toBeUndefined(): Promise<void> };
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

type PlateColour = 'white' | 'green' | 'blue' | 'red' | 'gold';

class ConveyorBelt {
  private running = false;
  private rpm = 0;
  private readonly plates = new Map<number, PlateColour>();

  constructor(private readonly slots: number) {}

  async start(rpm: number): Promise<void> {
    if (rpm <= 0 || rpm > 4) throw new RangeError(`belt speed ${rpm} rpm is outside the safe range`);
    await new Promise<void>((resolve) => setTimeout(resolve, 5));
    this.rpm = rpm;
    this.running = true;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => setTimeout(resolve, 5));
    this.running = false;
    this.rpm = 0;
  }

  async isRunning(): Promise<boolean> {
    return this.running;
  }

  async place(slot: number, colour: PlateColour): Promise<void> {
    if (slot < 0 || slot >= this.slots) throw new RangeError(`no slot ${slot}`);
    if (this.plates.has(slot)) throw new Error(`slot ${slot} already holds a plate`);
    this.plates.set(slot, colour);
  }

  async secondsToReach(fromSlot: number, toSlot: number): Promise<number> {
    if (!this.running) throw new Error('belt is stopped');
    const distance = (toSlot - fromSlot + this.slots) % this.slots;
    return (distance / this.slots) * (60 / this.rpm);
  }
}

describe('sushi conveyor belt', () => {
  let belt: ConveyorBelt;

  beforeEach(() => {
    belt = new ConveyorBelt(120);
  });

  it('reports running once started', async () => {
    await belt.start(2);
    expect(await belt.isRunning()).toBe(true);
  });

  it('stops cleanly', async () => {
    await belt.start(1.5);
    await expect(belt.stop()).resolves.toBeUndefined();
    await expect(belt.isRunning()).resolves.toBe(false);
  });

  it('refuses unsafe speeds', async () => {
    await expect(belt.start(6)).rejects.toThrow(/safe range/);
    expect(await belt.isRunning()).toBe(false);
  });

  it('computes travel time around the loop', async () => {
    await belt.start(2);
    const seconds = await belt.secondsToReach(110, 10);
    expect(seconds).toEqual(5);
    expect(await belt.secondsToReach(0, 60)).toBeGreaterThan(seconds);
  });

  it('will not stack two plates in one slot', async () => {
    await belt.place(7, 'gold');
    await expect(belt.place(7, 'white')).rejects.toThrow(/already holds/);
  });
});
