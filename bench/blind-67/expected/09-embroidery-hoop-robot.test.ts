// expect: none
// Promises go to expect(...).resolves/rejects and are awaited; mocks and functions are passed where the test API wants functions.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
interface Mock<A extends unknown[], R> {
  (...args: A): R;
  mock: { calls: A[] };
  mockImplementationOnce(fn: (...args: A) => R): Mock<A, R>;
}
declare const vi: {
  fn<A extends unknown[], R>(impl: (...args: A) => R): Mock<A, R>;
};
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveBeenCalledTimes(n: number): void;
  resolves: { toEqual(expected: unknown): Promise<void>; toBe(expected: unknown): Promise<void> };
  rejects: { toThrow(message?: string | RegExp): Promise<void> };
};

interface Stitch {
  x: number;
  y: number;
  color: string;
}

interface HoopMotion {
  moveTo(x: number, y: number): Promise<void>;
  changeThread(color: string): Promise<void>;
  home(): Promise<void>;
}

class HoopRobot {
  private thread: string | null = null;

  constructor(private readonly motion: HoopMotion, private readonly hoopMm: number) {}

  async reset(): Promise<void> {
    await this.motion.home();
    this.thread = null;
  }

  async stitch(pattern: Stitch[]): Promise<{ stitches: number; threadChanges: number }> {
    let threadChanges = 0;
    for (const s of pattern) {
      if (Math.abs(s.x) > this.hoopMm / 2 || Math.abs(s.y) > this.hoopMm / 2) {
        throw new Error(`stitch at (${s.x}, ${s.y}) is outside the ${this.hoopMm}mm hoop`);
      }
      if (s.color !== this.thread) {
        await this.motion.changeThread(s.color);
        this.thread = s.color;
        threadChanges++;
      }
      await this.motion.moveTo(s.x, s.y);
    }
    return { stitches: pattern.length, threadChanges };
  }
}

describe("HoopRobot", () => {
  let motion: { moveTo: Mock<[number, number], Promise<void>>; changeThread: Mock<[string], Promise<void>>; home: Mock<[], Promise<void>> };
  let robot: HoopRobot;

  beforeEach(async () => {
    motion = {
      moveTo: vi.fn(async (_x: number, _y: number) => {}),
      changeThread: vi.fn(async (_color: string) => {}),
      home: vi.fn(async () => {}),
    };
    robot = new HoopRobot(motion, 100);
    await robot.reset();
  });

  it("stitches a two-colour pattern", async () => {
    const pattern: Stitch[] = [
      { x: 0, y: 0, color: "red" },
      { x: 5, y: 5, color: "red" },
      { x: 5, y: -5, color: "gold" },
    ];
    await expect(robot.stitch(pattern)).resolves.toEqual({ stitches: 3, threadChanges: 2 });
    expect(motion.moveTo).toHaveBeenCalledTimes(3);
  });

  it("refuses stitches outside the hoop", async () => {
    await expect(robot.stitch([{ x: 70, y: 0, color: "blue" }])).rejects.toThrow(/outside the 100mm hoop/);
    expect(motion.moveTo).toHaveBeenCalledTimes(0);
  });

  it("propagates a jammed thread change", async () => {
    motion.changeThread.mockImplementationOnce(async () => {
      throw new Error("thread jam");
    });
    await expect(robot.stitch([{ x: 1, y: 1, color: "green" }])).rejects.toThrow("thread jam");
  });

  it("re-homes on reset", async () => {
    await robot.reset();
    expect(motion.home).toHaveBeenCalledTimes(2);
  });
});
