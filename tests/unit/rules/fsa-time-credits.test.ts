import { fsaTimeCredits } from "@/rules/fsa-time-credits";
import { casesFsaTimeCredits } from "./fsa-time-credits.cases";
import { runWorkedCases } from "./worked-case";

runWorkedCases(fsaTimeCredits, casesFsaTimeCredits);
