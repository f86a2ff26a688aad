/**
 * `npm run bench`: every benchmark, one after another, in one process, so ratios are measured in the same run.
 * `npm run bench -- turns storage` runs only the named ones.
 */
const benches: Record<string, () => Promise<{ default: () => Promise<void> }>> = {
  turns: () => import('./turnBench.js'),
  storage: () => import('./storageBench.js'),
  matching: () => import('./matchingBench.js'),
  safety: () => import('./crisisBench.js'),
};

const wanted = process.argv.slice(2).filter((name) => !name.startsWith('-'));
const unknown = wanted.filter((name) => !(name in benches));
if (unknown.length > 0) {
  console.error(`Unknown benchmark: ${unknown.join(', ')}. Choose from: ${Object.keys(benches).join(', ')}.`);
  process.exit(2);
}
for (const name of wanted.length > 0 ? wanted : Object.keys(benches)) {
  console.log(`\n=== ${name} ===`);
  const bench = await benches[name]!();
  await bench.default();
}
