// expect: none
// Every allSettled result is narrowed by status before .value or .reason is read.
export interface Member {
  id: string;
  name: string;
  email: string;
  technique: Array<'torchon' | 'bucks-point' | 'bruges' | 'honiton'>;
}

export interface Guild {
  id: string;
  name: string;
  registryUrl: string;
}

declare function fetchGuildRoster(guild: Guild): Promise<Member[]>;
declare const store: {
  upsertMembers(guildId: string, members: Member[]): Promise<number>;
  markStale(guildId: string, reason: string): Promise<void>;
};

export interface SyncSummary {
  synced: Array<{ guild: string; members: number }>;
  stale: Array<{ guild: string; reason: string }>;
}

function isFulfilled<T>(r: PromiseSettledResult<T>): r is PromiseFulfilledResult<T> {
  return r.status === 'fulfilled';
}

function describeReason(reason: unknown): string {
  if (reason instanceof Error) return reason.message;
  if (typeof reason === 'string') return reason;
  return 'unknown failure';
}

export async function syncGuildRosters(guilds: Guild[]): Promise<SyncSummary> {
  const rosters = await Promise.allSettled(guilds.map((g) => fetchGuildRoster(g)));

  const summary: SyncSummary = { synced: [], stale: [] };

  const writes = await Promise.allSettled(
    rosters.map(async (result, i) => {
      const guild = guilds[i];
      if (!isFulfilled(result)) {
        const reason = describeReason(result.reason);
        await store.markStale(guild.id, reason);
        summary.stale.push({ guild: guild.name, reason });
        return;
      }
      const members = result.value.filter((m) => m.email.includes('@'));
      const written = await store.upsertMembers(guild.id, members);
      summary.synced.push({ guild: guild.name, members: written });
    }),
  );

  writes.forEach((write, i) => {
    if (write.status === 'rejected') {
      summary.stale.push({ guild: guilds[i].name, reason: `store: ${describeReason(write.reason)}` });
    }
  });

  return summary;
}

export function techniqueCounts(members: Member[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const m of members) {
    for (const t of m.technique) counts[t] = (counts[t] ?? 0) + 1;
  }
  return counts;
}
