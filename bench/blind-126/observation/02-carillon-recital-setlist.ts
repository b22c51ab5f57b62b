// expect: none
// The program and bell status are loaded concurrently through Promise.all, and the fault listener is synchronous and attaches a catch to the async handler it starts.
import { EventEmitter } from 'node:events';

export interface ProgramItem {
  title: string;
  composer: string;
  durationSec: number;
  lowestBell: number;
  highestBell: number;
}

export interface BellStatus {
  bell: number;
  note: string;
  clapperOk: boolean;
}

export interface ProgramStore {
  load(recitalId: string): Promise<ProgramItem[]>;
}

export interface TowerConsole extends EventEmitter {
  bellStatus(): Promise<BellStatus[]>;
  lockBell(bell: number, reason: string): Promise<void>;
}

export interface Logger {
  info(msg: string): void;
  error(msg: string, err: unknown): void;
}

export class RecitalPlanner {
  private readonly lockedBells = new Set<number>();

  constructor(
    private readonly programs: ProgramStore,
    private readonly tower: TowerConsole,
    private readonly log: Logger,
  ) {
    this.tower.on('clapper-fault', (bell: number) => {
      this.handleClapperFault(bell).catch((err) => this.log.error(`could not lock bell ${bell}`, err));
    });
  }

  async prepareRecital(recitalId: string): Promise<ProgramItem[]> {
    const [program, bells] = await Promise.all([this.programs.load(recitalId), this.tower.bellStatus()]);
    for (const status of bells) {
      if (!status.clapperOk) this.lockedBells.add(status.bell);
    }
    const playable = program.filter((item) => this.isPlayable(item));
    const dropped = program.length - playable.length;
    if (dropped > 0) {
      this.log.info(`recital ${recitalId}: ${dropped} piece(s) need a locked bell and were dropped`);
    }
    return playable;
  }

  totalMinutes(items: ProgramItem[]): number {
    return Math.round(items.reduce((sum, item) => sum + item.durationSec, 0) / 60);
  }

  private isPlayable(item: ProgramItem): boolean {
    for (const bell of this.lockedBells) {
      if (bell >= item.lowestBell && bell <= item.highestBell) return false;
    }
    return true;
  }

  private async handleClapperFault(bell: number): Promise<void> {
    if (this.lockedBells.has(bell)) return;
    this.lockedBells.add(bell);
    await this.tower.lockBell(bell, 'clapper fault reported from playing cabin');
    this.log.info(`bell ${bell} locked after clapper fault`);
  }
}
