import { logIn } from '../../test/mount';

export { body } from '../../test/mount';

export function loggedIn(role: string): void {
  logIn({ user: { role }, tenant: { timeZone: 'Europe/Oslo' } });
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
