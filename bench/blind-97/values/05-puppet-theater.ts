// expect: no-read-before-settle
// resumeScene returns `position` right after handing the bookmark store a callback that sets it, but that callback runs later, so the function always returns scene 1 and every interrupted matinee restarts from the top.
import { EventEmitter } from 'node:events';

export interface BookmarkStore {
  get(key: string, cb: (err: Error | null, value?: string) => void): void;
  put(key: string, value: string, cb: (err: Error | null) => void): void;
}

export interface Scene {
  number: number;
  title: string;
  puppets: string[];
  minutes: number;
}

export class MatineeRunner extends EventEmitter {
  private current = 0;

  constructor(
    private readonly showId: string,
    private readonly scenes: Scene[],
    private readonly bookmarks: BookmarkStore,
  ) {
    super();
  }

  resumeScene(): number {
    let position = 1;
    this.bookmarks.get(`matinee:${this.showId}`, (err, saved) => {
      if (err) {
        this.emit('warning', err);
        return;
      }
      const n = Number(saved);
      if (Number.isInteger(n) && n >= 1 && n <= this.scenes.length) position = n;
    });
    return position;
  }

  begin(): Scene {
    const start = this.resumeScene();
    this.current = start;
    const scene = this.scenes[start - 1];
    this.emit('scene', scene);
    return scene;
  }

  advance(): Scene | null {
    if (this.current >= this.scenes.length) {
      this.emit('curtain');
      return null;
    }
    this.current += 1;
    const scene = this.scenes[this.current - 1];
    this.bookmarks.put(`matinee:${this.showId}`, String(this.current), (err) => {
      if (err) this.emit('warning', err);
    });
    this.emit('scene', scene);
    return scene;
  }
}

export const hansel: Scene[] = [
  { number: 1, title: 'The woodcutter’s cottage', puppets: ['hansel', 'gretel', 'father'], minutes: 6 },
  { number: 2, title: 'Breadcrumbs', puppets: ['hansel', 'gretel'], minutes: 4 },
  { number: 3, title: 'The gingerbread house', puppets: ['hansel', 'gretel', 'witch'], minutes: 9 },
  { number: 4, title: 'The oven', puppets: ['gretel', 'witch'], minutes: 5 },
];
