import { pardon } from "@/rules/pardon";
import { casesPardon } from "./pardon.cases";
import { runPathCases } from "./worked-case";

runPathCases(pardon, casesPardon);
