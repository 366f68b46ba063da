// The tests the mutation report (stryker.config.mjs) runs against rules/: the rules' own tests, not the
// screener, components or content, which are slower and test rules/ only from a distance.
import base from "./vitest.config.mts";

export default { ...base, test: { ...base.test, include: ["tests/unit/{rules,calculators,calendar,facts,data}/**/*.test.ts"] } };
