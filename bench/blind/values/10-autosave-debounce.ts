// expect: no-read-before-settle
// `saved` is only set by the setTimeout callback, yet it is read right after scheduling the timer, so flush always reports the draft as unsaved.

declare function persistDraft(id: string, text: string): void;

export interface FlushResult {
  id: string;
  saved: boolean;
}

export class DraftAutosaver {
  private pending = new Map<string, string>();

  update(id: string, text: string): void {
    this.pending.set(id, text);
  }

  flush(id: string, delayMs = 0): FlushResult {
    const text = this.pending.get(id);
    if (text === undefined) {
      return { id, saved: true };
    }

    let saved = false;
    setTimeout(() => {
      persistDraft(id, text);
      this.pending.delete(id);
      saved = true;
    }, delayMs);

    return { id, saved };
  }
}

export const autosaver = new DraftAutosaver();
