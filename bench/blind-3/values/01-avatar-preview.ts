// expect: none
// The FileReader result is captured inside a promise that resolves from onload (and rejects from onerror/onabort), and the preview src is assigned only after awaiting it, so the data URL is always set before use.
declare const api: {
  uploadAvatar(userId: string, file: Blob, opts?: { signal?: AbortSignal }): Promise<{ url: string }>;
};

const MAX_AVATAR_BYTES = 2 * 1024 * 1024;
const ACCEPTED = new Set(['image/png', 'image/jpeg', 'image/webp']);

function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error('could not read file'));
    reader.onabort = () => reject(new DOMException('File read aborted', 'AbortError'));
    reader.readAsDataURL(file);
  });
}

export class AvatarPicker {
  private pendingDataUrl: string | null = null;

  constructor(
    private readonly userId: string,
    private readonly preview: HTMLImageElement,
    private readonly errorLabel: HTMLElement,
  ) {}

  async onFileSelected(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    this.errorLabel.textContent = '';
    if (!file) return;
    if (!ACCEPTED.has(file.type)) {
      this.errorLabel.textContent = 'Please choose a PNG, JPEG or WebP image.';
      return;
    }
    if (file.size > MAX_AVATAR_BYTES) {
      this.errorLabel.textContent = 'Images must be smaller than 2 MB.';
      return;
    }
    this.pendingDataUrl = await readAsDataUrl(file);
    this.preview.src = this.pendingDataUrl;
    this.preview.hidden = false;
  }

  async save(input: HTMLInputElement): Promise<string | null> {
    const file = input.files?.[0];
    if (!file || !this.pendingDataUrl) return null;
    const { url } = await api.uploadAvatar(this.userId, file);
    this.pendingDataUrl = null;
    this.preview.src = url;
    return url;
  }
}
