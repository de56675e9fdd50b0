import { ROLES, type Role, type Round } from '../bank/vocabulary.js';
import type { CommandContext } from '../commands/context.js';

/**
 * Every interactive prompt of pm-coach, and the only import of @inquirer/prompts (loaded lazily, so
 * commands that never prompt never load it). Each prompt has a flag that skips it.
 */
export interface RoundChoice {
  round: Round;
  label: string;
  questions: number;
}

export interface SetupRequest {
  input: CommandContext['stdin'];
  rounds: RoundChoice[];
  /** Undefined: ask. */
  role: Role | undefined;
  count: number | undefined;
}

export interface SetupAnswers {
  round: Round;
  role: Role | undefined;
  count: number;
}

const ROLE_LABELS: Record<Role, string> = {
  pm: 'Product manager',
  tpm: 'Technical PM',
  pgm: 'Program manager',
};

/** The no-flags menu: round, role and count. Returns undefined when the candidate pressed Ctrl-C. */
export async function askSessionSetup(request: SetupRequest): Promise<SetupAnswers | undefined> {
  const { number, select } = await import('@inquirer/prompts');
  const context = { input: request.input, clearPromptOnDone: false };
  try {
    const round = await select(
      {
        message: 'Which round?',
        choices: request.rounds.map((r) => ({
          value: r.round,
          name: `${r.label} (${r.questions} question${r.questions === 1 ? '' : 's'})`,
          disabled: r.questions === 0 ? 'no questions in the bank' : false,
        })),
      },
      context,
    );
    const role =
      request.role ??
      (await select<Role | 'any'>(
        {
          message: 'Which role are you interviewing for?',
          choices: [
            { value: 'any', name: 'Any role' },
            ...ROLES.map((r) => ({ value: r, name: ROLE_LABELS[r] })),
          ],
        },
        context,
      ));
    const count =
      request.count ??
      (await number(
        { message: 'How many questions?', default: 1, min: 1, max: 20, required: true },
        context,
      ));
    return { round, role: role === 'any' ? undefined : role, count: count ?? 1 };
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') return undefined;
    throw error;
  }
}
