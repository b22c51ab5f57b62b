// expect: no-unchecked-settled-results
// The Promise.allSettled results are never inspected: every specimen is marked synced and counted even when its push to the client portal was rejected.
interface Specimen {
  id: string;
  species: string;
  clientId: string;
  status: 'fleshing' | 'tanning' | 'mounting' | 'drying' | 'finished';
  updatedAt: Date;
}

declare const db: {
  specimensChangedSince(since: Date): Promise<Specimen[]>;
  markSynced(ids: string[], at: Date): Promise<void>;
  lastSyncAt(): Promise<Date>;
};

declare const portal: {
  pushSpecimen(clientId: string, payload: { ref: string; species: string; stage: string; eta?: string }): Promise<void>;
};

const STAGE_LABEL: Record<Specimen['status'], string> = {
  fleshing: 'Preparation',
  tanning: 'Tanning',
  mounting: 'Mounting',
  drying: 'Drying & finishing',
  finished: 'Ready for collection',
};

const STAGE_DAYS_LEFT: Record<Specimen['status'], number> = {
  fleshing: 120,
  tanning: 90,
  mounting: 45,
  drying: 21,
  finished: 0,
};

function eta(s: Specimen): string | undefined {
  const days = STAGE_DAYS_LEFT[s.status];
  if (days === 0) return undefined;
  const d = new Date(s.updatedAt.getTime() + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

export async function syncClientPortal(): Promise<{ pushed: number }> {
  const since = await db.lastSyncAt();
  const startedAt = new Date();
  const changed = await db.specimensChangedSince(since);

  if (changed.length === 0) return { pushed: 0 };

  await Promise.allSettled(
    changed.map((s) =>
      portal.pushSpecimen(s.clientId, {
        ref: s.id,
        species: s.species,
        stage: STAGE_LABEL[s.status],
        eta: eta(s),
      }),
    ),
  );

  await db.markSynced(
    changed.map((s) => s.id),
    startedAt,
  );

  console.log(`portal sync: ${changed.length} specimen(s) pushed`);
  return { pushed: changed.length };
}

export function startPortalSync(everyMs = 10 * 60_000): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    syncClientPortal()
      .catch((err) => console.error('portal sync failed', err))
      .finally(() => {
        running = false;
      });
  }, everyMs);
  return () => clearInterval(timer);
}
