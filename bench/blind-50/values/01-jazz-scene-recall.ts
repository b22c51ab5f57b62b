// expect: no-promise-as-value
// recallScene interpolates roster.currentEngineer(), which is async, into the audit note, so the log says "recalled by [object Promise]".

export interface SceneRecall {
  sceneId: string;
  name: string;
  set: 'early' | 'late' | 'jam';
  faders: Record<number, number>;
  mutes: number[];
}

export interface AuditEntry {
  at: string;
  desk: string;
  note: string;
}

declare const desk: {
  id: string;
  loadScene(sceneId: string): Promise<SceneRecall>;
  setFader(channel: number, db: number): Promise<void>;
  setMute(channel: number, muted: boolean): Promise<void>;
  channelCount(): number;
};

declare const roster: {
  currentEngineer(): Promise<string>;
};

declare const audit: {
  append(entry: AuditEntry): Promise<void>;
};

const FADER_FLOOR_DB = -90;
const FADER_CEILING_DB = 10;

function clampDb(db: number): number {
  if (!Number.isFinite(db)) return FADER_FLOOR_DB;
  return Math.max(FADER_FLOOR_DB, Math.min(FADER_CEILING_DB, db));
}

export function diffScenes(from: SceneRecall, to: SceneRecall): number[] {
  const channels = new Set([...Object.keys(from.faders), ...Object.keys(to.faders)].map(Number));
  const changed: number[] = [];
  for (const ch of channels) {
    if ((from.faders[ch] ?? FADER_FLOOR_DB) !== (to.faders[ch] ?? FADER_FLOOR_DB)) changed.push(ch);
  }
  for (const ch of new Set([...from.mutes, ...to.mutes])) {
    if (from.mutes.includes(ch) !== to.mutes.includes(ch) && !changed.includes(ch)) changed.push(ch);
  }
  return changed.sort((a, b) => a - b);
}

export class SceneRecaller {
  private current?: SceneRecall;

  async recallScene(sceneId: string): Promise<SceneRecall> {
    const scene = await desk.loadScene(sceneId);
    const channels = this.current ? diffScenes(this.current, scene) : [...Array(desk.channelCount()).keys()];
    for (const ch of channels) {
      await desk.setFader(ch, clampDb(scene.faders[ch] ?? FADER_FLOOR_DB));
      await desk.setMute(ch, scene.mutes.includes(ch));
    }
    const engineer = roster.currentEngineer();
    await audit.append({
      at: new Date().toISOString(),
      desk: desk.id,
      note: `scene "${scene.name}" (${scene.set} set) recalled by ${engineer}; ${channels.length} channels moved`,
    });
    this.current = scene;
    return scene;
  }

  get currentScene(): SceneRecall | undefined {
    return this.current;
  }
}
