import type { Json, JsonSchema, Settings, SettingsSchema } from '@dealflow/sdk';
import { UserInputError } from '../../graphql/errors';

/**
 * Checks an installation's settings against its plugin version's schema (the JSON Schema subset
 * the SDK documents) and fills in defaults. The plugin then never sees a setting of the wrong
 * type, and a person sees which field is wrong: `settings.tiers.1.rateBasisPoints`.
 */
export function validateSettings(schema: SettingsSchema, given: unknown): Settings {
  return checkObject(schema, given ?? {}, 'settings') as Settings;
}

function check(schema: JsonSchema, value: unknown, path: string): Json {
  const choices = schema.enum ?? schema.oneOf?.map((choice) => choice.const);
  if (choices && !choices.some((allowed) => JSON.stringify(allowed) === JSON.stringify(value))) {
    throw new UserInputError(path, `${label(schema, path)} must be one of ${choices.map((choice) => JSON.stringify(choice)).join(', ')}`);
  }
  switch (schema.type) {
    case 'object':
      return checkObject(schema, value, path);
    case 'array':
      return checkArray(schema, value, path);
    case 'integer':
    case 'number':
      return checkNumber(schema, value, path);
    case 'string':
      return expect(typeof value === 'string', value, schema, path, 'text') as string;
    case 'boolean':
      return expect(typeof value === 'boolean', value, schema, path, 'true or false') as boolean;
    default:
      return value as Json;
  }
}

function checkObject(schema: JsonSchema, value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UserInputError(path, `${label(schema, path)} must be an object`);
  }
  const given = value as Record<string, unknown>;
  const properties = schema.properties ?? {};
  const result: Record<string, Json> = {};
  for (const [key, property] of Object.entries(properties)) {
    const field = `${path}.${key}`;
    if (given[key] === undefined || given[key] === null) {
      if (property.default !== undefined) result[key] = property.default;
      else if (schema.required?.includes(key)) throw new UserInputError(field, `${label(property, field)} is required`);
      continue;
    }
    result[key] = check(property, given[key], field);
  }
  const unknown = Object.keys(given).filter((key) => !(key in properties));
  if (unknown.length > 0 && schema.additionalProperties === false) {
    throw new UserInputError(`${path}.${unknown[0]}`, `${unknown[0]} is not a setting of this plugin`);
  }
  for (const key of unknown) result[key] = given[key] as Json;
  return result;
}

function checkArray(schema: JsonSchema, value: unknown, path: string): Json {
  if (!Array.isArray(value)) throw new UserInputError(path, `${label(schema, path)} must be a list`);
  return value.map((item, index) => (schema.items ? check(schema.items, item, `${path}.${index}`) : (item as Json)));
}

function checkNumber(schema: JsonSchema, value: unknown, path: string): number {
  const whole = schema.type === 'integer';
  const valid = typeof value === 'number' && Number.isFinite(value) && (!whole || Number.isSafeInteger(value));
  expect(valid, value, schema, path, whole ? 'a whole number' : 'a number');
  const number = value as number;
  if (schema.minimum !== undefined && number < schema.minimum) {
    throw new UserInputError(path, `${label(schema, path)} must be at least ${schema.minimum}`);
  }
  if (schema.maximum !== undefined && number > schema.maximum) {
    throw new UserInputError(path, `${label(schema, path)} must be at most ${schema.maximum}`);
  }
  return number;
}

function expect(valid: boolean, value: unknown, schema: JsonSchema, path: string, what: string): unknown {
  if (!valid) throw new UserInputError(path, `${label(schema, path)} must be ${what}`);
  return value;
}

function label(schema: JsonSchema, path: string): string {
  return schema.title ?? path.split('.').pop()!;
}
