#!/usr/bin/env node
// The package's bin: loads the TypeScript CLI through tsx (Node 20 cannot run .ts itself), no build step.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('./main.ts', import.meta.url);
const { processIo } = await tsImport('./cli-io.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2), processIo());
