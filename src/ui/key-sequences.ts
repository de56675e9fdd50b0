/**
 * The escape sequences terminals send for movement keys, as data. Terminals disagree (xterm, VT220,
 * rxvt, tmux, macOS Terminal's Alt-as-Meta), so each motion lists every form seen in the wild.
 */
export type Motion =
  | 'left'
  | 'right'
  | 'up'
  | 'down'
  | 'word-left'
  | 'word-right'
  | 'home'
  | 'end'
  | 'delete'
  | 'delete-word-left';

const FORMS: Record<Motion, string[]> = {
  left: ['\x1b[D', '\x1bOD'],
  right: ['\x1b[C', '\x1bOC'],
  up: ['\x1b[A', '\x1bOA'],
  down: ['\x1b[B', '\x1bOB'],
  // Ctrl+arrow (;5), Alt+arrow (;3), rxvt's Ctrl+arrow (Od), and Meta-b / Meta-f.
  'word-left': ['\x1b[1;5D', '\x1b[1;3D', '\x1b[5D', '\x1bOd', '\x1bb'],
  'word-right': ['\x1b[1;5C', '\x1b[1;3C', '\x1b[5C', '\x1bOc', '\x1bf'],
  home: ['\x1b[H', '\x1bOH', '\x1b[1~', '\x1b[7~'],
  end: ['\x1b[F', '\x1bOF', '\x1b[4~', '\x1b[8~'],
  delete: ['\x1b[3~'],
  'delete-word-left': ['\x1b\x7f', '\x1b\b'],
};

export const KEY_SEQUENCES: Readonly<Record<string, Motion>> = Object.fromEntries(
  Object.entries(FORMS).flatMap(([motion, forms]) => forms.map((form) => [form, motion as Motion])),
);
