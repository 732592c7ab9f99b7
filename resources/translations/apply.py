#!/usr/bin/env python3
"""Fills the .ts files after lupdate: zh_CN from zh_CN.py, zh_TW converted from zh_CN
with OpenCC (s2tw plus Taiwan wording), en plural forms. Prints what is missing.

Usage: resources/translations/apply.py   (needs the Debian package `opencc`)
"""
import pathlib
import subprocess
import sys
import xml.etree.ElementTree as ET

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from zh_CN import T as ZH_CN  # noqa: E402

# Taiwan wording after the character conversion (s2tw keeps 權限核決表 and 答覆 intact).
TW_WORDS = [("數據庫", "資料庫"), ("數據", "資料"), ("賬號", "帳號"), ("登錄", "登入"),
            ("文件夾", "資料夾"), ("文件", "檔案"), ("默認", "預設"), ("程序", "程式"),
            ("屏幕", "螢幕"), ("鎖屏", "鎖定螢幕"), ("用戶名", "使用者名稱"), ("信息", "資訊")]


def to_traditional(texts):
    joined = "\x1e".join(texts)
    out = subprocess.run(["opencc", "-c", "s2tw.json"], input=joined, capture_output=True,
                         text=True, check=True).stdout
    result = out.split("\x1e")
    fixed = []
    for text in result:
        for simplified, taiwan in TW_WORDS:
            text = text.replace(simplified, taiwan)
        fixed.append(text)
    return fixed


def english_plural(source):
    singular = (source.replace("(s)", "").replace("%n entries verify", "%n entry verifies")
                .replace("%n entries", "%n entry")
                .replace("%n line need", "%n line needs")
                .replace("all %n row are good", "the %n row is good")
                .replace("All %n row are good", "The %n row is good"))
    plural = source.replace("(s)", "s")
    return [singular, plural]


def fill(path, translate):
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        value = translate(source, message.get("numerus") == "yes")
        if value is None:
            missing.append(source)
            continue
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value]
            translation.text = "\n"
            for form in forms:
                element = ET.SubElement(translation, "numerusform")
                element.text = form
        else:
            translation.text = value
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")
    return missing


def main():
    sources = list(ZH_CN.keys())
    traditional = dict(zip(sources, to_traditional([ZH_CN[s] for s in sources])))
    problems = 0
    for name, translate in [
        ("countercare_zh_CN.ts", lambda s, n: ZH_CN.get(s)),
        ("countercare_zh_TW.ts", lambda s, n: traditional.get(s)),
        ("countercare_en.ts", lambda s, n: english_plural(s) if n else s),
    ]:
        missing = fill(HERE / name, translate)
        for source in missing:
            print(f"{name}: untranslated: {source!r}")
        problems += len(missing)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
