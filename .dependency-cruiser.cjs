/**
 * The floors, checked on every `npm test` (`npm run lint:floors`). Every import points down:
 *
 *   app → components → lib → rules
 *   lib:   screener, results, cli → engine → words      (answers, browser, content beside them)
 *   rules: index (the registry) → path modules → kit, shared → types → facts, calendar, calculators, data
 *
 * No exceptions are allowed: a rule here is never relaxed for one file. `npm run graph` draws the graph.
 */
const PATH_MODULE = "^rules/[^/]+\\.ts$";
const NOT_PATH_MODULE = "^rules/(index|kit|types)\\.ts$";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: "no-cycle", severity: "error", comment: "Nothing imports itself back.", from: {}, to: { circular: true } },
    {
      name: "rules-stand-alone",
      severity: "error",
      comment: "rules/ is the ground floor: the law as code imports nothing of the app above it.",
      from: { path: "^rules/" },
      to: { path: "^(lib|components|app|content)/" },
    },
    {
      name: "lib-below-components",
      severity: "error",
      from: { path: "^lib/" },
      to: { path: "^(components|app)/" },
    },
    {
      name: "components-below-app",
      severity: "error",
      from: { path: "^components/" },
      to: { path: "^app/" },
    },
    {
      name: "app-through-lib",
      severity: "error",
      comment: "Pages reach the law through lib/, never straight into rules/.",
      from: { path: "^app/" },
      to: { path: "^rules/" },
    },
    {
      name: "registry-only-from-engine",
      severity: "error",
      comment: "lib/engine is the one caller of the rule registry.",
      from: { path: "^(lib|components|app)/", pathNot: "^lib/engine/" },
      to: { path: "^rules/index\\.ts$" },
    },
    {
      name: "engine-below-flow",
      severity: "error",
      comment: "The engine knows nothing of the question flow, results pages, browser, CLI or content loaders.",
      from: { path: "^lib/engine/" },
      to: { path: "^lib/(screener|results|browser|cli|content|answers)/" },
    },
    {
      name: "words-at-the-bottom-of-lib",
      severity: "error",
      from: { path: "^lib/words/" },
      to: { path: "^lib/", pathNot: "^lib/words/" },
    },
    {
      name: "path-modules-only-from-registry",
      severity: "error",
      comment: "One path module never reads another; only rules/index.ts gathers them.",
      from: { path: "^rules/", pathNot: "^rules/index\\.ts$" },
      to: { path: PATH_MODULE, pathNot: NOT_PATH_MODULE },
    },
    {
      name: "kit-and-shared-below-paths",
      severity: "error",
      from: { path: "^rules/(kit\\.ts|shared/)" },
      to: { path: "^rules/index\\.ts$" },
    },
    {
      name: "vocabulary-at-the-bottom",
      severity: "error",
      comment: "Facts, calendar, calculators and tabular law stand on nothing but each other.",
      from: { path: "^rules/(facts|calendar|calculators|data)/" },
      to: { path: "^rules/(index|kit|types)\\.ts$|^rules/shared/" },
    },
    {
      name: "no-unresolvable",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|\\.next|out|tests|scripts)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"],
    },
    reporterOptions: {
      dot: { collapsePattern: "^(node_modules/[^/]+|rules/data|content)" },
    },
  },
};
