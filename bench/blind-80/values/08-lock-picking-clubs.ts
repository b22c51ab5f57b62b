// expect: no-promise-as-value
// hasCurrentWaiver is async, so `.filter((m) => hasCurrentWaiver(m))` keeps every member (a pending promise is truthy) and members without a waiver are seeded into the competition.
export interface Member {
  id: string;
  handle: string;
  belt: 'white' | 'yellow' | 'orange' | 'green' | 'blue' | 'purple' | 'brown' | 'red' | 'black';
  joinedAt: string;
}

export interface CompetitionEntry {
  memberId: string;
  handle: string;
  seed: number;
  bracket: 'open' | 'advanced';
}

declare const waivers: {
  latest(memberId: string): Promise<{ signedAt: string; expiresAt: string } | null>;
};

declare const progressLog: {
  fastestOpenSeconds(memberId: string, lockModel: string): Promise<number | null>;
};

const BELT_ORDER: Member['belt'][] = ['white', 'yellow', 'orange', 'green', 'blue', 'purple', 'brown', 'red', 'black'];
const MIN_BELT: Member['belt'] = 'orange';

function beltRank(belt: Member['belt']): number {
  return BELT_ORDER.indexOf(belt);
}

async function hasCurrentWaiver(member: Member, on = new Date()): Promise<boolean> {
  const waiver = await waivers.latest(member.id);
  return waiver !== null && new Date(waiver.expiresAt) > on;
}

export async function seedCompetition(members: Member[], lockModel: string): Promise<CompetitionEntry[]> {
  const eligible = members
    .filter((m) => beltRank(m.belt) >= beltRank(MIN_BELT))
    .filter((m) => hasCurrentWaiver(m));

  const times = await Promise.all(eligible.map((m) => progressLog.fastestOpenSeconds(m.id, lockModel)));
  const withTimes = eligible.map((member, i) => ({ member, seconds: times[i] ?? Number.POSITIVE_INFINITY }));

  // Seed by best recorded open on the competition lock; unrecorded members go last by seniority.
  withTimes.sort(
    (a, b) => a.seconds - b.seconds || a.member.joinedAt.localeCompare(b.member.joinedAt),
  );

  return withTimes.map(({ member }, index) => ({
    memberId: member.id,
    handle: member.handle,
    seed: index + 1,
    bracket: beltRank(member.belt) >= beltRank('blue') ? 'advanced' : 'open',
  }));
}

export function bracketSizes(entries: CompetitionEntry[]): Record<CompetitionEntry['bracket'], number> {
  return entries.reduce(
    (acc, e) => {
      acc[e.bracket] += 1;
      return acc;
    },
    { open: 0, advanced: 0 } as Record<CompetitionEntry['bracket'], number>,
  );
}

export function firstRoundPairs(entries: CompetitionEntry[]): Array<[CompetitionEntry, CompetitionEntry | null]> {
  const sorted = [...entries].sort((a, b) => a.seed - b.seed);
  const pairs: Array<[CompetitionEntry, CompetitionEntry | null]> = [];
  while (sorted.length > 0) {
    const top = sorted.shift()!;
    const bottom = sorted.pop() ?? null;
    pairs.push([top, bottom]);
  }
  return pairs;
}
