#!/usr/bin/env python3
"""Writes recipes of N sample articles in the site's Article shape, for the benchmark and import timing.

usage: make-articles-recipe.py COUNT OUT_PREFIX [--per-file 10000] [--start 0]
Writes OUT_PREFIX-000.recipe.json, OUT_PREFIX-001.recipe.json ... (each at most --per-file articles) and
OUT_PREFIX.paths (one article path per line, for wrk). Ids and paths are fixed, so importing twice changes nothing.
60% of the articles go to "Diễn đàn khoa học và công nghệ", the rest spread over the other categories.
"""
import argparse
import json

TAXONOMY = "4chuyenmuc0000000000000000"
BIG_CATEGORY = "4cmdiendankhcn000000000000"
OTHER_CATEGORIES = ["4cmtinhoatdong000000000000", "4cmtuvanphanbien0000000000", "4cmdoingoai000000000000000"]
PLACES = ["Hoằng Hóa", "Thọ Xuân", "Nga Sơn", "Bỉm Sơn", "Sầm Sơn", "Như Thanh", "Quảng Xương", "Thạch Thành"]
TOPICS = ["Hội thảo khoa học", "Tập huấn chuyển giao công nghệ", "Tọa đàm trí thức trẻ", "Khảo sát mô hình sản xuất"]


def article(n):
    topic, place = TOPICS[n % len(TOPICS)], PLACES[n % len(PLACES)]
    category = BIG_CATEGORY if n % 10 < 6 else OTHER_CATEGORIES[n % len(OTHER_CATEGORIES)]
    day = 1 + n % 28
    month = 1 + (n // 28) % 12
    year = 2020 + (n // 336) % 6
    path = f"tin-tuc/bai-thu-nghiem-{n}"
    title = f"[Bài thử nghiệm] Số {n}: {topic} tại huyện {place}"
    body = "".join(f"<p>Đoạn {i + 1} của bài thử nghiệm số {n} về {topic.lower()} tại huyện {place}, tỉnh Thanh Hóa. "
                   "Nội dung chỉ dùng để đo tốc độ của trang.</p>" for i in range(6))
    return {
        "ContentItemId": f"bench{n:021d}",
        "ContentItemVersionId": f"benchv{n:020d}",
        "ContentType": "Article",
        "DisplayText": title,
        "Latest": True,
        "Published": True,
        "PublishedUtc": f"{year:04d}-{month:02d}-{day:02d}T{1 + n % 9:02d}:{n % 60:02d}:00Z",
        "TitlePart": {"Title": title},
        "AutoroutePart": {"Path": path},
        "HtmlBodyPart": {"Html": body},
        "Article": {
            "Summary": {"Text": f"Bài thử nghiệm số {n}: {topic.lower()} tại huyện {place}."},
            "Byline": {"Text": "Ban Biên tập"},
            "Category": {"TaxonomyContentItemId": TAXONOMY, "TermContentItemIds": [category]},
        },
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("count", type=int)
    parser.add_argument("prefix")
    parser.add_argument("--per-file", type=int, default=10000)
    parser.add_argument("--start", type=int, default=0)
    args = parser.parse_args()
    with open(args.prefix + ".paths", "w", encoding="utf-8") as paths:
        for part, first in enumerate(range(args.start, args.start + args.count, args.per_file)):
            last = min(first + args.per_file, args.start + args.count)
            items = [article(n) for n in range(first, last)]
            recipe = {"name": f"bench-articles-{part:03d}", "displayName": f"Bài thử nghiệm {first}–{last - 1}",
                      "steps": [{"name": "content", "data": items}]}
            with open(f"{args.prefix}-{part:03d}.recipe.json", "w", encoding="utf-8") as out:
                json.dump(recipe, out, ensure_ascii=False)
            paths.writelines("/" + item["AutoroutePart"]["Path"] + "\n" for item in items)


if __name__ == "__main__":
    main()
