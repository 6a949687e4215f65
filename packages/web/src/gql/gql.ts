/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    expiresIn\n    refreshToken\n    user { id name email role }\n    tenant { id name slug baseCurrency locale timeZone }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) { login(input: $input) { ...SessionFields } }\n": typeof types.LoginDocument,
    "\n  mutation Signup($input: SignupInput!) { signup(input: $input) { ...SessionFields } }\n": typeof types.SignupDocument,
    "\n  mutation AcceptInvite($input: AcceptInviteInput!) { acceptInvite(input: $input) { ...SessionFields } }\n": typeof types.AcceptInviteDocument,
    "\n  mutation RefreshSession($input: RefreshInput!) { refreshSession(input: $input) { ...SessionFields } }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout($input: RefreshInput!) { logout(input: $input) }\n": typeof types.LogoutDocument,
    "\n  query Pipelines { pipelines(first: 50) { edges { node { id name isDefault } } } }\n": typeof types.PipelinesDocument,
    "\n  query Board($pipelineId: ID!) {\n    pipelineBoard(pipelineId: $pipelineId) {\n      eventCursor\n      sum { amountMinor currency }\n      weightedSum { amountMinor currency }\n      columns {\n        count\n        stage { id name probability kind }\n        sum { amountMinor currency }\n        weightedSum { amountMinor currency }\n        deals(first: 50) {\n          edges { node { id title version amount { amountMinor currency } owner { id name } organization { id name } } }\n        }\n      }\n    }\n  }\n": typeof types.BoardDocument,
    "\n  subscription BoardEvents($pipelineId: ID!, $after: Int) {\n    pipelineEvents(pipelineId: $pipelineId, after: $after) { sequence type subjectId }\n  }\n": typeof types.BoardEventsDocument,
    "query SessionTestMe { me { id name } }": typeof types.SessionTestMeDocument,
};
const documents: Documents = {
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    expiresIn\n    refreshToken\n    user { id name email role }\n    tenant { id name slug baseCurrency locale timeZone }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) { login(input: $input) { ...SessionFields } }\n": types.LoginDocument,
    "\n  mutation Signup($input: SignupInput!) { signup(input: $input) { ...SessionFields } }\n": types.SignupDocument,
    "\n  mutation AcceptInvite($input: AcceptInviteInput!) { acceptInvite(input: $input) { ...SessionFields } }\n": types.AcceptInviteDocument,
    "\n  mutation RefreshSession($input: RefreshInput!) { refreshSession(input: $input) { ...SessionFields } }\n": types.RefreshSessionDocument,
    "\n  mutation Logout($input: RefreshInput!) { logout(input: $input) }\n": types.LogoutDocument,
    "\n  query Pipelines { pipelines(first: 50) { edges { node { id name isDefault } } } }\n": types.PipelinesDocument,
    "\n  query Board($pipelineId: ID!) {\n    pipelineBoard(pipelineId: $pipelineId) {\n      eventCursor\n      sum { amountMinor currency }\n      weightedSum { amountMinor currency }\n      columns {\n        count\n        stage { id name probability kind }\n        sum { amountMinor currency }\n        weightedSum { amountMinor currency }\n        deals(first: 50) {\n          edges { node { id title version amount { amountMinor currency } owner { id name } organization { id name } } }\n        }\n      }\n    }\n  }\n": types.BoardDocument,
    "\n  subscription BoardEvents($pipelineId: ID!, $after: Int) {\n    pipelineEvents(pipelineId: $pipelineId, after: $after) { sequence type subjectId }\n  }\n": types.BoardEventsDocument,
    "query SessionTestMe { me { id name } }": types.SessionTestMeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    expiresIn\n    refreshToken\n    user { id name email role }\n    tenant { id name slug baseCurrency locale timeZone }\n  }\n"): typeof import('./graphql').SessionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) { login(input: $input) { ...SessionFields } }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Signup($input: SignupInput!) { signup(input: $input) { ...SessionFields } }\n"): typeof import('./graphql').SignupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvite($input: AcceptInviteInput!) { acceptInvite(input: $input) { ...SessionFields } }\n"): typeof import('./graphql').AcceptInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($input: RefreshInput!) { refreshSession(input: $input) { ...SessionFields } }\n"): typeof import('./graphql').RefreshSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($input: RefreshInput!) { logout(input: $input) }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Pipelines { pipelines(first: 50) { edges { node { id name isDefault } } } }\n"): typeof import('./graphql').PipelinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Board($pipelineId: ID!) {\n    pipelineBoard(pipelineId: $pipelineId) {\n      eventCursor\n      sum { amountMinor currency }\n      weightedSum { amountMinor currency }\n      columns {\n        count\n        stage { id name probability kind }\n        sum { amountMinor currency }\n        weightedSum { amountMinor currency }\n        deals(first: 50) {\n          edges { node { id title version amount { amountMinor currency } owner { id name } organization { id name } } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').BoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoardEvents($pipelineId: ID!, $after: Int) {\n    pipelineEvents(pipelineId: $pipelineId, after: $after) { sequence type subjectId }\n  }\n"): typeof import('./graphql').BoardEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionTestMe { me { id name } }"): typeof import('./graphql').SessionTestMeDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
