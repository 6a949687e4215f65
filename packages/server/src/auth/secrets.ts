import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { newId } from '../common/ids';

/**
 * Opaque bearer secrets (refresh tokens, invite links): `<row id>.<random>`. Only a SHA-256 of
 * the random part is stored, so a leaked table cannot be replayed.
 */
export interface IssuedSecret {
  id: string;
  token: string;
  hash: string;
}

export function issueSecret(): IssuedSecret {
  const id = newId();
  const secret = randomBytes(32).toString('base64url');
  return { id, token: `${id}.${secret}`, hash: hashSecret(secret) };
}

export function parseSecret(token: string): { id: string; secret: string } | null {
  const [id, secret, extra] = token.split('.');
  return id && secret && extra === undefined ? { id, secret } : null;
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const actual = Buffer.from(hashSecret(secret), 'hex');
  const expected = Buffer.from(storedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
