import { commutation } from "@/rules/commutation";
import { casesCommutation } from "./commutation.cases";
import { runRuleProperties } from "./single-rule-properties";
import { runWorkedCases } from "./worked-case";

runWorkedCases(commutation, casesCommutation);
runRuleProperties(commutation);
