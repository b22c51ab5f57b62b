// expect: no-read-before-settle
// stitchDesign() stores the hoop offset from the 'calibrated' event but plans the stitch path with this.offset synchronously right after calibrate(), before the event can have fired.
import { EventEmitter } from "node:events";

export interface Point {
  x: number;
  y: number;
}

export interface DesignStitch extends Point {
  thread: string;
  jump: boolean;
}

export interface HoopRobot extends EventEmitter {
  readonly hoopSizeMm: number;
  calibrate(): void;
  run(path: DesignStitch[]): Promise<{ stitched: number; trims: number }>;
}

declare const designLibrary: { load(designId: string): Promise<DesignStitch[]> };
declare const shopFloor: { report(robotId: string, designId: string, stitched: number): Promise<void> };

const MAX_JUMP_MM = 12;

function splitLongJumps(path: DesignStitch[]): DesignStitch[] {
  const out: DesignStitch[] = [];
  for (const s of path) {
    const prev = out[out.length - 1];
    if (prev && s.jump) {
      const dist = Math.hypot(s.x - prev.x, s.y - prev.y);
      const pieces = Math.ceil(dist / MAX_JUMP_MM);
      for (let i = 1; i < pieces; i++) {
        out.push({
          x: prev.x + ((s.x - prev.x) * i) / pieces,
          y: prev.y + ((s.y - prev.y) * i) / pieces,
          thread: s.thread,
          jump: true,
        });
      }
    }
    out.push(s);
  }
  return out;
}

export class HoopSession {
  private offset: Point = { x: 0, y: 0 };

  constructor(private readonly robotId: string, private readonly robot: HoopRobot) {}

  private planPath(design: DesignStitch[], offset: Point): DesignStitch[] {
    const half = this.robot.hoopSizeMm / 2;
    const shifted = design.map((s) => ({ ...s, x: s.x + offset.x, y: s.y + offset.y }));
    const outside = shifted.find((s) => Math.abs(s.x) > half || Math.abs(s.y) > half);
    if (outside) {
      throw new Error(`design leaves the ${this.robot.hoopSizeMm}mm hoop at (${outside.x}, ${outside.y})`);
    }
    return splitLongJumps(shifted);
  }

  async stitchDesign(designId: string): Promise<number> {
    const design = await designLibrary.load(designId);

    this.robot.once("calibrated", (measured: Point) => {
      this.offset = measured;
    });
    this.robot.calibrate();
    const path = this.planPath(design, this.offset);

    const { stitched, trims } = await this.robot.run(path);
    if (stitched < design.length) {
      throw new Error(`robot ${this.robotId} stopped after ${stitched}/${design.length} stitches (${trims} trims)`);
    }
    await shopFloor.report(this.robotId, designId, stitched);
    return stitched;
  }
}
