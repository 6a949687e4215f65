import { logIn } from '../../test/mount';

export { body } from '../../test/mount';

/** A logged-in manager (may delete leads) in a workspace that counts in euros. */
export function loggedIn(role = 'MANAGER'): void {
  logIn({ user: { role } });
}

export const owners = {
  data: { users: { edges: [{ node: { id: 'u1', name: 'Ola', active: true } }, { node: { id: 'u2', name: 'Kari', active: true } }, { node: { id: 'u3', name: 'Gone', active: false } }] } },
};
