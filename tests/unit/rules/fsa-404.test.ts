import { fsa404 } from "@/rules/fsa-404";
import { casesFsa404 } from "./fsa-404.cases";
import { runPathCases } from "./worked-case";

runPathCases(fsa404, casesFsa404);
