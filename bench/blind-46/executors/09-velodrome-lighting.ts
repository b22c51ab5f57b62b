// expect: none
// compileScene takes a single 'message' via once() and also handles 'error' and a non-zero 'exit', settling once through a guard.
import { Worker } from 'node:worker_threads';

export interface LuminaireZone {
  zone: 'straight-home' | 'straight-back' | 'banking-north' | 'banking-south' | 'infield';
  fixtures: number;
  targetLux: number;
}

export interface SceneRequest {
  sceneName: 'training' | 'race' | 'broadcast-4k' | 'cleaning';
  zones: LuminaireZone[];
  uniformityMin: number;
}

export interface CompiledScene {
  sceneName: SceneRequest['sceneName'];
  dmxFrames: number[][];
  estimatedUniformity: number;
}

declare const sceneCompilerPath: string;

declare const dmxGateway: {
  upload(universe: number, frames: number[][]): Promise<void>;
  activate(universe: number, sceneName: string): Promise<void>;
};

export function compileScene(request: SceneRequest, timeoutMs = 20_000): Promise<CompiledScene> {
  return new Promise<CompiledScene>((resolve, reject) => {
    const worker = new Worker(sceneCompilerPath, { workerData: request });
    let settled = false;
    const done = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    const timer = setTimeout(() => {
      done(() => reject(new Error(`scene ${request.sceneName} compilation timed out`)));
      worker.terminate().catch(() => undefined);
    }, timeoutMs);

    worker.once('message', (scene: CompiledScene) => done(() => resolve(scene)));
    worker.once('error', (err) => done(() => reject(err)));
    worker.once('exit', (code) => {
      done(() => reject(new Error(`scene compiler exited with code ${code} before replying`)));
    });
  });
}

export function validateRequest(request: SceneRequest): string[] {
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const zone of request.zones) {
    if (seen.has(zone.zone)) errors.push(`zone ${zone.zone} listed twice`);
    seen.add(zone.zone);
    if (zone.fixtures <= 0) errors.push(`zone ${zone.zone} has no fixtures`);
    if (request.sceneName === 'broadcast-4k' && zone.zone !== 'infield' && zone.targetLux < 1_800) {
      errors.push(`zone ${zone.zone} below broadcast minimum`);
    }
  }
  if (request.uniformityMin <= 0 || request.uniformityMin > 1) errors.push('uniformityMin must be in (0, 1]');
  return errors;
}

export async function switchScene(universe: number, request: SceneRequest): Promise<CompiledScene> {
  const errors = validateRequest(request);
  if (errors.length > 0) throw new Error(`invalid scene request: ${errors.join('; ')}`);
  const scene = await compileScene(request);
  if (scene.estimatedUniformity < request.uniformityMin) {
    throw new Error(`scene ${scene.sceneName} uniformity ${scene.estimatedUniformity.toFixed(2)} below target`);
  }
  await dmxGateway.upload(universe, scene.dmxFrames);
  await dmxGateway.activate(universe, scene.sceneName);
  return scene;
}
