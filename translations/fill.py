#!/usr/bin/env python3
"""Fills the .ts files from the dictionaries beside this script.

Run after lupdate (cmake --build BUILD --target carbonlabel_ui_lupdate):
  carbonlabel_zh_CN.ts gets the Chinese of every source text in zh_CN_part*.py;
  carbonlabel_en.ts gets the source text itself (the program is written in English).
Prints every source text that has no translation yet and exits 1 if there is any, so a
string added later is noticed rather than shipped in English.
"""
import glob
import importlib.util
import os
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))


def load_dictionary():
    texts, contextual = {}, {}
    for path in sorted(glob.glob(os.path.join(HERE, 'zh_CN_part*.py'))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        texts.update(getattr(module, 'T', {}))
        contextual.update(getattr(module, 'C', {}))
    return texts, contextual


def english_forms(source):
    """'%n year(s)' -> ['%n year', '%n years']: the English catalogue's plural forms."""
    import re
    singular = re.sub(r'\(s\)', '', source).replace(' differ from', ' differs from')
    return [singular, re.sub(r'\(s\)', 's', source)]


def fill(ts_path, translate, numerus_forms=lambda text: [text]):
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.getroot().iter('context'):
        name = context.find('name').text
        for message in context.findall('message'):
            source = message.find('source').text or ''
            translation = message.find('translation')
            if translation is None:
                translation = ET.SubElement(message, 'translation')
            if translation.get('type') in ('vanished', 'obsolete'):
                continue
            text = translate(name, source)
            if text is None:
                missing.append((name, source))
                translation.set('type', 'unfinished')
                continue
            translation.attrib.pop('type', None)
            for child in list(translation):
                translation.remove(child)
            if message.get('numerus') == 'yes':
                translation.text = None
                for form_text in numerus_forms(text):
                    form = ET.SubElement(translation, 'numerusform')
                    form.text = form_text
            else:
                translation.text = text
    ET.indent(tree, space='    ')
    with open(ts_path, 'wb') as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding='utf-8', xml_declaration=False)
        f.write(b'\n')
    return missing


def main():
    texts, contextual = load_dictionary()

    def chinese(context, source):
        if (context, source) in contextual:
            return contextual[(context, source)]
        return texts.get(source)

    missing = fill(os.path.join(HERE, 'carbonlabel_zh_CN.ts'), chinese)
    fill(os.path.join(HERE, 'carbonlabel_en.ts'), lambda context, source: source, english_forms)
    for context, source in missing:
        print(f'untranslated: {context}: {source!r}')
    return 1 if missing else 0


if __name__ == '__main__':
    sys.exit(main())
