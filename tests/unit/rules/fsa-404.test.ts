import { fsa404 } from "@/rules/fsa-404";
import { casesFsa404 } from "./fsa-404.cases";
import { runRuleProperties } from "./single-rule-properties";
import { runWorkedCases } from "./worked-case";

runWorkedCases(fsa404, casesFsa404);
runRuleProperties(fsa404);
