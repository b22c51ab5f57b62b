// expect: no-read-before-settle
// `width` and `height` are set in img.onload, which fires after the image loads, but they are read immediately to compute the thumbnail box, so it is always 0x0.

export interface Box {
  width: number;
  height: number;
}

export function thumbnailBox(src: string, maxSide = 160): Box {
  const img = new Image();
  let width = 0;
  let height = 0;

  img.onload = () => {
    width = img.naturalWidth;
    height = img.naturalHeight;
  };
  img.onerror = () => {
    console.warn(`could not load ${src}`);
  };
  img.src = src;

  const scale = Math.min(1, maxSide / Math.max(width, height, 1));
  return {
    width: Math.round(width * scale),
    height: Math.round(height * scale),
  };
}
