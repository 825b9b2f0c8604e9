/**
 * The contract's driver for the WPS 表格 adapter (src/workbook/wps) on the
 * fake WPS host (test/fakeWps), which sits on the fake Excel host's store:
 * workbooks are built and read back exactly as the Excel driver does, and
 * graded through createWpsPort as a WPS 加载项 would.
 */
import { createWpsPort } from "../../src/workbook/wps/createWpsPort";
import { createFakeWps } from "../fakeWps";
import { fakeStoreDriver } from "./excelDriver";

export const wpsDriver = fakeStoreDriver("the WPS adapter on the fake WPS host", (host) => createWpsPort(() => createFakeWps(host.store).ActiveWorkbook));
