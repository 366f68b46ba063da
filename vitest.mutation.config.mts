// The tests the mutation report (stryker.config.mjs) runs against rules/: the rules' own tests, not the
// screener, components or content, which test rules/ only from a distance. registry.test.ts is left out:
// its 10,000-run property tests over every path would run again for each of thousands of mutants.
import base from "./vitest.config.mts";

const config = {
  ...base,
  test: {
    ...base.test,
    include: ["tests/unit/{rules,calculators,calendar,facts,data}/**/*.test.ts"],
    exclude: ["tests/unit/rules/registry.test.ts", "**/node_modules/**"],
  },
};
export default config;
