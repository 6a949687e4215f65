import { describe, expect, it } from 'vitest';
import { BUNDLES, LOCALES } from './index';

const messages = Object.fromEntries(await Promise.all(LOCALES.map(async ({ code }) => [code, (await BUNDLES[code]()).default] as const)));

/** Every message of ours with its key path, e.g. ['auth.login', 'Log in']; Vuetify's own (`$vuetify`) are its business. */
function leaves(value: unknown, prefix = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as object)
    .filter(([key]) => key !== '$vuetify')
    .flatMap(([key, nested]) => leaves(nested, prefix ? `${prefix}.${key}` : key));
}

/** The `{name}` placeholders of each message: a translation keeps them all. */
function placeholders(value: unknown): Record<string, string[]> {
  return Object.fromEntries(leaves(value).map(([key, text]) => [key, [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort()]));
}

describe('translations', () => {
  const english = leaves(messages.en).map(([key]) => key).sort();
  const codes = LOCALES.map((locale) => locale.code);

  it.each(codes)('%s has exactly the English keys, none of them empty', (code) => {
    const own = leaves(messages[code]);
    expect(own.map(([key]) => key).sort()).toEqual(english);
    expect(own.filter(([, text]) => text.trim() === '')).toEqual([]);
  });

  it.each(codes)('%s keeps every placeholder of the English text', (code) => {
    expect(placeholders(messages[code])).toEqual(placeholders(messages.en));
  });
});
