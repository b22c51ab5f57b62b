// expect: no-swallowed-abort
// loadClasses catches every error, including the AbortError raised when a newer filter cancels the request, and returns an empty list, so a superseded search renders "no classes this week" over the real results.
export interface YogaClassCard {
  id: string;
  title: string;
  startsAt: string;
  level: 'beginner' | 'flow' | 'advanced';
  spotsLeft: number;
  goatCount: number;
}

export interface ScheduleFilter {
  week: string; // ISO week, "2024-W28"
  level?: YogaClassCard['level'];
  kidsFriendly?: boolean;
}

export async function loadClasses(filter: ScheduleFilter, signal: AbortSignal): Promise<YogaClassCard[]> {
  const qs = new URLSearchParams({ week: filter.week });
  if (filter.level) qs.set('level', filter.level);
  if (filter.kidsFriendly) qs.set('kids', '1');
  try {
    const res = await fetch(`/api/classes?${qs}`, { signal, credentials: 'same-origin' });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return (await res.json()) as YogaClassCard[];
  } catch (err) {
    console.warn('[schedule] could not load classes', err);
    return [];
  }
}

export class ScheduleWidget {
  private current: AbortController | null = null;

  constructor(private readonly root: HTMLElement) {}

  async show(filter: ScheduleFilter): Promise<void> {
    this.current?.abort();
    const ctrl = new AbortController();
    this.current = ctrl;
    this.root.setAttribute('aria-busy', 'true');
    try {
      const classes = await loadClasses(filter, ctrl.signal);
      this.render(classes);
    } finally {
      if (this.current === ctrl) {
        this.current = null;
        this.root.removeAttribute('aria-busy');
      }
    }
  }

  private render(classes: YogaClassCard[]): void {
    if (classes.length === 0) {
      this.root.innerHTML = '<p class="empty">No classes this week — the goats are resting.</p>';
      return;
    }
    const items = classes.map((c) => {
      const li = document.createElement('li');
      li.dataset.classId = c.id;
      li.className = c.spotsLeft === 0 ? 'full' : 'open';
      li.textContent = `${new Date(c.startsAt).toLocaleString()} · ${c.title} (${c.level}) · ${c.goatCount} goats · ${c.spotsLeft} spots`;
      return li;
    });
    const list = document.createElement('ul');
    list.append(...items);
    this.root.replaceChildren(list);
  }
}
