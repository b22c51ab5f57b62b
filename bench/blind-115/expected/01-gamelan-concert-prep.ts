// expect: no-uncalled-async-function
// this.tuneGongs is placed in the Promise.all array as a method reference instead of being called, so the gong tuning never runs and prepare() resolves without it.
export interface Instrument {
  name: string;
  family: 'gong' | 'kenong' | 'bonang' | 'saron' | 'gender' | 'rebab' | 'kendhang';
  laras: 'slendro' | 'pelog';
}

export interface TuningRig {
  tune(instrument: Instrument, referenceHz: number): Promise<{ centsOff: number }>;
}

export interface ScoreArchive {
  fetch(pieceId: string): Promise<{ pieceId: string; pages: number }>;
}

export interface SoundDesk {
  lineCheck(channel: number): Promise<boolean>;
}

export interface ConcertProgramme {
  pieces: string[];
  micChannels: number[];
}

const GONG_REFERENCE_HZ = 45;

export class ConcertPreparation {
  private readonly report: string[] = [];

  constructor(
    private readonly instruments: Instrument[],
    private readonly rig: TuningRig,
    private readonly archive: ScoreArchive,
    private readonly desk: SoundDesk,
  ) {}

  async prepare(programme: ConcertProgramme): Promise<string[]> {
    this.report.length = 0;
    await Promise.all([this.tuneGongs, this.loadScores(programme.pieces), this.checkMics(programme.micChannels)]);
    return [...this.report];
  }

  private async tuneGongs(): Promise<void> {
    const gongs = this.instruments.filter((i) => i.family === 'gong' || i.family === 'kenong');
    for (const gong of gongs) {
      const { centsOff } = await this.rig.tune(gong, GONG_REFERENCE_HZ);
      this.report.push(`${gong.name} (${gong.laras}): ${centsOff >= 0 ? '+' : ''}${centsOff.toFixed(1)} cents`);
    }
  }

  private async loadScores(pieceIds: string[]): Promise<void> {
    const scores = await Promise.all(pieceIds.map((id) => this.archive.fetch(id)));
    const pages = scores.reduce((sum, s) => sum + s.pages, 0);
    this.report.push(`${scores.length} scores loaded, ${pages} pages to print`);
  }

  private async checkMics(channels: number[]): Promise<void> {
    const results = await Promise.all(channels.map((ch) => this.desk.lineCheck(ch)));
    const dead = channels.filter((_, i) => !results[i]);
    if (dead.length > 0) {
      throw new Error(`no signal on mic channels ${dead.join(', ')}`);
    }
    this.report.push(`${channels.length} mic channels OK`);
  }
}
