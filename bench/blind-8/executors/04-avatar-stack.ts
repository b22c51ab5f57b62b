// expect: no-multiple-settle
// For a member without an avatar URL, src is '' so img.complete is true at once with naturalWidth 0; the executor returns without settling or attaching handlers and drawAvatarStack never resolves.
export interface Member {
  id: string;
  displayName: string;
  avatarUrl?: string | null;
}

const AVATAR_SIZE = 32;
const OVERLAP = 10;

function loadAvatar(src: string): Promise<HTMLImageElement> {
  return new Promise<HTMLImageElement>((resolve, reject) => {
    const img = new Image(AVATAR_SIZE, AVATAR_SIZE);
    img.crossOrigin = 'anonymous';
    img.decoding = 'async';
    img.src = src;

    if (img.complete) {
      if (img.naturalWidth > 0) resolve(img);
      return;
    }
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error(`avatar failed to load: ${src}`));
  });
}

function drawInitials(ctx: CanvasRenderingContext2D, member: Member, x: number): void {
  const initials = member.displayName
    .split(/\s+/)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('')
    .slice(0, 2);
  ctx.fillStyle = '#8a94a6';
  ctx.beginPath();
  ctx.arc(x + AVATAR_SIZE / 2, AVATAR_SIZE / 2, AVATAR_SIZE / 2, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#fff';
  ctx.font = '600 12px system-ui';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(initials, x + AVATAR_SIZE / 2, AVATAR_SIZE / 2);
}

export async function drawAvatarStack(canvas: HTMLCanvasElement, members: Member[]): Promise<void> {
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2d context unavailable');
  const visible = members.slice(0, 5);
  canvas.width = AVATAR_SIZE + (visible.length - 1) * (AVATAR_SIZE - OVERLAP);
  canvas.height = AVATAR_SIZE;

  const images = await Promise.all(visible.map((m) => loadAvatar(m.avatarUrl ?? '').catch(() => null)));

  images.forEach((img, i) => {
    const x = i * (AVATAR_SIZE - OVERLAP);
    if (img) {
      ctx.save();
      ctx.beginPath();
      ctx.arc(x + AVATAR_SIZE / 2, AVATAR_SIZE / 2, AVATAR_SIZE / 2, 0, Math.PI * 2);
      ctx.clip();
      ctx.drawImage(img, x, 0, AVATAR_SIZE, AVATAR_SIZE);
      ctx.restore();
    } else {
      drawInitials(ctx, visible[i], x);
    }
  });
}
