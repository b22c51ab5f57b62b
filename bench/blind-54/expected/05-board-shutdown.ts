// expect: no-uncalled-async-function
// shutdown() awaits this.persistHighScores without calling it, so the session's high scores are never written before power-off.
import { EventEmitter } from "node:events";

export interface BallEvent {
  kind: "bumper" | "ramp" | "spinner" | "drain" | "tilt";
  points: number;
  player: number;
}

export interface HighScore {
  initials: string;
  score: number;
  at: string;
}

interface SolenoidBank {
  pulse(coil: number, ms: number): Promise<void>;
  releaseAll(): Promise<void>;
}

interface DotMatrix {
  show(line1: string, line2?: string): Promise<void>;
  blank(): Promise<void>;
}

declare const scoreStore: {
  load(machineId: string): Promise<HighScore[]>;
  save(machineId: string, scores: HighScore[]): Promise<void>;
};

const TABLE_SIZE = 10;

export class BoardController extends EventEmitter {
  private highScores: HighScore[] = [];
  private readonly playerScores = new Map<number, number>();
  private tilted = false;

  constructor(
    private readonly machineId: string,
    private readonly coils: SolenoidBank,
    private readonly display: DotMatrix,
  ) {
    super();
  }

  async boot(): Promise<void> {
    this.highScores = await scoreStore.load(this.machineId);
    const top = this.highScores[0];
    await this.display.show("INSERT COIN", top ? `HIGH ${top.initials} ${top.score}` : undefined);
  }

  record(event: BallEvent): void {
    if (event.kind === "tilt") {
      this.tilted = true;
      this.emit("tilt", event.player);
      return;
    }
    if (this.tilted) return;
    this.playerScores.set(event.player, (this.playerScores.get(event.player) ?? 0) + event.points);
  }

  enterInitials(player: number, initials: string): boolean {
    const score = this.playerScores.get(player) ?? 0;
    const lowest = this.highScores[TABLE_SIZE - 1];
    if (this.highScores.length >= TABLE_SIZE && lowest && score <= lowest.score) return false;
    this.highScores = [...this.highScores, { initials: initials.toUpperCase().slice(0, 3), score, at: new Date().toISOString() }]
      .sort((a, b) => b.score - a.score)
      .slice(0, TABLE_SIZE);
    return true;
  }

  private async persistHighScores(): Promise<void> {
    await scoreStore.save(this.machineId, this.highScores);
  }

  async ejectBall(): Promise<void> {
    this.tilted = false;
    await this.coils.pulse(7, 40);
  }

  async shutdown(): Promise<void> {
    await this.coils.releaseAll();
    await this.persistHighScores;
    await this.display.show("GOODNIGHT");
    await this.display.blank();
    this.removeAllListeners();
  }
}
