#!/usr/bin/env python3
"""Builds src/NewsSearch.Core/Analysis/Resources/root-initial-words.txt.

A word that begins with a clitic letter (و ف ب ل ك) is listed when the corpus also writes it after the
definite article (ال, وال, بال, كال, فال, لل): the article cannot stand before a clitic, so there the
first letter must belong to the word (الوزير -> وزير keeps its و).

usage: root_initial_words.py MIN_COUNT corpus.jsonl.gz... > root-initial-words.txt
"""
import gzip, json, re, sys
from collections import Counter

TASHKEEL = re.compile('[\u0640\u064B-\u065F\u0670]')
WORD = re.compile('[\u0621-\u064A]+')
ARTICLES = ('وال', 'فال', 'بال', 'كال', 'ال', 'لل')
CLITIC_LETTERS = set('وفبلك')

def normalise(w):
    w = re.sub('[أإآ]', 'ا', w)
    return w.replace('ى', 'ي').replace('ة', 'ه')

def main():
    min_count = int(sys.argv[1])
    counts = Counter()
    for path in sys.argv[2:]:
        with gzip.open(path, 'rt', encoding='utf-8') as f:
            for line in f:
                try:
                    a = json.loads(line)
                except ValueError:
                    continue
                text = TASHKEEL.sub('', (a.get('title') or '') + ' ' + (a.get('body') or ''))
                for w in WORD.findall(text):
                    for art in ARTICLES:
                        if w.startswith(art):
                            rest = w[len(art):]
                            if len(rest) >= 3 and rest[0] in CLITIC_LETTERS:
                                counts[normalise(rest)] += 1
                            break
    for w in sorted(w for w, c in counts.items() if c >= min_count):
        print(w)

main()
