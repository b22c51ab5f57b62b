// expect: none
// Correct: async methods are handed over as callbacks (bound listener, map callback, setTimeout arrow) where a function is expected, and every promise-producing call is invoked.
import { EventEmitter } from "node:events";

export interface Cue {
  number: number;
  label: string;
  fadeMs: number;
  channels: Record<number, number>; // channel -> level 0..255
}

interface DmxUniverse {
  write(channel: number, level: number): Promise<void>;
  commit(): Promise<void>;
}

declare function openUniverse(id: number): Promise<DmxUniverse>;

export class LightingDesk extends EventEmitter {
  private universe: DmxUniverse | undefined;
  private current = new Map<number, number>();
  private autoFollow: NodeJS.Timeout | undefined;

  constructor(private readonly cueStack: Cue[], private readonly universeId = 1) {
    super();
    this.on("go", this.handleGo.bind(this));
  }

  async connect(): Promise<void> {
    this.universe = await openUniverse(this.universeId);
  }

  private async handleGo(cueNumber: number): Promise<void> {
    const cue = this.cueStack.find((c) => c.number === cueNumber);
    if (!cue) {
      this.emit("warning", `no cue ${cueNumber} in stack`);
      return;
    }
    try {
      await this.runCue(cue);
      this.emit("complete", cue.number);
    } catch (err) {
      this.emit("error", err);
    }
  }

  private async fadeChannel(channel: number, target: number, fadeMs: number): Promise<void> {
    const universe = this.universe;
    if (!universe) throw new Error("desk not connected to a universe");
    const start = this.current.get(channel) ?? 0;
    const steps = Math.max(1, Math.round(fadeMs / 40));
    for (let i = 1; i <= steps; i++) {
      const level = Math.round(start + ((target - start) * i) / steps);
      await universe.write(channel, level);
      await new Promise<void>((resolve) => setTimeout(resolve, fadeMs / steps));
    }
    this.current.set(channel, target);
  }

  async runCue(cue: Cue): Promise<void> {
    const entries = Object.entries(cue.channels).map(([ch, lvl]) => [Number(ch), lvl] as const);
    await Promise.all(entries.map(([ch, lvl]) => this.fadeChannel(ch, lvl, cue.fadeMs)));
    await this.universe?.commit();
  }

  go(cueNumber: number): void {
    this.emit("go", cueNumber);
  }

  followOn(cueNumber: number, delayMs: number): void {
    clearTimeout(this.autoFollow);
    this.autoFollow = setTimeout(() => {
      void this.handleGo(cueNumber);
    }, delayMs);
  }

  async blackout(): Promise<void> {
    clearTimeout(this.autoFollow);
    const channels = [...this.current.keys()];
    await Promise.all(channels.map((ch) => this.fadeChannel(ch, 0, 0)));
    await this.universe?.commit();
  }
}
