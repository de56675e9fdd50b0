import type { LoadedQuestion } from '../../src/bank/load.js';
import type { Question } from '../../src/bank/schema.js';

/** A small valid question; override what a test cares about. */
export function makeQuestion(overrides: Partial<Question> = {}): Question {
  return {
    id: 'q-sample',
    title: 'Sample question',
    round: 'technical',
    roles: ['pm'],
    level: 'mid',
    topics: ['unity-catalog'],
    prompt: 'What would you build first?',
    time: { minutes: 20 },
    rubric: [
      {
        id: 'user',
        name: 'User',
        weight: 100,
        signals: ['named-user'],
        anchors: { '1': 'none', '3': 'some', '5': 'all' },
        source: 'Databricks PM interview: feasibility is already solved',
      },
    ],
    exemplars: [{ label: 'strong', text: 'A strong answer.', why: 'It is strong.' }],
    followUps: [{ id: 'probe', prompt: 'Why?' }],
    redFlags: [],
    ...overrides,
  };
}

export function loaded(questions: Question[]): LoadedQuestion[] {
  return questions.map((question, index) => ({ question, file: 'bank.yaml', index }));
}

/** A deterministic random in [0, 1): a small linear congruential generator. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
