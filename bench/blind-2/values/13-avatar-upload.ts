// expect: no-read-before-settle
// width/height are set in img.onload, which fires only after the image has decoded, but the size check reads them synchronously right after setting src, so every file is rejected as "0×0 is too small".
export interface AvatarUploadResult {
  url: string;
  width: number;
  height: number;
}

const MIN_SIZE = 128;
const MAX_BYTES = 4 * 1024 * 1024;
const ACCEPTED = new Set(['image/png', 'image/jpeg', 'image/webp']);

export class AvatarUploadError extends Error {}

export async function uploadAvatar(file: File, endpoint: string, csrfToken: string): Promise<AvatarUploadResult> {
  if (!ACCEPTED.has(file.type)) throw new AvatarUploadError(`unsupported image type ${file.type || 'unknown'}`);
  if (file.size > MAX_BYTES) throw new AvatarUploadError('images must be smaller than 4 MB');

  const objectUrl = URL.createObjectURL(file);
  let width = 0;
  let height = 0;
  const img = new Image();
  img.onload = () => {
    width = img.naturalWidth;
    height = img.naturalHeight;
    URL.revokeObjectURL(objectUrl);
  };
  img.onerror = () => URL.revokeObjectURL(objectUrl);
  img.src = objectUrl;

  if (width < MIN_SIZE || height < MIN_SIZE) {
    throw new AvatarUploadError(`${width}×${height} is too small, avatars need at least ${MIN_SIZE}×${MIN_SIZE}`);
  }

  const form = new FormData();
  form.append('avatar', file, file.name);
  form.append('crop', JSON.stringify({ x: 0, y: 0, size: Math.min(width, height) }));
  const res = await fetch(endpoint, {
    method: 'POST',
    body: form,
    headers: { 'x-csrf-token': csrfToken },
    credentials: 'same-origin',
  });
  if (!res.ok) throw new AvatarUploadError(`upload failed (${res.status})`);
  const { url } = (await res.json()) as { url: string };
  return { url, width, height };
}
