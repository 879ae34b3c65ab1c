// `npm run figures`: runs `npm test` once (its output passes through) and writes the figures it measured
// into the README's marked blocks, so that the README's numbers are always one command away from true.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { evalBlock, gatesBlock, parseTestRun, replaceBlock } from './readme-figures.ts';

const started = performance.now();
const output = await new Promise<string>((resolve, reject) => {
  const child = spawn('npm', ['test'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
    });
  }
  child.on('close', (code) =>
    code === 0 ? resolve(text) : reject(new Error(`figures: npm test failed (exit ${code}); the README is unchanged`)),
  );
});
const figures = parseTestRun(output, (performance.now() - started) / 1000);
const date = new Date().toLocaleDateString('en-GB', { month: 'short', year: 'numeric' });
let readme = replaceBlock(readFileSync('README.md', 'utf8'), 'gates', gatesBlock(figures, date));
readme = replaceBlock(readme, 'eval', evalBlock(figures, date));
writeFileSync('README.md', readme);
console.log(
  `\nfigures: README.md updated (${figures.minutes} min, ${figures.vitestTests} Vitest and ${figures.playwrightTests} Playwright tests)`,
);
