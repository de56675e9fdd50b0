#!/usr/bin/env node
import module from 'node:module';

// Node 22.1+ keeps the compiled code of pm-coach's modules between runs (in the OS temp folder;
// NODE_DISABLE_COMPILE_CACHE=1 turns it off): about a tenth off each start. Older Nodes lack it.
module.enableCompileCache?.();
const { main } = await import('../dist/cli.js');
await main();
