import type { Role } from './types.js';

/**
 * How a sentence says a product plays a role: short verb-and-object patterns, matched on lower-cased
 * text. Subject roles are read just after the product that does them ("MLflow is what trains the
 * model"); `anywhere` roles are read anywhere in the clause that names the product ("customers pick
 * the size of a serverless SQL warehouse"). `passive` forms put the product after "by".
 */
export interface RoleCue {
  role: Role;
  patterns: readonly string[];
  anywhere?: boolean;
  passive?: readonly string[];
}

export const W = "(?:[\\w'’-]+ ){0,3}?";
export const MODEL =
  '(?:the |a |an |our |your |their |its |each |every )?(?:[\\w-]+ )?(?:models?|classifiers?|llms?|predictions?|inference)\\b';
export const WHO = '(?:customers?|you|users?|admins?|teams?|we|they|the customer|the account)';
