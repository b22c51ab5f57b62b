// expect: none
// The journal memoises its file-handle promise on purpose (dropping it if the open fails) and every method awaits that shared handle, the thunks in `surveys` are called inside Promise.all, and close() calls handle.close(), so no function is awaited in place of its result.
import { open, type FileHandle } from 'node:fs/promises';

export interface GearSurvey {
  wheel: 'brake' | 'wallower' | 'great-spur' | 'stone-nut';
  teeth: number;
  cracked: number;
}

export interface SailSurvey {
  sail: 1 | 2 | 3 | 4;
  slatsMissing: number;
  stockRot: boolean;
}

export interface MillSurveyor {
  gears(millId: string): Promise<GearSurvey[]>;
  sails(millId: string): Promise<SailSurvey[]>;
}

export class RestorationJournal {
  private handle: Promise<FileHandle> | null = null;

  constructor(
    private readonly path: string,
    private readonly surveyor: MillSurveyor,
  ) {}

  private file(): Promise<FileHandle> {
    this.handle ??= open(this.path, 'a').catch((err: unknown) => {
      this.handle = null; // let the next note try to open the journal again
      throw err;
    });
    return this.handle;
  }

  async note(millId: string, text: string): Promise<void> {
    const fh = await this.file();
    await fh.appendFile(`${new Date().toISOString()}\t${millId}\t${text}\n`);
  }

  async surveyDay(millId: string): Promise<{ crackedTeeth: number; sailsToRebuild: number[] }> {
    const surveys = {
      gears: () => this.surveyor.gears(millId),
      sails: () => this.surveyor.sails(millId),
    };
    const [gears, sails] = await Promise.all([surveys.gears(), surveys.sails()]);

    const crackedTeeth = gears.reduce((sum, g) => sum + g.cracked, 0);
    const sailsToRebuild = sails.filter((s) => s.stockRot || s.slatsMissing > 6).map((s) => s.sail);

    await this.note(millId, `gears: ${crackedTeeth} cracked teeth across ${gears.length} wheels`);
    await this.note(millId, `sails to rebuild: ${sailsToRebuild.join(', ') || 'none'}`);
    return { crackedTeeth, sailsToRebuild };
  }

  async close(): Promise<void> {
    if (!this.handle) return;
    const fh = await this.handle;
    this.handle = null;
    await fh.close();
  }
}
