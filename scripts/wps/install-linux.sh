#!/bin/sh
# Appraise · 绩效考评: installs the WPS 表格 add-in offline for one user on
# Linux (银河麒麟 Kylin V10, 统信 UOS 20, any WPS for Linux), the way WPS's
# offline jsaddons mode reads it:
#
#   ~/.local/share/Kingsoft/wps/jsaddons/appraise_<version>/   the add-in folder
#   ~/.local/share/Kingsoft/wps/jsaddons/publish.xml            the list WPS reads at start
#
# Usage:  sh install-linux.sh [DIR]
#   DIR is the build's dist/wps/ (default: the folder this script is in). It
#   must hold publish.xml and the appraise_<version>/ folder its entry names.
#
# What it does, and nothing else:
#   1. copies DIR/appraise_<version>/ into the jsaddons folder (replacing an
#      older copy of the same version; other versions and add-ins untouched);
#   2. in the user's publish.xml, replaces appraise's entry (name="appraise",
#      type="et") with the one in DIR/publish.xml, or adds it, keeping every
#      other add-in's entry as it was; the old file is kept beside it as
#      publish.xml.bak-<time>; a missing publish.xml is created.
# A publish.xml that is not well-formed XML is left as it is (nothing is
# written) and the script says so. Close WPS first: it reads publish.xml
# when it starts.
#
# Where these come from (cited in README.md, "在 WPS 表格中使用"):
#   - the jsaddons folder, Kingsoft's WPS 加载项开发说明 (office_v19 docs,
#     "publish模式 … 本地自动生成publish.xml文件 … linux: ~/.local/share/Kingsoft/wps/jsaddons");
#   - the folder name <name>_<version> and the offline entry
#     <jsplugin name= type= url="<name>_<version>" version= …/>, Kingsoft's
#     own tool wpsjs 2.2.3 (src/lib/build.js, CreatePublishXml and its copy.bat);
#     the entry itself is taken from the build's publish.xml as it is
#     (scripts/wps-addin-files.js writes it, its url ending "/");
#   - replacing an entry by name and keeping the others, the same tool's
#     src/lib/debug_publish.js (configPublish).
#
# 用法：关闭 WPS，然后 sh install-linux.sh [dist/wps 目录]。只替换或添加 appraise 的
# 条目，其他加载项的条目原样保留，旧的 publish.xml 备份为 publish.xml.bak-<时间>。
set -eu

NAME=appraise
TYPE=et

say() { printf '%s\n' "$@"; }
fail() {
  say "$@" >&2
  exit 1
}

SRC=${1:-$(dirname "$0")}
[ -d "$SRC" ] || fail "安装失败：找不到文件夹 $SRC。请给出构建得到的 dist/wps 文件夹。" \
  "Install failed: no folder $SRC. Give the build's dist/wps folder."
SRC=$(cd "$SRC" && pwd)

command -v python3 >/dev/null 2>&1 || fail \
  "安装失败：没有 python3（麒麟、统信系统自带）。请安装 python3 后重试，或按 README 手工安装。" \
  "Install failed: python3 is missing (Kylin and UOS ship it). Install python3 and run this again, or install by hand as the README says."

[ -n "${HOME:-}" ] || fail "安装失败：没有设置 HOME。请以使用 WPS 的用户身份运行。" \
  "Install failed: HOME is not set. Run this as the user who runs WPS."
JSADDONS="$HOME/.local/share/Kingsoft/wps/jsaddons"

# The folder the shipped entry names (its url), checked by the same Python that edits the list below.
FOLDER=$(python3 - "$SRC/publish.xml" "$NAME" "$TYPE" <<'PY'
import os, re, sys
import xml.etree.ElementTree as ET
path, name, kind = sys.argv[1:4]
def fail(zh, en):
    sys.stderr.write(zh + "\n" + en + "\n")
    sys.exit(1)
if not os.path.isfile(path):
    fail("安装失败：%s 不存在。请给出构建得到的 dist/wps 文件夹（npm run build:wps）。" % path,
         "Install failed: %s does not exist. Give the build's dist/wps folder (npm run build:wps)." % path)
try:
    root = ET.parse(path).getroot()
except ET.ParseError as e:
    fail("安装失败：构建中的 %s 不是格式正确的 XML（%s）。请重新构建。" % (path, e),
         "Install failed: the build's %s is not well-formed XML (%s). Build again." % (path, e))
ours = [e for e in root if e.tag == "jsplugin" and e.get("name") == name and e.get("type") == kind]
url = ours[0].get("url", "") if len(ours) == 1 else ""
# The folder beside publish.xml, "appraise_0.1.0" (Kingsoft's wpsjs) or "appraise_0.1.0/" (our build).
if not re.match(r"^%s_[0-9A-Za-z.+-]+/?$" % re.escape(name), url):
    fail("安装失败：构建中的 %s 没有唯一一条离线条目 <jsplugin name=\"%s\" type=\"%s\" url=\"%s_<版本>\">。请重新构建。" % (path, name, kind, name),
         "Install failed: the build's %s has no single offline entry <jsplugin name=\"%s\" type=\"%s\" url=\"%s_<version>\">. Build again." % (path, name, kind, name))
print(url.rstrip("/"))
PY
)

[ -f "$SRC/$FOLDER/ribbon.xml" ] && [ -f "$SRC/$FOLDER/index.html" ] || fail \
  "安装失败：$SRC/$FOLDER 不是完整的加载项文件夹（缺 ribbon.xml 或 index.html）。请重新构建后再复制整个 dist/wps。" \
  "Install failed: $SRC/$FOLDER is not a whole add-in folder (ribbon.xml or index.html is missing). Build again and copy all of dist/wps."

mkdir -p "$JSADDONS"

# 1. The add-in folder: copied beside, then swapped in, so a failed copy leaves the old one.
TMP="$JSADDONS/.$FOLDER.installing.$$"
rm -rf "$TMP"
cp -R "$SRC/$FOLDER" "$TMP"
rm -rf "${JSADDONS:?}/$FOLDER"
mv "$TMP" "$JSADDONS/$FOLDER"

# 2. publish.xml: appraise's entry replaced or added; every other element kept.
python3 - "$SRC/publish.xml" "$JSADDONS/publish.xml" "$NAME" "$TYPE" <<'PY'
import os, shutil, sys, time
import xml.etree.ElementTree as ET
shipped, target, name, kind = sys.argv[1:5]
def fail(zh, en):
    sys.stderr.write(zh + "\n" + en + "\n")
    sys.exit(1)
def parse(path):
    try:  # keep the user's comments (Python 3.8+); older Pythons drop them, the backup keeps them
        parser = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True))
    except TypeError:
        parser = ET.XMLParser()
    return ET.parse(path, parser).getroot()
def ours(e):
    return e.tag in ("jsplugin", "jspluginonline") and e.get("name") == name and e.get("type") == kind
entry = [e for e in parse(shipped) if ours(e)][0]
entry.tail = None
if os.path.exists(target):
    try:
        root = parse(target)
    except ET.ParseError as e:
        fail("未修改：%s 不是格式正确的 XML（%s），为免丢失其他加载项，没有写入。请修正或删除该文件后重试；加载项文件夹已复制。" % (target, e),
             "Not changed: %s is not well-formed XML (%s); nothing was written so no other add-in is lost. Fix or remove it and run this again; the add-in folder was copied." % (target, e))
    if root.tag != "jsplugins":
        fail("未修改：%s 的根元素是 <%s>，不是 <jsplugins>。请检查该文件后重试。" % (target, root.tag),
             "Not changed: the root of %s is <%s>, not <jsplugins>. Check the file and run this again." % (target, root.tag))
    backup = "%s.bak-%s" % (target, time.strftime("%Y%m%d%H%M%S"))
    n = 1
    while os.path.exists(backup):  # never over an earlier backup
        backup = "%s.bak-%s-%d" % (target, time.strftime("%Y%m%d%H%M%S"), n)
        n += 1
    shutil.copy2(target, backup)
    print("备份 / Backup: " + backup)
else:
    root = ET.Element("jsplugins")
old = [e for e in root if ours(e)]
children = list(root)
if old:
    # In the first old entry's place, with its spacing.
    at = children.index(old[0])
    entry.tail = old[0].tail
    for e in old:
        root.remove(e)
else:
    # After the last element, indented as the first one is.
    at = len(children)
    if children:
        children[-1].tail = root.text if (root.text or "").strip() == "" and root.text else "\n  "
    else:
        root.text = "\n  "
    entry.tail = "\n"
root.insert(at, entry)
temp = target + ".writing"
ET.ElementTree(root).write(temp, encoding="UTF-8", xml_declaration=True)
with open(temp, "ab") as f:
    f.write(b"\n")
os.replace(temp, target)
print("publish.xml: %s %s (%s)" % ("替换 / replaced" if old else "添加 / added", name, entry.get("url")))
PY

say "已安装：$JSADDONS/$FOLDER。请重新启动 WPS 表格，功能区出现“重新计算”按钮。" \
  "Installed: $JSADDONS/$FOLDER. Restart WPS 表格: the ribbon shows the 重新计算 (Recompute) button."
