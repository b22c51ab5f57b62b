// expect: none
// The pre-race steps are listed as method references on purpose because runStages takes functions and calls each one, while the parallel checks in Promise.all are all invoked, so every async step actually runs.
import { EventEmitter } from 'node:events';

export interface Team {
  bib: number;
  musher: string;
  dogs: string[];
}

export interface RaceOffice {
  weighSled(bib: number): Promise<number>;
  scanChips(bib: number, chips: string[]): Promise<string[]>;
  issueBooties(bib: number, count: number): Promise<void>;
  confirmMandatoryGear(bib: number): Promise<boolean>;
}

type Stage = (team: Team) => Promise<void>;

export class PreRaceCheck extends EventEmitter {
  constructor(private readonly office: RaceOffice) {
    super();
  }

  private readonly weighIn: Stage = async (team) => {
    const kg = await this.office.weighSled(team.bib);
    if (kg < 45) throw new Error(`bib ${team.bib}: sled ${kg} kg is under the 45 kg minimum`);
  };

  private readonly vetScan: Stage = async (team) => {
    const unknown = await this.office.scanChips(team.bib, team.dogs);
    if (unknown.length > 0) throw new Error(`bib ${team.bib}: unregistered chips ${unknown.join(', ')}`);
  };

  private readonly gearAndBooties: Stage = async (team) => {
    const [gearOk] = await Promise.all([
      this.office.confirmMandatoryGear(team.bib),
      this.office.issueBooties(team.bib, team.dogs.length * 8),
    ]);
    if (!gearOk) throw new Error(`bib ${team.bib}: missing mandatory gear (axe, snowshoes, sleeping bag)`);
  };

  private async runStages(team: Team, stages: Stage[]): Promise<void> {
    for (const [i, stage] of stages.entries()) {
      await stage(team);
      this.emit('progress', { bib: team.bib, stage: i + 1, of: stages.length });
    }
  }

  async clear(team: Team): Promise<void> {
    await this.runStages(team, [this.weighIn, this.vetScan, this.gearAndBooties]);
    this.emit('cleared', team.bib);
  }

  async clearAll(teams: Team[]): Promise<{ cleared: number[]; failed: Array<{ bib: number; reason: string }> }> {
    const cleared: number[] = [];
    const failed: Array<{ bib: number; reason: string }> = [];
    for (const team of teams) {
      try {
        await this.clear(team);
        cleared.push(team.bib);
      } catch (err) {
        failed.push({ bib: team.bib, reason: err instanceof Error ? err.message : String(err) });
      }
    }
    return { cleared, failed };
  }
}
