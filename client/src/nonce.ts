import { randomBytes } from 'node:crypto';

/** A fresh, unguessable nonce for each render of a webview (base64 of 18 random bytes). */
export function makeNonce(): string {
  return randomBytes(18).toString('base64');
}
