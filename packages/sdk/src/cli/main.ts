#!/usr/bin/env node
/** The `dealflow-plugin` executable: runs the command line, then leaves with its exit code. */
import { runCli } from './cli.js';
import { processIo } from './io.js';

process.exitCode = await runCli(process.argv.slice(2), processIo());
