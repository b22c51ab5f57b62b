// expect: no-promise-as-value
// publishShowUpdate puts castRepo.forShow(...) into the event payload without awaiting it, so the bus serialises an empty object ({}) where the cast list should be.
export interface Show {
  id: string;
  title: string;
  venue: string;
  curtainUp: Date;
  runtimeMinutes: number;
}

export interface CastMember {
  puppeteer: string;
  roles: string[];
  understudyFor?: string[];
}

declare const bus: {
  publish(topic: string, payload: unknown): Promise<void>;
};
declare const castRepo: {
  forShow(showId: string): Promise<CastMember[]>;
};
declare const showRepo: {
  get(showId: string): Promise<Show | null>;
  update(showId: string, patch: Partial<Show>): Promise<Show>;
};

function audienceNote(show: Show): string {
  const mins = show.runtimeMinutes;
  if (mins <= 45) return 'Suitable for ages 3+';
  if (mins <= 75) return 'Suitable for ages 6+; one short interval';
  return 'Suitable for ages 10+; one interval';
}

async function publishShowUpdate(show: Show, reason: string): Promise<void> {
  await bus.publish('theatre.show.updated', {
    id: show.id,
    title: show.title,
    venue: show.venue,
    curtainUp: show.curtainUp.toISOString(),
    note: audienceNote(show),
    cast: castRepo.forShow(show.id),
    reason,
  });
}

export async function reschedule(showId: string, curtainUp: Date): Promise<Show> {
  const existing = await showRepo.get(showId);
  if (!existing) throw new Error(`show ${showId} not found`);
  if (curtainUp.getTime() < Date.now()) throw new Error('cannot move a show into the past');

  const updated = await showRepo.update(showId, { curtainUp });
  const moved = Math.round((curtainUp.getTime() - existing.curtainUp.getTime()) / 60_000);
  await publishShowUpdate(updated, `curtain moved by ${moved} minutes`);
  return updated;
}

export async function retitle(showId: string, title: string): Promise<Show> {
  const updated = await showRepo.update(showId, { title: title.trim() });
  await publishShowUpdate(updated, 'retitled');
  return updated;
}
