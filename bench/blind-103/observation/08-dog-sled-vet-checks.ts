// expect: no-unobserved-promise
// All vet exams are started up front and then awaited one at a time in the loop, so if a later dog's exam rejects while an earlier one is still pending, that promise has no handler yet and the process dies with an unhandled rejection before the report is written.
export interface Dog {
  chip: string;
  name: string;
  ageYears: number;
}

export interface Exam {
  chip: string;
  fit: boolean;
  heartRate: number;
  notes: string;
}

export interface VetService {
  examine(chip: string): Promise<Exam>;
}

export interface VetReport {
  musher: string;
  cleared: string[];
  dropped: { name: string; notes: string }[];
  meanHeartRate: number;
}

export interface RaceOffice {
  file(report: VetReport): Promise<void>;
}

const MIN_TEAM = 6;

export async function preRaceVetCheck(
  musher: string,
  team: Dog[],
  vet: VetService,
  office: RaceOffice,
): Promise<VetReport> {
  if (team.length < MIN_TEAM) {
    throw new Error(`${musher} has only ${team.length} dogs; ${MIN_TEAM} required to start`);
  }

  // The vets work the line in parallel, so request every exam at once.
  const exams = team.map((dog) => vet.examine(dog.chip));

  const cleared: string[] = [];
  const dropped: VetReport['dropped'] = [];
  let heartTotal = 0;
  for (let i = 0; i < team.length; i++) {
    const dog = team[i]!;
    const exam = await exams[i]!;
    heartTotal += exam.heartRate;
    if (exam.fit) cleared.push(dog.name);
    else dropped.push({ name: dog.name, notes: exam.notes });
  }

  const report: VetReport = {
    musher,
    cleared,
    dropped,
    meanHeartRate: Math.round(heartTotal / team.length),
  };
  await office.file(report);
  return report;
}

export function canStart(report: VetReport): boolean {
  return report.cleared.length >= MIN_TEAM;
}
