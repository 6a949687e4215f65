import { jwtVerify, SignJWT, errors } from 'jose';
import type { AuthConfig } from '../config';
import { UnauthenticatedError } from '../graphql/errors';

/** Claims of a short-lived access token. The role is re-read from the database per request. */
export interface AccessClaims {
  userId: string;
  tenantId: string;
}

export interface VerifiedClaims extends AccessClaims {
  expiresAt: Date;
}

const ISSUER = 'dealflow';

export class AccessTokens {
  private readonly key: Uint8Array;

  constructor(private readonly config: AuthConfig) {
    this.key = new TextEncoder().encode(config.jwtSecret);
  }

  sign(claims: AccessClaims): Promise<string> {
    return new SignJWT({ tid: claims.tenantId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.userId)
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(`${this.config.accessTokenTtlSeconds}s`)
      .sign(this.key);
  }

  async verify(token: string): Promise<VerifiedClaims> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, algorithms: ['HS256'] });
      if (typeof payload.sub !== 'string' || typeof payload.tid !== 'string' || typeof payload.exp !== 'number') throw new Error('claims');
      return { userId: payload.sub, tenantId: payload.tid, expiresAt: new Date(payload.exp * 1000) };
    } catch (error) {
      if (error instanceof errors.JWTExpired) {
        throw new UnauthenticatedError('Your session has expired; refresh it or log in again');
      }
      throw new UnauthenticatedError('The access token is not valid; log in again');
    }
  }
}
