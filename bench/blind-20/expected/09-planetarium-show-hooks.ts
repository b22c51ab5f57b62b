// expect: none
// Correct: the `if (hooks.onBeforeShow)` checks test whether an optional async hook was supplied, and then call it.
import { spawn } from 'node:child_process';
import { once } from 'node:events';

export interface ShowDefinition {
  slug: string;
  title: string;
  renderScript: string;
  domeResolution: 2048 | 4096 | 8192;
  runtimeMin: number;
}

export interface ShowHooks {
  onBeforeShow?: (show: ShowDefinition) => Promise<void>;
  onAfterShow?: (show: ShowDefinition, exitCode: number) => Promise<void>;
  shouldSkip?: (show: ShowDefinition) => Promise<boolean>;
}

declare const houseLights: {
  fadeTo(level: number, seconds: number): Promise<void>;
};

export async function playShow(show: ShowDefinition, hooks: ShowHooks = {}): Promise<number> {
  if (hooks.shouldSkip && (await hooks.shouldSkip(show))) {
    return -1;
  }
  if (hooks.onBeforeShow) {
    await hooks.onBeforeShow(show);
  }

  await houseLights.fadeTo(0, 8);
  const child = spawn('domeplayer', ['--res', String(show.domeResolution), show.renderScript], {
    stdio: ['ignore', 'inherit', 'pipe'],
  });

  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
  });

  const watchdog = setTimeout(() => child.kill('SIGTERM'), (show.runtimeMin + 5) * 60_000);
  const [code] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  clearTimeout(watchdog);
  await houseLights.fadeTo(0.6, 12);

  const exitCode = code ?? 1;
  if (exitCode !== 0 && stderr) {
    console.error(`[${show.slug}] player exited ${exitCode}: ${stderr.trim().split('\n').pop()}`);
  }
  if (hooks.onAfterShow) {
    await hooks.onAfterShow(show, exitCode);
  }
  return exitCode;
}

export async function playEvening(lineup: ShowDefinition[], hooks?: ShowHooks): Promise<Map<string, number>> {
  const results = new Map<string, number>();
  for (const show of lineup) {
    results.set(show.slug, await playShow(show, hooks));
  }
  return results;
}
