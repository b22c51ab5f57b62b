// expect: none
// The map(async …) is awaited through Promise.all, and the fire-and-forget audit call carries its own .catch().
export interface Cue {
  id: string;
  module: number;
  pin: number;
  timeMs: number;
  effect: string;
}

export interface ModuleAck {
  module: number;
  accepted: number;
  checksum: string;
}

declare const radio: {
  uploadCues(module: number, cues: Cue[]): Promise<ModuleAck>;
  verify(module: number, checksum: string): Promise<boolean>;
};

declare const audit: {
  record(event: string, detail: Record<string, unknown>): Promise<void>;
};

declare const log: {
  warn(msg: string, err?: unknown): void;
  info(msg: string): void;
};

function groupByModule(cues: Cue[]): Map<number, Cue[]> {
  const groups = new Map<number, Cue[]>();
  for (const cue of cues) {
    const list = groups.get(cue.module) ?? [];
    list.push(cue);
    groups.set(cue.module, list);
  }
  for (const list of groups.values()) list.sort((a, b) => a.timeMs - b.timeMs);
  return groups;
}

export async function uploadShow(showId: string, cues: Cue[]): Promise<ModuleAck[]> {
  const groups = groupByModule(cues);

  const acks = await Promise.all(
    [...groups].map(async ([module, moduleCues]) => {
      const ack = await radio.uploadCues(module, moduleCues);
      if (ack.accepted !== moduleCues.length) {
        throw new Error(`module ${module} accepted ${ack.accepted}/${moduleCues.length} cues`);
      }
      if (!(await radio.verify(module, ack.checksum))) {
        throw new Error(`module ${module} checksum mismatch`);
      }
      return ack;
    }),
  );

  // the audit trail must never block or fail an upload
  void audit
    .record('show.uploaded', { showId, modules: acks.map((a) => a.module), cues: cues.length })
    .catch((err) => log.warn(`audit record for ${showId} failed`, err));

  log.info(`show ${showId}: ${cues.length} cues on ${acks.length} modules`);
  return acks;
}

export function lastCueTime(cues: Cue[]): number {
  return cues.reduce((max, cue) => Math.max(max, cue.timeMs), 0);
}
