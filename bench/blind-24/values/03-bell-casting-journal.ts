// expect: no-read-before-settle
// Bug: this.lastCrucibleTempC is assigned in the execFile callback but read a few lines later in recordPour, synchronously, before the process has exited.
import { execFile } from "node:child_process";
import { EventEmitter } from "node:events";

export type Alloy = "bell-bronze-78-22" | "bell-bronze-80-20" | "silicon-bronze";

export interface PourEntry {
  bellId: string;
  alloy: Alloy;
  massKg: number;
  crucibleTempC: number;
  pouredAt: Date;
  withinWindow: boolean;
}

const FURNACE_CLI = "/opt/foundry/bin/furnace-ctl";

const POUR_WINDOW: Record<Alloy, [number, number]> = {
  "bell-bronze-78-22": [1100, 1150],
  "bell-bronze-80-20": [1120, 1170],
  "silicon-bronze": [1060, 1120],
};

export class CastingJournal extends EventEmitter {
  private lastCrucibleTempC = Number.NaN;
  private readonly entries: PourEntry[] = [];

  constructor(private readonly furnaceId: string) {
    super();
  }

  recordPour(bellId: string, alloy: Alloy, massKg: number): PourEntry {
    execFile(
      FURNACE_CLI,
      ["status", "--furnace", this.furnaceId, "--json"],
      { timeout: 5_000 },
      (err, stdout) => {
        if (err) {
          this.emit("probe-error", err);
          return;
        }
        const status = JSON.parse(stdout) as { crucible: { tempC: number } };
        this.lastCrucibleTempC = status.crucible.tempC;
      },
    );

    const [low, high] = POUR_WINDOW[alloy];
    const temp = this.lastCrucibleTempC;
    const entry: PourEntry = {
      bellId,
      alloy,
      massKg,
      crucibleTempC: temp,
      pouredAt: new Date(),
      withinWindow: temp >= low && temp <= high,
    };

    this.entries.push(entry);
    if (!entry.withinWindow) {
      this.emit("out-of-window", entry);
    }
    return entry;
  }

  totalMassFor(alloy: Alloy): number {
    return this.entries.filter((e) => e.alloy === alloy).reduce((sum, e) => sum + e.massKg, 0);
  }

  history(): readonly PourEntry[] {
    return this.entries;
  }
}
