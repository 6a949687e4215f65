import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from '../api/graphql';
import { i18n, setLocale } from '../i18n';
import { errorText } from './form-errors';

const t = i18n.global.t as (key: string, values?: Record<string, unknown>) => string;
const conflict = new ApiError('This deal was changed by someone else; reload it', 'CONFLICT');

describe('errorText', () => {
  afterEach(() => setLocale('en'));

  it('shows the server\'s explanation as it is in English', () => {
    expect(errorText(conflict, t)).toBe('This deal was changed by someone else; reload it');
  });

  it('says a refusal in the reader\'s language, with the server\'s English words after it', () => {
    setLocale('pl');
    expect(errorText(conflict, t)).toBe('Ktoś inny zmienił to wcześniej; widać teraz jego wersję (This deal was changed by someone else; reload it)');
    setLocale('he');
    expect(errorText(new ApiError('Deal not found', 'NOT_FOUND'), t)).toBe('הרשומה אינה קיימת או שאין לך הרשאה לראות אותה (Deal not found)');
  });

  it('never shows a fault on our side or a lost connection in the server\'s words', () => {
    setLocale('ru');
    expect(errorText(new ApiError('TypeError: x is undefined', 'INTERNAL_SERVER_ERROR'), t)).toBe(t('errors.unexpected'));
    expect(errorText(new NetworkError('The server cannot be reached'), t)).toBe(t('errors.network'));
    expect(t('errors.network')).not.toMatch(/server cannot be reached/);
  });
});
