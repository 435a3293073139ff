import { main } from './main.js';

// No top-level await: it makes the bundler wrap every module and slows start-up.
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
