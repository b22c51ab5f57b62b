// expect: no-leaked-race
// The timeout timer racing the upload is never cleared, so after a fast upload wins the race the timer stays armed for the full 30 seconds and later fires on a finished operation.

interface UploadResult {
  id: string;
  bytes: number;
}

declare function uploadBlob(blob: Blob, opts: { signal?: AbortSignal }): Promise<UploadResult>;

const UPLOAD_TIMEOUT_MS = 30_000;

export async function uploadAvatar(input: HTMLInputElement): Promise<UploadResult | null> {
  const file = input.files?.[0];
  if (!file) return null;

  const controller = new AbortController();
  const timeout = new Promise<never>((_, reject) => {
    window.setTimeout(() => {
      controller.abort();
      reject(new Error("avatar upload timed out"));
    }, UPLOAD_TIMEOUT_MS);
  });

  const result = await Promise.race([uploadBlob(file, { signal: controller.signal }), timeout]);
  input.value = "";
  return result;
}
