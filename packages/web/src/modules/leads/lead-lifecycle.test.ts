import { describe, expect, it } from 'vitest';
import { actionsFor, stepOf } from './lead-lifecycle';

describe('lead lifecycle', () => {
  it('offers what the server\'s funnel rule allows from each status', () => {
    expect(actionsFor('LEAD')).toEqual({ qualify: 'MQL', back: [], disqualify: true, requalify: false, convert: true });
    expect(actionsFor('SAL')).toEqual({ qualify: 'SQL', back: ['LEAD', 'MQL'], disqualify: true, requalify: false, convert: true });
    expect(actionsFor('SQL')).toEqual({ qualify: null, back: ['LEAD', 'MQL', 'SAL'], disqualify: true, requalify: false, convert: true });
    expect(actionsFor('DISQUALIFIED')).toEqual({ qualify: null, back: [], disqualify: false, requalify: true, convert: false });
    expect(actionsFor('CONVERTED')).toEqual({ qualify: null, back: [], disqualify: false, requalify: false, convert: false });
  });

  it('places a disqualified lead on the step it was last disqualified from', () => {
    const history = [
      { fromStatus: null, toStatus: 'LEAD' as const },
      { fromStatus: 'LEAD' as const, toStatus: 'DISQUALIFIED' as const },
      { fromStatus: 'DISQUALIFIED' as const, toStatus: 'LEAD' as const },
      { fromStatus: 'LEAD' as const, toStatus: 'SAL' as const },
      { fromStatus: 'SAL' as const, toStatus: 'DISQUALIFIED' as const },
    ];
    expect(stepOf('DISQUALIFIED', history)).toBe('SAL');
    expect(stepOf('MQL', history)).toBe('MQL');
  });
});
