// expect: no-uncalled-async-function
// The warm-up list contains this.loadBoardInventory without calling it, so Promise.all receives a function instead of its promise and the board inventory is never loaded before the school opens.
export interface Instructor {
  id: string;
  name: string;
  languages: string[];
}

export interface Board {
  id: string;
  kind: 'twin-tip' | 'directional' | 'foil';
  lengthCm: number;
}

export interface Spot {
  id: string;
  name: string;
  maxStudents: number;
}

export interface SchoolBackend {
  instructors(): Promise<Instructor[]>;
  boards(): Promise<Board[]>;
  spots(): Promise<Spot[]>;
}

export class KiteSchool {
  private instructors: Instructor[] = [];
  private boards: Board[] = [];
  private spots: Spot[] = [];
  private open = false;

  constructor(private readonly backend: SchoolBackend) {}

  async loadInstructors(): Promise<void> {
    this.instructors = await this.backend.instructors();
  }

  async loadBoardInventory(): Promise<void> {
    const boards = await this.backend.boards();
    this.boards = boards.filter((b) => b.lengthCm > 0).sort((a, b) => a.lengthCm - b.lengthCm);
  }

  async loadSpots(): Promise<void> {
    this.spots = await this.backend.spots();
  }

  async openSeason(): Promise<void> {
    const warmups = [this.loadInstructors(), this.loadBoardInventory, this.loadSpots()];
    await Promise.all(warmups);
    if (this.instructors.length === 0) {
      throw new Error('cannot open the season without instructors');
    }
    this.open = true;
  }

  boardFor(riderWeightKg: number, kind: Board['kind'] = 'twin-tip'): Board | undefined {
    if (!this.open) throw new Error('school is not open yet');
    const wanted = riderWeightKg > 85 ? 145 : riderWeightKg > 65 ? 138 : 132;
    return this.boards.find((b) => b.kind === kind && b.lengthCm >= wanted);
  }

  capacity(): number {
    return this.spots.reduce((sum, s) => sum + s.maxStudents, 0);
  }

  speakers(language: string): Instructor[] {
    return this.instructors.filter((i) => i.languages.includes(language));
  }
}
