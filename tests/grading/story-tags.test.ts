import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../src/grading/analyze.js';
import { freeTextQuestion } from '../../src/grading/default-rubrics.js';
import { gradeOffline } from '../../src/grading/offline.js';
import type { TagId } from '../../src/grading/rules/tag-ids.js';

const tagsOf = (sentence: string): ReadonlySet<TagId> =>
  analyzeAnswer(sentence).sentences[0]?.tags ?? new Set();

describe('story tags read what a story says happened', () => {
  it('"I\'d" before a past participle is "I had": told, not hypothetical', () => {
    expect(
      tagsOf("Eleven more accounts pulled it by API, which I'd never checked.").has('hypothetical'),
    ).toBe(false);
    expect(tagsOf("I'd need two more engineers to ship it by June.").has('hypothetical')).toBe(true);
    expect(tagsOf("We'd proceed with the pilot first.").has('hypothetical')).toBe(true);
  });

  it('a part left for later is deferred; a template for later reviews is not', () => {
    expect(tagsOf('I parked the export for later.').has('defer')).toBe(true);
    expect(tagsOf('I left SSO for later, and we shipped the viewer first.').has('defer')).toBe(true);
    expect(tagsOf('The review format became our template for later design disagreements.').has('defer')).toBe(
      false,
    );
  });

  it('a running state reached after the call is an outcome, a schedule is not', () => {
    expect(
      tagsOf('It runs at about $9K a month, and fraud ops has not asked for more.').has('outcome-verb'),
    ).toBe(true);
    expect(tagsOf('The nightly job runs at 2 a.m. on a shared cluster.').has('outcome-verb')).toBe(false);
  });

  it('adoption is an outcome', () => {
    expect(
      tagsOf('At preview, 71% of invited customers turned the feature on in the first week.').has(
        'outcome-verb',
      ),
    ).toBe(true);
    expect(tagsOf('Within a month 40 teams had signed up.').has('outcome-verb')).toBe(true);
  });

  it('a result is an outcome, not a meeting', () => {
    expect(tagsOf('We met the 99.9% SLA for the first time that quarter.').has('result-cue')).toBe(true);
    expect(tagsOf('We met daily for three weeks.').has('result-cue')).toBe(false);
    expect(tagsOf('We met with the four leads every morning.').has('result-cue')).toBe(false);
  });

  it('blame is a setback put on another party', () => {
    expect(
      tagsOf('The infra team had deprioritized the load testing in favour of other work.').has('blame'),
    ).toBe(true);
    expect(tagsOf('The engineering estimates were also off by about 40%.').has('blame')).toBe(true);
    expect(tagsOf('Honestly, this should have been caught much earlier.').has('blame')).toBe(true);
    expect(
      tagsOf('Design took longer than planned because of changing priorities on their side.').has('blame'),
    ).toBe(true);
    expect(tagsOf('I deprioritized the export so the team could fix the load test first.').has('blame')).toBe(
      false,
    );
    expect(tagsOf('The customer team owns a pipeline they did not own before.').has('blame')).toBe(false);
  });

  it('blame also reads the other party’s character instead of the problem', () => {
    expect(tagsOf('Honestly the engineer was known for over-building.').has('blame')).toBe(true);
    expect(tagsOf('His team had a pattern of designing for the largest customers only.').has('blame')).toBe(
      true,
    );
    expect(tagsOf('He got defensive and said latency mattered more.').has('blame')).toBe(true);
    expect(tagsOf('She was known for careful capacity plans, so I asked her first.').has('blame')).toBe(
      false,
    );
    expect(tagsOf('I had a habit of saying yes too quickly, which is what went wrong.').has('blame')).toBe(
      false,
    );
    expect(tagsOf('I was defensive at first, then I read the incident log myself.').has('blame')).toBe(false);
  });

  it('a decision made by the group, or a lesson told afterwards, is marked as such', () => {
    expect(
      tagsOf('The outcome of the workshops was a consensus to move the export to a later release.').has(
        'group-decision',
      ),
    ).toBe(true);
    expect(tagsOf('In the end the steering committee decided to keep the date.').has('group-decision')).toBe(
      true,
    );
    expect(tagsOf('I decided to keep the date and cut the export.').has('group-decision')).toBe(false);
    expect(
      tagsOf('I escalated it to the steering committee, who decided to move sync to the next release.').has(
        'group-decision',
      ),
    ).toBe(true);
    expect(
      tagsOf("How you'd know: run the ten costliest jobs with and without Photon.").has('success-frame'),
    ).toBe(true);
    expect(tagsOf('What I learned: ask for the raw incidents before planning.').has('lesson')).toBe(true);
    expect(tagsOf('Since then I always check the tags against the raw tickets.').has('lesson')).toBe(true);
    expect(tagsOf('Since then, churn on the tier has stayed under 2%.').has('lesson')).toBe(false);
  });
});

describe('story decisions are the candidate’s own', () => {
  const question = freeTextQuestion(
    'Tell me about a launch that slipped. What did you decide?',
    'behavioral',
  );
  it('a cut the group agreed on counts for less than the same cut the candidate made', () => {
    const story = (
      how: string,
    ) => `Ten weeks before the enrollment date we were three weeks behind on the dashboards.
${how} move the export API to a follow-up release, because the two renewing customers needed only the dashboards.
We shipped on time and both customers renewed; the export followed two months later.`;
    const own = gradeOffline(story('I decided to'), question).score;
    const group = gradeOffline(story('The outcome of the workshops was a consensus to'), question).score;
    expect(own).toBeGreaterThan(group);
  });
});
