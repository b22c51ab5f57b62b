// expect: no-read-before-settle
// load() copies highestCue into this.finaleCue before awaiting 'close', while the 'line' listener that raises highestCue has not run yet, so the finale is always cue 0.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { once } from "node:events";

export type CurtainTarget = "main" | "traveller" | "puppet-bridge" | "scrim";

export interface CurtainCue {
  number: number;
  target: CurtainTarget;
  move: "in" | "out";
  seconds: number;
  note: string;
}

declare const flySystem: { run(cue: CurtainCue): Promise<void> };
declare const houseLights: { fadeUp(seconds: number): Promise<void> };

function parseCue(line: string): CurtainCue | null {
  // 42 | main | in | 6 | slow close on the marionette aria
  const parts = line.split("|").map((p) => p.trim());
  if (parts.length < 4 || !/^\d+$/.test(parts[0])) return null;
  const [num, target, move, seconds, note = ""] = parts;
  if (!["main", "traveller", "puppet-bridge", "scrim"].includes(target)) return null;
  if (move !== "in" && move !== "out") return null;
  return { number: Number(num), target: target as CurtainTarget, move, seconds: Number(seconds), note };
}

export class CueSheet {
  private readonly cues = new Map<number, CurtainCue>();
  private finaleCue = 0;

  async load(path: string): Promise<number> {
    const rl = createInterface({ input: createReadStream(path, "utf8"), crlfDelay: Infinity });
    let highestCue = 0;
    let mainCurtainCues = 0;
    const duplicates: number[] = [];

    rl.on("line", (line) => {
      const cue = parseCue(line);
      if (!cue) return;
      if (this.cues.has(cue.number)) {
        duplicates.push(cue.number);
        return;
      }
      this.cues.set(cue.number, cue);
      highestCue = Math.max(highestCue, cue.number);
      if (cue.target === "main") mainCurtainCues += 1;
    });

    this.finaleCue = highestCue;
    await once(rl, "close");

    if (duplicates.length > 0) {
      throw new Error(`${path}: duplicate cues ${duplicates.join(", ")}`);
    }
    if (mainCurtainCues === 0) {
      throw new Error(`${path}: no main curtain cues, refusing to run the opera blind`);
    }
    return this.cues.size;
  }

  async go(number: number): Promise<void> {
    const cue = this.cues.get(number);
    if (!cue) throw new Error(`no cue ${number}`);
    await flySystem.run(cue);
    if (cue.number === this.finaleCue && cue.target === "main" && cue.move === "in") {
      await houseLights.fadeUp(8);
    }
  }

  summary(): Record<CurtainTarget, number> {
    const counts: Record<CurtainTarget, number> = { main: 0, traveller: 0, "puppet-bridge": 0, scrim: 0 };
    for (const cue of this.cues.values()) counts[cue.target] += 1;
    return counts;
  }
}
