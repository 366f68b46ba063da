import { compassionateRelease } from "@/rules/compassionate-release";
import { casesCompassionateRelease } from "./compassionate-release.cases";
import { runRuleProperties } from "./single-rule-properties";
import { runWorkedCases } from "./worked-case";

runWorkedCases(compassionateRelease, casesCompassionateRelease);
runRuleProperties(compassionateRelease);
