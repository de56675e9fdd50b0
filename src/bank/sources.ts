/**
 * The five articles the bank and rubrics are drawn from (shared/seeds). Rubric criteria name their
 * source by title, so the titles here are the vocabulary the schema accepts.
 */
export const SOURCES = [
  {
    title: 'Databricks PGM vs TPM Role Differences',
    about:
      'What separates the PGM and TPM tracks: influence versus technical ownership, and how each loop is run.',
  },
  {
    title: 'A Day in the Life of a Databricks Product Manager',
    about:
      'Platform economics over features, open-source culture, technical depth, and mistakes strong candidates make.',
  },
  {
    title: 'Databricks PM interview: feasibility is already solved',
    about:
      'The six rounds, the take-home case study, the technical assessment as product topics, competitive framing.',
  },
  {
    title: 'Databricks PM System Design Interview Guide',
    about: 'The six-step system design structure, what interviewers score, stack usage and common mistakes.',
  },
  {
    title: 'Databricks Lakehouse System Design Interview for Career Changers from SWE to PM',
    about:
      'Why engineers fail the design round, persona-first structure, lakehouse concepts as business outcomes.',
  },
] as const;

export type SourceTitle = (typeof SOURCES)[number]['title'];

export const SOURCE_TITLES = SOURCES.map((s) => s.title) as [SourceTitle, ...SourceTitle[]];
