import { fsaTimeCredits } from "@/rules/fsa-time-credits";
import { casesFsaTimeCredits } from "./fsa-time-credits.cases";
import { runPathCases } from "./worked-case";

runPathCases(fsaTimeCredits, casesFsaTimeCredits);
