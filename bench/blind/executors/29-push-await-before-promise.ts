// expect: none
// The awaits run in the async function before the Promise is constructed; the executor itself is synchronous and settles on both branches of the SDK callback.
export interface Device {
  userId: string;
  pushToken: string;
  platform: 'ios' | 'android';
}

declare const auth: { getAccessToken(scope: string): Promise<string> };
declare const devices: { findByUser(userId: string): Promise<Device | null> };
declare const push: {
  send(
    accessToken: string,
    message: { token: string; title: string; body: string },
    cb: (err: Error | null, messageId?: string) => void,
  ): void;
};

export async function sendPush(userId: string, title: string, body: string): Promise<string | null> {
  const device = await devices.findByUser(userId);
  if (!device) return null;
  const accessToken = await auth.getAccessToken('messaging');

  return new Promise<string>((resolve, reject) => {
    push.send(accessToken, { token: device.pushToken, title, body }, (err, messageId) => {
      if (err) {
        reject(err);
      } else {
        resolve(messageId ?? '');
      }
    });
  });
}
