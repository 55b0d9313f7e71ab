#!/usr/bin/env python3
"""Writes a JSON Lines corpus of about SIZE_MB megabytes shaped like the real feeds (~3 KB Arabic articles),
then one 10 MB article and one line that is not JSON. Deterministic (fixed seed).
Usage: generate.py OUT.jsonl SIZE_MB"""
import json, random, sys

WORDS = ("الولايات المتحدة أوكرانيا روسيا محادثات الرئيس وزير الخارجية السلام الحرب اتفاق الأمن مجلس الدفاع ميامي "
         "موسكو كييف واشنطن بيان الجانبين الوفود خطة اقتصاد النفط الرياض القاهرة الانتخابات البرلمان الحكومة").split()

def article(rng, i, words):
    body = " ".join(rng.choice(WORDS) for _ in range(words)) + f" كلمة{rng.randrange(1_000_000)}"
    return json.dumps({"id": f"gen-{i}", "source": "generated", "date": "2025-11-23 10:00:00",
                       "title": f"{rng.choice(WORDS)} {rng.choice(WORDS)} {i}", "body": body}, ensure_ascii=False)

def main(out, size_mb):
    rng, limit, written, i = random.Random(8), size_mb << 20, 0, 0
    with open(out, "w", encoding="utf-8") as f:
        while written < limit:
            line = article(rng, i, 250) + "\n"
            f.write(line)
            written += len(line.encode("utf-8"))
            i += 1
        f.write(article(rng, i, 1_400_000) + "\n")  # about 10 MB
        f.write("this line is not JSON {\n")
    print(f"{i + 1} articles, {written >> 20} MB + one 10 MB article + one bad line -> {out}")

if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
