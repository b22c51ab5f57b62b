// expect: none
// Both async loaders are called, so Promise.all receives their promises and the ring is only opened once the course and the running order have actually loaded.
export interface CourseMap {
  ring: string;
  obstacles: number;
  lengthM: number;
  standardCourseTimeSec: number;
}

export interface Competitor {
  runningNo: number;
  dogName: string;
  handler: string;
  heightClass: string;
  scratched: boolean;
}

export interface TrialDataSource {
  course(trialId: string, ring: string): Promise<CourseMap>;
  runningOrder(trialId: string, ring: string): Promise<Competitor[]>;
}

export interface RingBoard {
  ring: string;
  course: CourseMap;
  queue: Competitor[];
  walkThroughMinutes: number;
}

export class RingSetup {
  private readonly boards = new Map<string, RingBoard>();

  constructor(
    private readonly source: TrialDataSource,
    private readonly trialId: string,
  ) {}

  async openRing(ring: string): Promise<RingBoard> {
    const [course, order] = await Promise.all([this.loadCourse(ring), this.loadRunningOrder(ring)]);
    const board: RingBoard = {
      ring,
      course,
      queue: order,
      walkThroughMinutes: Math.max(8, Math.ceil(order.length / 6)),
    };
    this.boards.set(ring, board);
    return board;
  }

  nextUp(ring: string, count = 3): Competitor[] {
    return this.boards.get(ring)?.queue.slice(0, count) ?? [];
  }

  markRun(ring: string, runningNo: number): void {
    const board = this.boards.get(ring);
    if (!board) throw new Error(`ring ${ring} is not open`);
    board.queue = board.queue.filter((c) => c.runningNo !== runningNo);
  }

  private async loadCourse(ring: string): Promise<CourseMap> {
    const course = await this.source.course(this.trialId, ring);
    if (course.obstacles < 10) throw new Error(`course for ring ${ring} has only ${course.obstacles} obstacles`);
    return course;
  }

  private async loadRunningOrder(ring: string): Promise<Competitor[]> {
    const order = await this.source.runningOrder(this.trialId, ring);
    return order.filter((c) => !c.scratched).sort((a, b) => a.runningNo - b.runningNo);
  }
}

export function estimatedRingMinutes(board: RingBoard, secondsPerDog = 75): number {
  return board.walkThroughMinutes + Math.ceil((board.queue.length * secondsPerDog) / 60);
}
