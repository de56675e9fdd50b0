export { type ClaimFinding, checkClaims } from './check.js';
