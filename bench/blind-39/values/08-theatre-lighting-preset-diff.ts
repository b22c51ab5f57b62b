// expect: none
// `baseline` is assigned in a then-callback, but it is only read after that promise has been awaited (together with the live read via Promise.all).
export interface ChannelLevel {
  channel: number;
  level: number;
}

export interface Preset {
  presetId: string;
  name: string;
  levels: ChannelLevel[];
}

export interface PresetDiff {
  added: ChannelLevel[];
  removed: number[];
  changed: Array<{ channel: number; from: number; to: number }>;
}

declare const presetStore: {
  load(showId: string, presetId: string): Promise<Preset>;
  save(showId: string, preset: Preset): Promise<void>;
};

declare const console_: { readLive(universe: number): Promise<ChannelLevel[]> };

function normalise(levels: ChannelLevel[]): Map<number, number> {
  const map = new Map<number, number>();
  for (const { channel, level } of levels) {
    if (level > 0) map.set(channel, Math.round(level));
  }
  return map;
}

export function diffPresets(before: ChannelLevel[], after: ChannelLevel[]): PresetDiff {
  const a = normalise(before);
  const b = normalise(after);
  const diff: PresetDiff = { added: [], removed: [], changed: [] };
  for (const [channel, level] of b) {
    const old = a.get(channel);
    if (old === undefined) diff.added.push({ channel, level });
    else if (old !== level) diff.changed.push({ channel, from: old, to: level });
  }
  for (const channel of a.keys()) {
    if (!b.has(channel)) diff.removed.push(channel);
  }
  return diff;
}

export async function updatePresetFromStage(showId: string, presetId: string, universe: number): Promise<PresetDiff> {
  let baseline: Preset | undefined;
  const loading = presetStore.load(showId, presetId).then((preset) => {
    baseline = preset;
  });

  const [live] = await Promise.all([console_.readLive(universe), loading]);
  const lit = live.filter((l) => l.level > 0);
  if (lit.length === 0) {
    throw new Error(`universe ${universe} is dark; refusing to overwrite ${presetId}`);
  }

  if (!baseline) {
    throw new Error(`preset ${presetId} not found in show ${showId}`);
  }

  const diff = diffPresets(baseline.levels, lit);
  if (diff.added.length + diff.removed.length + diff.changed.length > 0) {
    await presetStore.save(showId, { ...baseline, levels: lit });
  }
  return diff;
}

export function describeDiff(diff: PresetDiff): string {
  const parts: string[] = [];
  if (diff.added.length) parts.push(`+${diff.added.length} channels`);
  if (diff.removed.length) parts.push(`-${diff.removed.length} channels`);
  if (diff.changed.length) parts.push(`${diff.changed.length} level changes`);
  return parts.length ? parts.join(', ') : 'no changes';
}
