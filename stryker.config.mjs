// Mutation report over rules/ (issue #15 item 7): `npm run test:mutation`.
// A report for people, not a CI gate: it takes many minutes on two cores.
// Stryker 9 (not 10) because 10 needs Node 22 and this project runs on Node ≥ 20.9.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "vitest.mutation.config.mts" },
  // The rules and their helpers; the data tables are facts to check against sources, not logic to mutate.
  mutate: ["rules/**/*.ts", "!rules/data/**"],
  coverageAnalysis: "perTest",
  // Static mutants (module-level tables: reason citations, constants) would each rerun every test: hours on
  // two cores. They are left out of the score; the worked cases check the citations, and the threshold
  // tables (tests/unit/rules/thresholds/) pin each constant by the day before, the day and the day after.
  ignoreStatic: true,
  reporters: ["html", "json", "clear-text", "progress"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  // Re-runs only the mutants whose code or tests changed since the last report.
  incremental: true,
  incrementalFile: "reports/mutation/stryker-incremental.json",
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
  // The machine's two cores are shared.
  concurrency: 2,
  thresholds: { high: 90, low: 85, break: null },
};
export default config;
