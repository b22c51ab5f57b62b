// expect: no-multiple-settle
// With a 1s timeslice, dataavailable fires once per second; the promise resolves with the first chunk and every later chunk is dropped, so any clip longer than a second is uploaded truncated.
export interface ClipOptions {
  maxDurationMs: number;
  sliceMs?: number;
  signal?: AbortSignal;
}

const PREFERRED_TYPES = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/mp4'];

function pickMimeType(): string | undefined {
  return PREFERRED_TYPES.find((t) => MediaRecorder.isTypeSupported(t));
}

export function recordClip(stream: MediaStream, opts: ClipOptions): Promise<Blob> {
  const mimeType = pickMimeType();

  return new Promise<Blob>((resolve, reject) => {
    const recorder = new MediaRecorder(stream, { mimeType, audioBitsPerSecond: 48_000 });

    const stopRecorder = () => {
      if (recorder.state !== 'inactive') recorder.stop();
    };
    const limit = setTimeout(stopRecorder, opts.maxDurationMs);

    recorder.ondataavailable = (event: BlobEvent) => {
      if (event.data.size === 0) return;
      resolve(new Blob([event.data], { type: recorder.mimeType }));
    };
    recorder.onerror = () => {
      clearTimeout(limit);
      reject(new Error('MediaRecorder failed while capturing audio'));
    };
    recorder.onstop = () => {
      clearTimeout(limit);
      opts.signal?.removeEventListener('abort', stopRecorder);
      stream.getAudioTracks().forEach((track) => track.stop());
    };

    opts.signal?.addEventListener('abort', stopRecorder, { once: true });
    recorder.start(opts.sliceMs ?? 1000);
  });
}

export async function recordAndUpload(uploadUrl: string, signal?: AbortSignal): Promise<string> {
  const stream = await navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: true } });
  const clip = await recordClip(stream, { maxDurationMs: 30_000, signal });

  const res = await fetch(uploadUrl, {
    method: 'PUT',
    headers: { 'content-type': clip.type || 'application/octet-stream' },
    body: clip,
  });
  if (!res.ok) throw new Error(`voice note upload failed: ${res.status}`);
  const { id } = (await res.json()) as { id: string };
  return id;
}
