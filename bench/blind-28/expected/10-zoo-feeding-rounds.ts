// expect: none
// Correct: async functions are handed to map, setInterval and the emitter as callbacks, and every call site that needs a result invokes them.
import { EventEmitter } from 'node:events';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

interface Enclosure {
  id: string;
  species: string;
  headcount: number;
  dietKgPerHead: number;
}

interface PreparedRation {
  enclosureId: string;
  totalKg: number;
  labelPrinted: boolean;
}

declare const husbandryDb: {
  enclosuresDueAt(hour: number): Promise<Enclosure[]>;
  logFeeding(ration: PreparedRation, keeper: string): Promise<void>;
};

async function printLabel(enclosure: Enclosure, totalKg: number): Promise<boolean> {
  try {
    await run('lp', ['-d', 'commissary-label', '-o', `title=${enclosure.species} ${totalKg.toFixed(1)}kg`]);
    return true;
  } catch {
    return false;
  }
}

async function prepareRation(enclosure: Enclosure): Promise<PreparedRation> {
  const totalKg = enclosure.headcount * enclosure.dietKgPerHead;
  const labelPrinted = await printLabel(enclosure, totalKg);
  return { enclosureId: enclosure.id, totalKg, labelPrinted };
}

export class FeedingRounds extends EventEmitter {
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(private readonly keeper: string) {
    super();
    this.on('ration-ready', this.recordFeeding);
  }

  private readonly recordFeeding = async (ration: PreparedRation): Promise<void> => {
    try {
      await husbandryDb.logFeeding(ration, this.keeper);
    } catch (err) {
      this.emit('error', err);
    }
  };

  async runRound(hour: number): Promise<PreparedRation[]> {
    const due = await husbandryDb.enclosuresDueAt(hour);
    const rations = await Promise.all(due.map(prepareRation));
    for (const ration of rations) this.emit('ration-ready', ration);
    return rations;
  }

  start(): void {
    const tick = async () => {
      if (this.running) return;
      this.running = true;
      try {
        await this.runRound(new Date().getHours());
      } finally {
        this.running = false;
      }
    };
    this.timer = setInterval(() => void tick(), 60 * 60_000);
    void tick();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
