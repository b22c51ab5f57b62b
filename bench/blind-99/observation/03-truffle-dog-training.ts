// expect: no-unobserved-promise
// The scent-profile request is started before the session history is awaited, so if the lab rejects while the history query is still pending the rejection has no handler yet and Node reports it as unhandled.
export interface ScentProfile {
  species: 'melanosporum' | 'aestivum' | 'magnatum' | 'uncinatum';
  concentrationPpb: number;
}

export interface TrainingSession {
  date: string;
  finds: number;
  falseAlerts: number;
  species: ScentProfile['species'];
}

export interface ScentLab {
  profilesFor(dogId: string): Promise<ScentProfile[]>;
}

export interface SessionLog {
  recent(dogId: string, limit: number): Promise<TrainingSession[]>;
}

export interface NextPlan {
  dogId: string;
  focus: ScentProfile['species'];
  concentrationPpb: number;
  note: string;
}

export class TrainingPlanner {
  constructor(private readonly lab: ScentLab, private readonly log: SessionLog) {}

  async planNext(dogId: string): Promise<NextPlan> {
    const profilesPending = this.lab.profilesFor(dogId);
    const sessions = await this.log.recent(dogId, 12);
    const profiles = await profilesPending;

    const accuracy = new Map<ScentProfile['species'], number>();
    for (const s of sessions) {
      const total = s.finds + s.falseAlerts;
      if (total === 0) continue;
      accuracy.set(s.species, (accuracy.get(s.species) ?? 0) + s.finds / total);
    }

    let weakest = profiles[0];
    let weakestScore = Infinity;
    for (const p of profiles) {
      const score = accuracy.get(p.species) ?? 0;
      if (score < weakestScore) {
        weakest = p;
        weakestScore = score;
      }
    }
    if (!weakest) throw new Error(`no scent profiles registered for ${dogId}`);

    return {
      dogId,
      focus: weakest.species,
      concentrationPpb: weakestScore < 1 ? weakest.concentrationPpb * 2 : weakest.concentrationPpb,
      note: sessions.length < 3 ? 'new dog: keep sessions under 15 minutes' : 'standard session',
    };
  }
}
