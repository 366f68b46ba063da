import { commutation } from "@/rules/commutation";
import { casesCommutation } from "./commutation.cases";
import { runPathCases } from "./worked-case";

runPathCases(commutation, casesCommutation);
