/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AcceptInviteInput = {
  name: string;
  password: string;
  /** The token from the invite link. */
  token: string;
};

export type LoginInput = {
  email: string;
  password: string;
  /** The workspace, when the email belongs to several. */
  tenantSlug?: string | null | undefined;
};

export type RefreshInput = {
  refreshToken: string;
};

/** OWNER and ADMIN manage the tenant; MANAGER sees and edits all records; REP works deals and may be limited to their own. */
export type Role =
  | 'ADMIN'
  | 'MANAGER'
  | 'OWNER'
  | 'PARTNER'
  | 'REP';

export type SignupInput = {
  /** ISO 4217 code; default USD. */
  baseCurrency?: string | null | undefined;
  /** Your company; becomes the workspace name. */
  companyName: string;
  email: string;
  /** en, he, ar, pl or ru; default en. */
  locale?: string | null | undefined;
  name: string;
  password: string;
  /** IANA time zone; default UTC. */
  timeZone?: string | null | undefined;
};

export type StageKind =
  | 'LOST'
  | 'OPEN'
  | 'WON';

export type SessionFieldsFragment = { accessToken: string, expiresIn: number, refreshToken: string, user: { id: string, name: string, email: string, role: Role }, tenant: { id: string, name: string, slug: string, baseCurrency: string, locale: string, timeZone: string } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { accessToken: string, expiresIn: number, refreshToken: string, user: { id: string, name: string, email: string, role: Role }, tenant: { id: string, name: string, slug: string, baseCurrency: string, locale: string, timeZone: string } } };

export type SignupMutationVariables = Exact<{
  input: SignupInput;
}>;


export type SignupMutation = { signup: { accessToken: string, expiresIn: number, refreshToken: string, user: { id: string, name: string, email: string, role: Role }, tenant: { id: string, name: string, slug: string, baseCurrency: string, locale: string, timeZone: string } } };

export type AcceptInviteMutationVariables = Exact<{
  input: AcceptInviteInput;
}>;


export type AcceptInviteMutation = { acceptInvite: { accessToken: string, expiresIn: number, refreshToken: string, user: { id: string, name: string, email: string, role: Role }, tenant: { id: string, name: string, slug: string, baseCurrency: string, locale: string, timeZone: string } } };

export type RefreshSessionMutationVariables = Exact<{
  input: RefreshInput;
}>;


export type RefreshSessionMutation = { refreshSession: { accessToken: string, expiresIn: number, refreshToken: string, user: { id: string, name: string, email: string, role: Role }, tenant: { id: string, name: string, slug: string, baseCurrency: string, locale: string, timeZone: string } } };

export type LogoutMutationVariables = Exact<{
  input: RefreshInput;
}>;


export type LogoutMutation = { logout: boolean };

export type PipelinesQueryVariables = Exact<{ [key: string]: never; }>;


export type PipelinesQuery = { pipelines: { edges: Array<{ node: { id: string, name: string, isDefault: boolean } }> } };

export type BoardQueryVariables = Exact<{
  pipelineId: string | number;
}>;


export type BoardQuery = { pipelineBoard: { eventCursor: number, sum: { amountMinor: number, currency: string }, weightedSum: { amountMinor: number, currency: string }, columns: Array<{ count: number, stage: { id: string, name: string, probability: number, kind: StageKind }, sum: { amountMinor: number, currency: string }, weightedSum: { amountMinor: number, currency: string }, deals: { edges: Array<{ node: { id: string, title: string, version: number, amount: { amountMinor: number, currency: string }, owner: { id: string, name: string } | null, organization: { id: string, name: string } | null } }> } }> } };

export type BoardEventsSubscriptionVariables = Exact<{
  pipelineId: string | number;
  after?: number | null | undefined;
}>;


export type BoardEventsSubscription = { pipelineEvents: { sequence: number, type: string, subjectId: string } };

export type SessionTestMeQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionTestMeQuery = { me: { id: string, name: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SessionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SessionFields on AuthPayload {
  accessToken
  expiresIn
  refreshToken
  user {
    id
    name
    email
    role
  }
  tenant {
    id
    name
    slug
    baseCurrency
    locale
    timeZone
  }
}
    `, {"fragmentName":"SessionFields"}) as unknown as TypedDocumentString<SessionFieldsFragment, unknown>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    ...SessionFields
  }
}
    fragment SessionFields on AuthPayload {
  accessToken
  expiresIn
  refreshToken
  user {
    id
    name
    email
    role
  }
  tenant {
    id
    name
    slug
    baseCurrency
    locale
    timeZone
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const SignupDocument = new TypedDocumentString(`
    mutation Signup($input: SignupInput!) {
  signup(input: $input) {
    ...SessionFields
  }
}
    fragment SessionFields on AuthPayload {
  accessToken
  expiresIn
  refreshToken
  user {
    id
    name
    email
    role
  }
  tenant {
    id
    name
    slug
    baseCurrency
    locale
    timeZone
  }
}`) as unknown as TypedDocumentString<SignupMutation, SignupMutationVariables>;
export const AcceptInviteDocument = new TypedDocumentString(`
    mutation AcceptInvite($input: AcceptInviteInput!) {
  acceptInvite(input: $input) {
    ...SessionFields
  }
}
    fragment SessionFields on AuthPayload {
  accessToken
  expiresIn
  refreshToken
  user {
    id
    name
    email
    role
  }
  tenant {
    id
    name
    slug
    baseCurrency
    locale
    timeZone
  }
}`) as unknown as TypedDocumentString<AcceptInviteMutation, AcceptInviteMutationVariables>;
export const RefreshSessionDocument = new TypedDocumentString(`
    mutation RefreshSession($input: RefreshInput!) {
  refreshSession(input: $input) {
    ...SessionFields
  }
}
    fragment SessionFields on AuthPayload {
  accessToken
  expiresIn
  refreshToken
  user {
    id
    name
    email
    role
  }
  tenant {
    id
    name
    slug
    baseCurrency
    locale
    timeZone
  }
}`) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout($input: RefreshInput!) {
  logout(input: $input)
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const PipelinesDocument = new TypedDocumentString(`
    query Pipelines {
  pipelines(first: 50) {
    edges {
      node {
        id
        name
        isDefault
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PipelinesQuery, PipelinesQueryVariables>;
export const BoardDocument = new TypedDocumentString(`
    query Board($pipelineId: ID!) {
  pipelineBoard(pipelineId: $pipelineId) {
    eventCursor
    sum {
      amountMinor
      currency
    }
    weightedSum {
      amountMinor
      currency
    }
    columns {
      count
      stage {
        id
        name
        probability
        kind
      }
      sum {
        amountMinor
        currency
      }
      weightedSum {
        amountMinor
        currency
      }
      deals(first: 50) {
        edges {
          node {
            id
            title
            version
            amount {
              amountMinor
              currency
            }
            owner {
              id
              name
            }
            organization {
              id
              name
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BoardQuery, BoardQueryVariables>;
export const BoardEventsDocument = new TypedDocumentString(`
    subscription BoardEvents($pipelineId: ID!, $after: Int) {
  pipelineEvents(pipelineId: $pipelineId, after: $after) {
    sequence
    type
    subjectId
  }
}
    `) as unknown as TypedDocumentString<BoardEventsSubscription, BoardEventsSubscriptionVariables>;
export const SessionTestMeDocument = new TypedDocumentString(`
    query SessionTestMe {
  me {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<SessionTestMeQuery, SessionTestMeQueryVariables>;