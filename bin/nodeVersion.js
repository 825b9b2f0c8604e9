"use strict";
// The Node.js version check of the `appraise` command, run before anything
// else is loaded: on an older Node the command would fail deep inside with
// "(0 , node_zlib_1.crc32) is not a function" (zlib.crc32 came in Node
// 20.15). Written for any Node (no syntax newer than ES5 plus const), so the
// message is what an old Node prints.

/** The oldest Node.js the command runs on: package.json's engines. */
var MINIMUM = [20, 15, 0];

/** The problem with running on Node `version` ("18.19.0"), in both languages, or null. */
function nodeProblem(version) {
  var need = MINIMUM[0] + "." + MINIMUM[1];
  var parts = String(version).replace(/^v/, "").split(".").map(Number);
  for (var i = 0; i < MINIMUM.length; i++) {
    var have = parts[i] || 0;
    if (have > MINIMUM[i]) return null;
    if (have < MINIMUM[i]) {
      return (
        "appraise 需要 Node.js " +
        need +
        " 或更高版本，当前是 " +
        version +
        "。请安装 Node.js 22 LTS（https://nodejs.org/zh-cn/download），然后重新打开命令行窗口。\n" +
        "appraise needs Node.js " +
        need +
        " or later; this is " +
        version +
        ". Install Node.js 22 LTS (https://nodejs.org/en/download), then open a new terminal.\n"
      );
    }
  }
  return null;
}

module.exports = { nodeProblem: nodeProblem, MINIMUM: MINIMUM };
