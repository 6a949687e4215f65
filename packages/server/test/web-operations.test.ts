import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config';
import { protect } from '../src/graphql/limits';

/**
 * Every operation the web app sends (its generated documents), checked against the printed
 * schema and the limits the server enforces with its default settings: an operation that asks
 * for too much (`first: 500` costs more than allowed) fails here, not in a person's browser.
 */
const WEB_DOCUMENTS = path.resolve(__dirname, '../../web/src/gql/graphql.ts');

function webOperations(): Array<{ name: string; source: string }> {
  const generated = readFileSync(WEB_DOCUMENTS, 'utf8');
  return [...generated.matchAll(/new TypedDocumentString\(`([\s\S]*?)`/g)]
    .map((match) => match[1]!)
    .filter((source) => /^\s*(query|mutation|subscription)\b/.test(source))
    .map((source) => ({ name: /^\s*\w+\s+(\w+)/.exec(source)![1]!, source }));
}

describe('the web app\'s operations', () => {
  const schema = buildSchema(readFileSync(path.resolve(__dirname, '../schema.graphql'), 'utf8'));
  const rules = [...specifiedRules, ...protect(loadConfig({}).graphql).validationRules];
  const operations = webOperations();

  it('are all found', () => {
    expect(operations.length).toBeGreaterThan(50);
    expect(operations.map((operation) => operation.name)).toContain('Board');
  });

  it.each(operations.map((operation) => [operation.name, operation.source]))('%s is valid and within the limits', (_name, source) => {
    expect(validate(schema, parse(source), rules).map((error) => error.message)).toEqual([]);
  });
});
