import { setFlagsFromString } from 'node:v8';

/**
 * The grader's rules are large word alternations, each run a few dozen times per answer. V8 normally
 * interprets a regular expression on its first runs and compiles it to native code only once it is
 * hot ("tier-up"); for alternations this size the interpreted runs alone cost about 150 ms on the first
 * grade in a process, three times Node's own start-up. Compiling straight to native code costs a few
 * milliseconds and gives identical matches. Set once, before any rule runs (this module is imported
 * first by analyze.ts); a failure leaves the default, which is only slower.
 */
let configured = false;

export function preferCompiledRegexps(): void {
  if (configured) return;
  configured = true;
  try {
    setFlagsFromString('--no-regexp-tier-up');
  } catch {
    // Not fatal: matching is the same, only the first grade is slower.
  }
}

preferCompiledRegexps();
