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
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    expiresIn\n    refreshToken\n    user { id name email role }\n    tenant { id name slug baseCurrency locale }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) { login(input: $input) { ...SessionFields } }\n": typeof types.LoginDocument,
    "\n  mutation Signup($input: SignupInput!) { signup(input: $input) { ...SessionFields } }\n": typeof types.SignupDocument,
    "\n  mutation AcceptInvite($input: AcceptInviteInput!) { acceptInvite(input: $input) { ...SessionFields } }\n": typeof types.AcceptInviteDocument,
    "\n  mutation RefreshSession($input: RefreshInput!) { refreshSession(input: $input) { ...SessionFields } }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout($input: RefreshInput!) { logout(input: $input) }\n": typeof types.LogoutDocument,
    "query SessionTestMe { me { id name } }": typeof types.SessionTestMeDocument,
};
const documents: Documents = {
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    expiresIn\n    refreshToken\n    user { id name email role }\n    tenant { id name slug baseCurrency locale }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) { login(input: $input) { ...SessionFields } }\n": types.LoginDocument,
    "\n  mutation Signup($input: SignupInput!) { signup(input: $input) { ...SessionFields } }\n": types.SignupDocument,
    "\n  mutation AcceptInvite($input: AcceptInviteInput!) { acceptInvite(input: $input) { ...SessionFields } }\n": types.AcceptInviteDocument,
    "\n  mutation RefreshSession($input: RefreshInput!) { refreshSession(input: $input) { ...SessionFields } }\n": types.RefreshSessionDocument,
    "\n  mutation Logout($input: RefreshInput!) { logout(input: $input) }\n": types.LogoutDocument,
    "query SessionTestMe { me { id name } }": types.SessionTestMeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    expiresIn\n    refreshToken\n    user { id name email role }\n    tenant { id name slug baseCurrency locale }\n  }\n"): typeof import('./graphql').SessionFieldsFragmentDoc;
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
export function graphql(source: "query SessionTestMe { me { id name } }"): typeof import('./graphql').SessionTestMeDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
