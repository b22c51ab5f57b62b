// expect: no-uncalled-async-function
// isPublished became an async method, but publishSeason still tests `!draft.isPublished` without calling it; a function is always truthy, so the condition is always false and no timetable is ever published.
export interface Crossing {
  route: string;
  departs: string;
  vessel: string;
  days: ('Mon' | 'Tue' | 'Wed' | 'Thu' | 'Fri' | 'Sat' | 'Sun')[];
}

declare const cms: {
  status(timetableId: string): Promise<'draft' | 'review' | 'published'>;
  put(timetableId: string, crossings: Crossing[]): Promise<void>;
  publish(timetableId: string): Promise<{ url: string }>;
};

declare const harbourAuthority: {
  notify(route: string, url: string): Promise<void>;
};

export class TimetableDraft {
  constructor(readonly id: string, readonly season: string, private crossings: Crossing[]) {}

  async isPublished(): Promise<boolean> {
    return (await cms.status(this.id)) === 'published';
  }

  conflicts(): string[] {
    const seen = new Map<string, Crossing>();
    const problems: string[] = [];
    for (const c of this.crossings) {
      for (const day of c.days) {
        const key = `${c.vessel}@${day}@${c.departs}`;
        const prev = seen.get(key);
        if (prev) problems.push(`${c.vessel} double-booked ${day} ${c.departs}: ${prev.route} / ${c.route}`);
        seen.set(key, c);
      }
    }
    return problems;
  }

  async save(): Promise<void> {
    await cms.put(this.id, this.crossings);
  }

  routes(): string[] {
    return [...new Set(this.crossings.map((c) => c.route))];
  }
}

export async function publishSeason(draft: TimetableDraft): Promise<{ published: boolean; url?: string; problems: string[] }> {
  const problems = draft.conflicts();
  if (problems.length > 0) return { published: false, problems };

  await draft.save();
  if (!draft.isPublished) {
    const { url } = await cms.publish(draft.id);
    for (const route of draft.routes()) {
      await harbourAuthority.notify(route, url);
    }
    return { published: true, url, problems };
  }
  return { published: false, problems };
}
