// expect: no-swallowed-abort
// loadRoll() catches the AbortError from a cancelled fetch and returns an empty roll, which the caller then caches as if it were the real roll.
export interface RollBar {
  holes: number[]; // pipe indices punched in this bar
}

export interface OrganRoll {
  id: string;
  title: string;
  scale: number; // number of pipes the roll is punched for
  bars: RollBar[];
}

declare const LIBRARY_URL: string;

declare const organ: {
  readonly scale: number;
  play(roll: OrganRoll, options?: { signal?: AbortSignal }): Promise<void>;
};

function parseRoll(id: string, body: ArrayBuffer): OrganRoll {
  const view = new DataView(body);
  const scale = view.getUint8(0);
  const titleLength = view.getUint8(1);
  const title = new TextDecoder().decode(new Uint8Array(body, 2, titleLength));
  const bars: RollBar[] = [];
  const bytesPerBar = Math.ceil(scale / 8);
  for (let offset = 2 + titleLength; offset + bytesPerBar <= body.byteLength; offset += bytesPerBar) {
    const holes: number[] = [];
    for (let pipe = 0; pipe < scale; pipe++) {
      if (view.getUint8(offset + (pipe >> 3)) & (1 << (pipe & 7))) holes.push(pipe);
    }
    bars.push({ holes });
  }
  return { id, title, scale, bars };
}

export class RollLibrary {
  private readonly cache = new Map<string, OrganRoll>();

  async loadRoll(id: string, signal: AbortSignal): Promise<OrganRoll> {
    try {
      const res = await fetch(`${LIBRARY_URL}/rolls/${encodeURIComponent(id)}.roll`, { signal });
      if (!res.ok) throw new Error(`roll library returned ${res.status} for ${id}`);
      return parseRoll(id, await res.arrayBuffer());
    } catch (err) {
      if (err instanceof Error && err.name === 'AbortError') {
        return { id, title: '', scale: organ.scale, bars: [] };
      }
      throw err;
    }
  }

  async get(id: string, signal: AbortSignal): Promise<OrganRoll> {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const roll = await this.loadRoll(id, signal);
    if (roll.scale !== organ.scale) {
      throw new Error(`roll ${id} is punched for ${roll.scale} pipes; this organ has ${organ.scale}`);
    }
    this.cache.set(id, roll);
    return roll;
  }

  async playlist(ids: string[], signal: AbortSignal): Promise<number> {
    let played = 0;
    for (const id of ids) {
      signal.throwIfAborted();
      const roll = await this.get(id, signal);
      await organ.play(roll, { signal });
      played++;
    }
    return played;
  }
}
