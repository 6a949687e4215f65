import { registerEnumType } from 'type-graphql';

/** What a user may do in their tenant. Each role includes the rights of the roles below it. */
export enum Role {
  OWNER = 'OWNER',
  ADMIN = 'ADMIN',
  MANAGER = 'MANAGER',
  REP = 'REP',
  /** A channel partner's user: sees only their partner's records (issue 5). */
  PARTNER = 'PARTNER',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'OWNER and ADMIN manage the tenant; MANAGER sees and edits all records; REP works deals and may be limited to their own.',
});

const rank: Record<Role, number> = {
  [Role.OWNER]: 50,
  [Role.ADMIN]: 40,
  [Role.MANAGER]: 30,
  [Role.REP]: 20,
  [Role.PARTNER]: 10,
};

export function hasRole(role: Role, atLeast: Role): boolean {
  return rank[role] >= rank[atLeast];
}
