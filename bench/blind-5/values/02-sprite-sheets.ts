// expect: none
// The `??` deliberately picks between two promises: the map holds in-flight Promise<SpriteSheet> objects, so concurrent callers share one download/decode, and every consumer awaits the result before using it.
export interface Frame {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface SpriteSheet {
  bitmap: ImageBitmap;
  frames: Record<string, Frame>;
}

const inflight = new Map<string, Promise<SpriteSheet>>();
const ready = new Map<string, SpriteSheet>();

async function loadSheet(name: string): Promise<SpriteSheet> {
  const [image, frames] = await Promise.all([
    fetch(`/assets/sprites/${name}.png`).then((r) => {
      if (!r.ok) throw new Error(`sprite ${name}: HTTP ${r.status}`);
      return r.blob();
    }),
    fetch(`/assets/sprites/${name}.json`).then((r) => r.json() as Promise<Record<string, Frame>>),
  ]);
  const bitmap = await createImageBitmap(image, { premultiplyAlpha: 'premultiply' });
  return { bitmap, frames };
}

export function sheet(name: string): Promise<SpriteSheet> {
  const done = ready.get(name);
  if (done) return Promise.resolve(done);
  const pending =
    inflight.get(name) ??
    loadSheet(name)
      .then((s) => {
        ready.set(name, s);
        console.info(`sprites: ${name} ready (${Object.keys(s.frames).length} frames)`);
        return s;
      })
      .finally(() => inflight.delete(name));
  inflight.set(name, pending);
  return pending;
}

export async function drawFrame(
  ctx: CanvasRenderingContext2D,
  sheetName: string,
  frame: string,
  x: number,
  y: number,
  scale = 1,
): Promise<void> {
  const s = await sheet(sheetName);
  const f = s.frames[frame];
  if (!f) throw new Error(`unknown frame ${sheetName}/${frame}`);
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(s.bitmap, f.x, f.y, f.w, f.h, x, y, f.w * scale, f.h * scale);
}

export async function preload(names: readonly string[], onProgress?: (loaded: number) => void): Promise<void> {
  let loaded = 0;
  await Promise.all(
    names.map((n) =>
      sheet(n).then(() => {
        onProgress?.(++loaded);
      }),
    ),
  );
}
