/**
 * The hosts the contract runs against. A new host (the browser, WPS) adds its
 * driver here, and nothing else.
 */
import type { ContractDriver } from "./driver";
import { excelDriver } from "./excelDriver";
import { packageDriver } from "./packageDriver";
import { wpsDriver } from "./wpsDriver";

export const DRIVERS: readonly (() => ContractDriver)[] = [packageDriver, () => excelDriver, () => wpsDriver];
