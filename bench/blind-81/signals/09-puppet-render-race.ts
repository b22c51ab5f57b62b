// expect: none
// The render races the abort signal, but the loser is always cleaned up: abort cancels the farm job, and finally removes the abort listener whichever side wins.
export interface PuppetScene {
  sceneId: string;
  puppets: string[];
  frames: number;
  lighting: 'footlights' | 'shadow-screen' | 'spot';
}

export interface RenderedClip {
  sceneId: string;
  uri: string;
  frames: number;
  renderSeconds: number;
}

interface FarmJob {
  result: Promise<RenderedClip>;
  cancel(): void;
}

declare const renderFarm: {
  submit(scene: PuppetScene, priority: 'preview' | 'final'): FarmJob;
};
declare const studioLog: {
  info(message: string, fields?: Record<string, unknown>): void;
};

export async function renderScene(
  scene: PuppetScene,
  priority: 'preview' | 'final',
  signal: AbortSignal,
): Promise<RenderedClip> {
  signal.throwIfAborted();
  const job = renderFarm.submit(scene, priority);

  let onAbort: () => void = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => {
      job.cancel();
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });

  try {
    return await Promise.race([job.result, aborted]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

function estimateSeconds(scene: PuppetScene): number {
  const perFrame = scene.lighting === 'shadow-screen' ? 0.4 : 1.1;
  return Math.ceil(scene.frames * perFrame * Math.max(scene.puppets.length, 1));
}

export async function renderAct(
  scenes: readonly PuppetScene[],
  signal: AbortSignal,
  onClip?: (clip: RenderedClip) => void,
): Promise<RenderedClip[]> {
  const clips: RenderedClip[] = [];
  const budget = scenes.reduce((sum, scene) => sum + estimateSeconds(scene), 0);
  studioLog.info('rendering act', { scenes: scenes.length, estimatedSeconds: budget });
  for (const scene of scenes) {
    const clip = await renderScene(scene, 'final', signal);
    clips.push(clip);
    onClip?.(clip);
  }
  return clips;
}

export function castList(scenes: readonly PuppetScene[]): Map<string, string[]> {
  const appearances = new Map<string, string[]>();
  for (const scene of scenes) {
    for (const puppet of scene.puppets) {
      const list = appearances.get(puppet) ?? [];
      list.push(scene.sceneId);
      appearances.set(puppet, list);
    }
  }
  return appearances;
}
