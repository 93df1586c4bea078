/** Who signed in to a page the bot serves (the dashboard tab), from a bearer token; the platform implements it. */
export interface SignedInUser {
  aadObjectId: string;
  name?: string;
}

export interface IdentityVerifier {
  /** The user of a valid token (signature, issuer, audience, lifetime), or undefined. */
  verify(bearerToken: string): Promise<SignedInUser | undefined>;
}
