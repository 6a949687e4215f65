import { createHash } from 'node:crypto';

/** Hex SHA-256 of the text's UTF-8 bytes: how inputs, outputs and bundles are fingerprinted. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
