export { createIdentityLinks } from './identity-links.ts';
export type { IdentityLinks, IssueResult, LinkRequest, LinkResult } from './identity-links.ts';
export { hashLinkCode, LINK_RULES, newLinkCode, normalizeLinkCode } from './link-codes.ts';
