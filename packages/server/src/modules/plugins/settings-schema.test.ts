import type { SettingsSchema } from '@dealflow/sdk';
import { describe, expect, it } from 'vitest';
import type { GraphQLError } from 'graphql';
import { validateSettings } from './settings-schema';

const schema: SettingsSchema = {
  type: 'object',
  properties: {
    mode: {
      type: 'string',
      title: 'Mode',
      oneOf: [
        { const: 'percentage', title: 'A percentage of the basis' },
        { const: 'flat', title: 'A flat amount' },
      ],
      default: 'percentage',
    },
    payout: { type: 'string', title: 'Payout', enum: ['credit', 'discount'] },
    rateBasisPoints: { type: 'integer', title: 'Rate', format: 'basis-points', minimum: 0, maximum: 10000, default: 2000 },
  },
  required: ['mode', 'rateBasisPoints'],
  additionalProperties: false,
};

function problemOf(settings: unknown): { field: unknown; message: string } {
  try {
    validateSettings(schema, settings);
  } catch (error) {
    return { field: (error as GraphQLError).extensions.field, message: (error as GraphQLError).message };
  }
  throw new Error('expected the settings to be refused');
}

describe('settings checked against a plugin version schema', () => {
  it('accepts a labelled choice by its value and fills in defaults', () => {
    expect(validateSettings(schema, { mode: 'flat' })).toEqual({ mode: 'flat', rateBasisPoints: 2000 });
    expect(validateSettings(schema, {})).toEqual({ mode: 'percentage', rateBasisPoints: 2000 });
  });

  it('refuses a value outside a labelled choice, naming the values', () => {
    expect(problemOf({ mode: 'A flat amount' })).toEqual({ field: 'settings.mode', message: 'Mode must be one of "percentage", "flat"' });
  });

  it('refuses a value outside an enum', () => {
    expect(problemOf({ payout: 'cash' })).toEqual({ field: 'settings.payout', message: 'Payout must be one of "credit", "discount"' });
  });

  it('keeps basis points whole numbers within their range, whatever the form shows', () => {
    expect(problemOf({ rateBasisPoints: 12.5 })).toEqual({ field: 'settings.rateBasisPoints', message: 'Rate must be a whole number' });
    expect(problemOf({ rateBasisPoints: 10001 })).toEqual({ field: 'settings.rateBasisPoints', message: 'Rate must be at most 10000' });
  });
});
