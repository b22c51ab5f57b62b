// expect: none
// Every promise in the tests is awaited (the fan-out via Promise.all, the rejection via await expect().rejects), and the event listeners are synchronous.
import { EventEmitter } from "node:events";

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const afterEach: (fn: () => Promise<void> | void) => void;

interface AsyncAssertion {
  toThrow(expected?: string | RegExp): Promise<void>;
  toBeUndefined(): Promise<void>;
}
interface Assertion {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
  resolves: AsyncAssertion;
  rejects: AsyncAssertion;
}
declare const expect: (actual: unknown) => Assertion;

interface QuiltBlock {
  id: string;
  pattern: "log-cabin" | "flying-geese" | "nine-patch";
}

interface StitchRobot extends EventEmitter {
  id: string;
  threadColor: string;
  loadThread(color: string): Promise<void>;
  stitch(block: QuiltBlock): Promise<{ blockId: string; stitches: number }>;
  park(): Promise<void>;
}

declare function createStitchRobot(id: string): StitchRobot;

describe("quilt stitching robots", () => {
  let robots: StitchRobot[];
  let needleBreaks: string[];

  beforeEach(async () => {
    robots = ["qr-1", "qr-2", "qr-3"].map(createStitchRobot);
    needleBreaks = [];
    for (const robot of robots) {
      robot.on("needle-break", () => needleBreaks.push(robot.id));
    }
    await Promise.all(robots.map((robot) => robot.loadThread("indigo")));
  });

  afterEach(async () => {
    await Promise.all(robots.map((robot) => robot.park()));
  });

  it("stitches one block per robot in parallel", async () => {
    const blocks: QuiltBlock[] = [
      { id: "b1", pattern: "log-cabin" },
      { id: "b2", pattern: "flying-geese" },
      { id: "b3", pattern: "nine-patch" },
    ];
    const results = await Promise.all(robots.map((robot, i) => robot.stitch(blocks[i])));
    expect(results.map((r) => r.blockId)).toEqual(["b1", "b2", "b3"]);
    expect(needleBreaks).toHaveLength(0);
  });

  it("refuses to stitch without thread", async () => {
    const bare = createStitchRobot("qr-9");
    await expect(bare.stitch({ id: "b4", pattern: "log-cabin" })).rejects.toThrow(/no thread/);
  });

  it("changes thread colour between blocks", async () => {
    const [first] = robots;
    await first.stitch({ id: "b5", pattern: "nine-patch" });
    await expect(first.loadThread("madder-red")).resolves.toBeUndefined();
    expect(first.threadColor).toBe("madder-red");
  });
});
