// Preloaded into the CLI's process by tests/node/hostile.test.mjs (node --import): when the
// process exits, writes the CPU milliseconds it used to the file named by AA_REPORT_CPU_TO.
// A parent cannot read a child's CPU time in Node, and wall time swells on a loaded machine.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  writeFileSync(process.env.AA_REPORT_CPU_TO, String((user + system) / 1000));
});
