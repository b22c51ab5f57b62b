// expect: none
// The ffmpeg child process can emit both 'error' and 'close', and a single settled guard makes sure the render promise settles exactly once on either path.
import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';

export interface ShotRender {
  shotId: string;
  framesDir: string;
  fps: number;
  output: string;
}

export interface RenderResult {
  shotId: string;
  output: string;
  bytes: number;
  durationMs: number;
}

const FFMPEG = process.env.FFMPEG_PATH ?? 'ffmpeg';

function buildArgs(shot: ShotRender): string[] {
  return [
    '-y',
    '-framerate', String(shot.fps),
    '-i', `${shot.framesDir}/frame_%05d.png`,
    '-c:v', 'prores_ks',
    '-profile:v', '3',
    shot.output,
  ];
}

function runEncoder(shot: ShotRender): Promise<number> {
  const started = Date.now();
  return new Promise<number>((resolve, reject) => {
    const child = spawn(FFMPEG, buildArgs(shot), { stdio: ['ignore', 'ignore', 'pipe'] });
    let tail = '';
    let settled = false;

    const finish = (err: Error | null) => {
      if (settled) return;
      settled = true;
      if (err) reject(err);
      else resolve(Date.now() - started);
    };

    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      tail = (tail + chunk).slice(-2000);
    });

    child.on('error', (err) => finish(err));
    child.on('close', (code, signal) => {
      if (code === 0) {
        finish(null);
      } else {
        const why = signal ? `killed by ${signal}` : `exit code ${code}`;
        finish(new Error(`Render of ${shot.shotId} failed (${why}): ${tail.trim()}`));
      }
    });
  });
}

export class StoryboardRenderer {
  private readonly completed: RenderResult[] = [];

  async render(shot: ShotRender): Promise<RenderResult> {
    const durationMs = await runEncoder(shot);
    const info = await stat(shot.output);
    const result: RenderResult = {
      shotId: shot.shotId,
      output: shot.output,
      bytes: info.size,
      durationMs,
    };
    this.completed.push(result);
    return result;
  }

  async renderSequence(shots: ShotRender[]): Promise<RenderResult[]> {
    const results: RenderResult[] = [];
    for (const shot of shots) {
      results.push(await this.render(shot));
    }
    return results;
  }

  history(): readonly RenderResult[] {
    return this.completed;
  }
}
