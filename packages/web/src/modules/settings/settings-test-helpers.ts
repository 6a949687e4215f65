import { DOMWrapper } from '@vue/test-utils';

/** Dialogs and menus are teleported to the body, outside the mounted view's own element. */
export const body = new DOMWrapper(document.body);

export function loggedIn(role: string): void {
  localStorage.setItem('dealflow.session', JSON.stringify({
    accessToken: 'access-1',
    refreshToken: 'refresh-1',
    expiresAt: Date.now() + 3_600_000,
    user: { id: 'u1', name: 'Ola', email: 'ola@fjord.no', role },
    tenant: { id: 't1', name: 'Fjord', slug: 'fjord', baseCurrency: 'EUR', locale: 'en', timeZone: 'Europe/Oslo' },
  }));
}

/**
 * Answers GraphQL calls by operation name rather than by order (sections load several things
 * at once), each name's answers in turn, and records the requests.
 */
export function answerByOperation(answers: Record<string, object[]>) {
  const requests: Array<{ operation: string; variables: Record<string, unknown> }> = [];
  const fetch = async (_url: string, init: RequestInit) => {
    const { query, variables } = JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> };
    const operation = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? '';
    requests.push({ operation, variables });
    const next = answers[operation]?.shift();
    if (!next) throw new Error(`Unexpected request: ${operation}`);
    return new Response(JSON.stringify(next), { headers: { 'content-type': 'application/json' } });
  };
  const sent = (operation: string) => requests.filter((request) => request.operation === operation).map((request) => request.variables);
  return { fetch, requests, sent };
}
