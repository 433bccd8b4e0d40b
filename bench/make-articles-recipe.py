#!/usr/bin/env python3
"""Writes a recipe of N articles in the site's Article shape (title, path, summary, byline, category, body).

The categories are the terms of the taxonomy "Chuyên mục" in recipes/lienhiephoi.recipe.json, so the
recipe imports into a site set up by that recipe. Ids are fixed (derived from the article number), so
importing the same file twice must change nothing.

    python3 bench/make-articles-recipe.py 10000 big.recipe.json
    time dotnet src/Portal.Web/bin/Release/net10.0/Portal.Web.dll recipe import big.recipe.json
"""
import json
import re
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLACES = ["Hậu Lộc", "Thạch Thành", "Nga Sơn", "Quảng Xương", "Thọ Xuân", "Ngọc Lặc", "Tĩnh Gia", "Bá Thước", "Sầm Sơn", "Hoằng Hóa"]
TOPICS = ["Tập huấn chuyển giao công nghệ", "Hội thảo khoa học", "Tư vấn phản biện đề án", "Giải thưởng sáng tạo kỹ thuật",
          "Phổ biến kiến thức", "Hội nghị tổng kết", "Khảo sát mô hình", "Đại hội nhiệm kỳ"]


def site_categories():
    """(taxonomy id, [term ids]) of the taxonomy the site's Article.Category field points to."""
    text = (ROOT / "recipes" / "lienhiephoi.recipe.json").read_text(encoding="utf-8")
    recipe = json.loads(re.sub(r"^\s*//.*$", "", text, flags=re.M))
    for step in recipe["steps"]:
        for item in step.get("data", []):
            if item.get("ContentType") == "Taxonomy":
                return item["ContentItemId"], [t["ContentItemId"] for t in item["TaxonomyPart"]["Terms"]]
    sys.exit("no taxonomy in recipes/lienhiephoi.recipe.json")


def article(n, taxonomy, terms, start):
    place, topic = PLACES[n % len(PLACES)], TOPICS[n % len(TOPICS)]
    title = f"[Bài thử tải] Số {n}: {topic} tại {place}"
    date = (start + timedelta(minutes=37 * n)).strftime("%Y-%m-%dT%H:%M:%SZ")
    key = f"{n:08d}"
    return {
        "ContentItemId": f"5bench{key}000000000000",
        "ContentItemVersionId": f"5bench{key}0000000000v1",
        "ContentType": "Article",
        "DisplayText": title,
        "Latest": True,
        "Published": True,
        "CreatedUtc": date,
        "ModifiedUtc": date,
        "PublishedUtc": date,
        "Owner": "admin",
        "Author": "admin",
        "TitlePart": {"Title": title},
        "AutoroutePart": {"Path": f"tin-tuc/bai-thu-tai-so-{n}"},
        "Article": {
            "Summary": {"Text": f"Bài viết thử tải số {n}: {topic.lower()} tại {place}."},
            "Image": {"Paths": [], "MediaTexts": []},
            "Byline": {"Text": "Ban biên tập (bài thử tải)"},
            "Category": {"TaxonomyContentItemId": taxonomy, "TermContentItemIds": [terms[n % len(terms)]]},
            "Organizations": {"ContentItemIds": []},
        },
        "HtmlBodyPart": {"Html": (
            f"<p><em>Bài viết thử tải, không phải tin thật.</em></p>"
            f"<p>{topic} tại {place}: Liên hiệp các Hội Khoa học và Kỹ thuật Thanh Hóa phối hợp với địa phương "
            f"tổ chức cho cán bộ, hội viên và bà con nông dân. Đoạn văn đủ dài để giống một bài thật.</p>"
            f"<p>Đoạn thứ hai nói về kết quả: {n % 90 + 10} người tham dự, "
            f"<strong>{n % 7 + 2} mô hình</strong> được giới thiệu, và kế hoạch cho năm sau.</p>")},
    }


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: make-articles-recipe.py N OUTPUT.recipe.json")
    count, output = int(sys.argv[1]), Path(sys.argv[2])
    taxonomy, terms = site_categories()
    start = datetime(2020, 1, 1, 1, 0, tzinfo=timezone.utc)
    recipe = {
        "name": f"bench-{count}-articles",
        "displayName": f"{count} bài viết thử tải",
        "description": "Sinh bởi bench/make-articles-recipe.py; chỉ để đo tốc độ nhập.",
        "version": "1.0.0",
        "issetuprecipe": False,
        "steps": [{"name": "content", "data": [article(n, taxonomy, terms, start) for n in range(1, count + 1)]}],
    }
    output.write_text(json.dumps(recipe, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{output}: {count} articles, {output.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
