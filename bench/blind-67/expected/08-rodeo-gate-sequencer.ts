// expect: none
// The sequencer builds arrays and maps of thunks on purpose and every one is invoked by runLimited or an explicit call.
export type GateAction = "open" | "close" | "latch-check";

export interface Chute {
  number: number;
  animal: "bronc" | "bull" | "steer";
  riderReady: boolean;
}

export interface GateResult {
  chute: number;
  action: GateAction;
  ms: number;
}

declare const gateController: {
  open(chute: number): Promise<void>;
  close(chute: number): Promise<void>;
  latchEngaged(chute: number): Promise<boolean>;
};

declare const arenaLog: { event(kind: string, data: Record<string, unknown>): void };

export async function runLimited<T>(tasks: Array<() => Promise<T>>, limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, () => lane()));
  return results;
}

async function timed(chute: number, action: GateAction, op: () => Promise<void>): Promise<GateResult> {
  const started = Date.now();
  await op();
  return { chute, action, ms: Date.now() - started };
}

export class GateSequencer {
  private readonly actions: Record<GateAction, (chute: number) => Promise<void>> = {
    open: (chute) => gateController.open(chute),
    close: (chute) => gateController.close(chute),
    "latch-check": async (chute) => {
      if (!(await gateController.latchEngaged(chute))) {
        throw new Error(`chute ${chute} latch not engaged`);
      }
    },
  };

  async perform(chute: number, action: GateAction): Promise<GateResult> {
    const op = this.actions[action];
    return timed(chute, action, () => op(chute));
  }

  async preRunCheck(chutes: Chute[]): Promise<GateResult[]> {
    const checks = chutes.map((c) => () => this.perform(c.number, "latch-check"));
    const results = await runLimited(checks, 3);
    arenaLog.event("pre-run-check", { chutes: results.map((r) => r.chute) });
    return results;
  }

  async releaseInOrder(chutes: Chute[]): Promise<GateResult[]> {
    const ready = chutes.filter((c) => c.riderReady).sort((a, b) => a.number - b.number);
    const results: GateResult[] = [];
    for (const chute of ready) {
      results.push(await this.perform(chute.number, "open"));
      arenaLog.event("released", { chute: chute.number, animal: chute.animal });
      results.push(await this.perform(chute.number, "close"));
    }
    return results;
  }

  async resetArena(chutes: Chute[]): Promise<void> {
    const closers = chutes.map((c) => () => this.perform(c.number, "close"));
    await runLimited(closers, 2);
  }
}
