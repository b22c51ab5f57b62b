// expect: no-unobserved-promise
// `for await` over an array of already-started fetches awaits them in order, so a later fetch that rejects while an earlier one is pending has no handler.
interface Tile { x: number; y: number; bitmap: ImageBitmap }

async function loadTile(base: string, x: number, y: number, zoom: number): Promise<Tile> {
  const res = await fetch(`${base}/${zoom}/${x}/${y}.png`);
  if (!res.ok) throw new Error(`tile ${x},${y} failed: ${res.status}`);
  return { x, y, bitmap: await createImageBitmap(await res.blob()) };
}

export async function drawViewport(
  canvas: HTMLCanvasElement,
  base: string,
  zoom: number,
  cols: number,
  rows: number,
): Promise<void> {
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("2d context unavailable");

  const pending: Promise<Tile>[] = [];
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < cols; x++) {
      pending.push(loadTile(base, x, y, zoom));
    }
  }

  for await (const tile of pending) {
    ctx.drawImage(tile.bitmap, tile.x * 256, tile.y * 256);
    tile.bitmap.close();
  }
}
