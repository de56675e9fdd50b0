import type { RoleCue } from './role-words.js';
import type { Role } from './types.js';

/**
 * "Photon is Databricks' job scheduler": a product named as a role noun claims the role the noun
 * stands for. Each role lists the nouns that name it; a denied identity ("is not a scheduler") never
 * matches, because the determiner must follow the verb directly.
 */
const ROLE_NOUNS: Readonly<Partial<Record<Role, readonly string[]>>> = {
  orchestrates: [
    '(?:job |task |workflow |pipeline )?scheduler',
    'orchestrat(?:or|ion (?:tool|layer|engine|service))',
    'workflow (?:engine|tool|manager)',
  ],
  governs: ['(?:data )?catalog', 'governance (?:layer|tool)', 'metastore', 'access control (?:layer|system)'],
  'query-engine': ['(?:query|compute|execution|sql|processing) engine', '(?:data )?warehouse(?: engine)?'],
  'is-storage-format': ['(?:storage|file|table|data) (?:format|layer)'],
  'registers-models': ['model registry', 'registry'],
  'stores-embeddings': ['vector (?:database|db|store|index)', 'embeddings? store'],
  'tracks-experiments': ['experiment tracker', 'tracking server'],
  'serves-models': ['(?:model |inference )?serv(?:er|ing layer)', 'inference (?:server|engine|layer)'],
  ingests: ['ingestion (?:tool|layer|service|pipeline)', 'etl tool'],
  trains: ['training (?:engine|platform|service|framework|library)'],
};

const DETERMINER = "(?:a|an|the|our|their|its|your|databricks(?:'s?|’s?)?)";
const NOUN_BEFORE = `\\b(?:is|as|acts as|serves as|works as|plays) ${DETERMINER} (?:(?:[\\w'’-]+ ){0,2}?)`;

export const NOUN_CUES: readonly RoleCue[] = Object.entries(ROLE_NOUNS).map(([role, nouns]) => ({
  role: role as Role,
  patterns: [`${NOUN_BEFORE}(?:${(nouns ?? []).join('|')})\\b`],
}));
