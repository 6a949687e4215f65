import { graphql } from '../../gql';

/** What the app keeps of a session: see stores/session.ts. */
export const SessionFields = graphql(`
  fragment SessionFields on AuthPayload {
    accessToken
    expiresIn
    refreshToken
    user { id name email role }
    tenant { id name slug baseCurrency locale timeZone }
  }
`);

export const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) { login(input: $input) { ...SessionFields } }
`);

export const SignupDocument = graphql(`
  mutation Signup($input: SignupInput!) { signup(input: $input) { ...SessionFields } }
`);

export const AcceptInviteDocument = graphql(`
  mutation AcceptInvite($input: AcceptInviteInput!) { acceptInvite(input: $input) { ...SessionFields } }
`);

export const RefreshSessionDocument = graphql(`
  mutation RefreshSession($input: RefreshInput!) { refreshSession(input: $input) { ...SessionFields } }
`);

export const LogoutDocument = graphql(`
  mutation Logout($input: RefreshInput!) { logout(input: $input) }
`);
