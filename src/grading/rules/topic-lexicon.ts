/** Words too common to say anything about what a question or an answer is about. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `the and that this with from have will would could should they them their there then than what when
  where which while about into onto over under because since just also only very much more most some
  such each every other another your yours ours mine been being were was are for not but can cannot
  its it's i'd i'm we'd we're you're don't didn't won't isn't aren't here these those both either
  neither first second third next last like really thing things make makes made going want need
  know think said says well good great better best lot lots many few way ways even still yet again`
    .split(/\s+/)
    .filter(Boolean),
);
