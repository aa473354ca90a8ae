#!/usr/bin/env node
// The installed command runs the compiled CLI; `npm run build` produces it (npm start does so too).
import '../dist/cli/main.js';
