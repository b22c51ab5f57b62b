// expect: none
// The method-library request gets its catch handler attached at creation, so holding it across the ringers await cannot produce an unhandled rejection.
export interface TowerApi {
  getRingers(towerId: string, date: string): Promise<Ringer[]>;
  getMethodLibrary(towerId: string): Promise<Method[]>;
}

export interface Ringer {
  name: string;
  canRingInside: boolean;
  canConduct: boolean;
  knownMethods: string[];
}

export interface Method {
  name: string;
  stage: 'doubles' | 'minor' | 'triples' | 'major';
  bellsNeeded: number;
}

export interface PracticePlan {
  date: string;
  attending: number;
  conductor: string | null;
  touches: string[];
  libraryAvailable: boolean;
}

export interface PlannerLog {
  warn(message: string): void;
}

export async function planPracticeNight(
  api: TowerApi,
  towerId: string,
  date: string,
  log: PlannerLog,
): Promise<PracticePlan> {
  let libraryAvailable = true;
  const libraryRequest = api.getMethodLibrary(towerId).catch((err: unknown) => {
    libraryAvailable = false;
    log.warn(`method library unavailable for ${towerId}: ${String(err)}`);
    return [] as Method[];
  });

  const ringers = await api.getRingers(towerId, date);
  if (ringers.length < 5) {
    await libraryRequest;
    return { date, attending: ringers.length, conductor: null, touches: ['rounds and call-changes'], libraryAvailable };
  }

  const library = await libraryRequest;
  const conductor = ringers.find((r) => r.canConduct)?.name ?? null;
  const insideRingers = ringers.filter((r) => r.canRingInside);

  const touches = library
    .filter((m) => m.bellsNeeded <= ringers.length)
    .filter((m) => insideRingers.filter((r) => r.knownMethods.includes(m.name)).length >= m.bellsNeeded - 2)
    .map((m) => `${m.name} ${m.stage}`);

  return {
    date,
    attending: ringers.length,
    conductor,
    touches: touches.length > 0 ? touches : ['plain hunt'],
    libraryAvailable,
  };
}
