#!/usr/bin/env node
// The command-line entry: the bundled CLI does the work.
require("../dist/cli.js");
