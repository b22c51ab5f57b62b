// expect: no-floating-promises
// The per-fixture patch uses forEach with an async callback, so the uploads are dropped: nothing waits for them and their failures go unhandled.
export interface Fixture {
  fixtureId: string;
  universe: number;
  address: number;
  profile: 'par' | 'profile-spot' | 'moving-head' | 'led-batten';
  channels: number;
}

export interface CueLevel {
  fixtureId: string;
  intensity: number;
  colour?: { r: number; g: number; b: number };
  pan?: number;
  tilt?: number;
}

export interface LightingCue {
  cueNumber: string;
  label: string;
  fadeSeconds: number;
  levels: CueLevel[];
}

declare const dmxGateway: {
  patch(universe: number, address: number, values: number[]): Promise<void>;
  commit(universe: number): Promise<void>;
};

declare const showFile: {
  fixtures(): Promise<Fixture[]>;
  saveCue(cue: LightingCue): Promise<void>;
};

function toChannels(fixture: Fixture, level: CueLevel): number[] {
  const intensity = Math.round(Math.max(0, Math.min(1, level.intensity)) * 255);
  const values = new Array<number>(fixture.channels).fill(0);
  values[0] = intensity;
  if (level.colour && fixture.channels >= 4) {
    values[1] = level.colour.r;
    values[2] = level.colour.g;
    values[3] = level.colour.b;
  }
  if (fixture.profile === 'moving-head' && fixture.channels >= 6) {
    values[4] = Math.round(((level.pan ?? 0) / 540) * 255);
    values[5] = Math.round(((level.tilt ?? 0) / 270) * 255);
  }
  return values;
}

export async function loadCueToRig(cue: LightingCue): Promise<number> {
  const fixtures = await showFile.fixtures();
  const byId = new Map(fixtures.map((f) => [f.fixtureId, f]));
  const universes = new Set<number>();

  const unknown = cue.levels.filter((l) => !byId.has(l.fixtureId));
  if (unknown.length > 0) {
    throw new Error(`cue ${cue.cueNumber} references unpatched fixtures: ${unknown.map((l) => l.fixtureId).join(', ')}`);
  }

  cue.levels.forEach(async (level) => {
    const fixture = byId.get(level.fixtureId)!;
    await dmxGateway.patch(fixture.universe, fixture.address, toChannels(fixture, level));
  });

  for (const level of cue.levels) {
    universes.add(byId.get(level.fixtureId)!.universe);
  }
  for (const universe of [...universes].sort((a, b) => a - b)) {
    await dmxGateway.commit(universe);
  }
  return cue.levels.length;
}

export async function recordCue(cueNumber: string, label: string, fadeSeconds: number, levels: CueLevel[]): Promise<LightingCue> {
  if (!/^\d+(\.\d+)?$/.test(cueNumber)) {
    throw new Error(`cue number "${cueNumber}" is not numeric`);
  }
  const cue: LightingCue = {
    cueNumber,
    label: label.trim() || `Cue ${cueNumber}`,
    fadeSeconds: Math.max(0, fadeSeconds),
    levels: levels.filter((l) => l.intensity > 0 || l.colour !== undefined),
  };
  await showFile.saveCue(cue);
  return cue;
}
