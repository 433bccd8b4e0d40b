#!/usr/bin/env bash
# Measures the dashboard's content list with 100,000 items on SQLite.
# Starts the site on its own data folder, signs in, adds 100,000 draft pages straight into the database
# (the content manager would take minutes), then times list pages with curl (5 runs each; seconds, total time).
# Usage: bash bench/admin-content-list.sh     (needs python3 and curl; builds nothing: run `dotnet build` first)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
data=$(mktemp -d /tmp/portal-bench-list.XXXXXX)
port=5091
password=mat-khau-quan-tri-2026
cd "$root/src/Portal.Web"
Portal__AppDataPath="$data" Portal__Setup__AdminPassword=$password ASPNETCORE_ENVIRONMENT=Production \
  dotnet bin/Debug/net10.0/Portal.Web.dll --urls "http://127.0.0.1:$port" > "$data/out.txt" 2>&1 &
site=$!
trap 'kill $site 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 60); do curl -s -o /dev/null "http://127.0.0.1:$port/admin/signin" && break; sleep 1; done

python3 - "$data/portal.db" <<'PY'
import sqlite3, sys, unicodedata, random
db = sqlite3.connect(sys.argv[1], timeout=30)
words = "hội nghị khoa học kỹ thuật thanh hóa đổi mới sáng tạo tọa đàm đào tạo y học tin học nông nghiệp".split()
fold = lambda s: ''.join(c for c in unicodedata.normalize('NFD', s.replace('đ', 'd').replace('Đ', 'D')) if unicodedata.category(c) != 'Mn').lower()
rows = []
for i in range(100_000):
    title = ' '.join(random.choice(words) for _ in range(6)).capitalize() + f" {i}"
    modified = f"2025-{1 + i % 12:02d}-{1 + i % 28:02d} {i % 24:02d}:{i % 60:02d}:{(i * 7) % 60:02d}.{i:07d}"
    rows.append((f"bench{i:021d}", f"benchv{i:020d}", "Page", title, fold(title), 1, 0, "admin", modified, modified, '{"TitlePart":{"Title":"x"}}', 1))
db.executemany('insert into ContentItems (ContentItemId,ContentItemVersionId,ContentType,DisplayText,DisplayTextKey,Latest,Published,'
               'Author,CreatedUtc,ModifiedUtc,Data,Revision) values (?,?,?,?,?,?,?,?,?,?,?,?)', rows)
# The member associations were entered when the site was set up, before all of these: the rare type is the oldest.
db.execute("update ContentItems set ModifiedUtc = '2024-01-01 08:00:00' where ContentType = 'Organization'")
db.commit()
PY

jar="$data/cookies"
token=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$port/admin/signin" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -o /dev/null -c "$jar" -b "$jar" -d "UserName=admin&Password=$password&__RequestVerificationToken=$token" "http://127.0.0.1:$port/admin/signin"
time_page() { for _ in 1 2 3 4 5; do curl -s -o /dev/null -w "%{time_total} " -b "$jar" "http://127.0.0.1:$port$1"; done; echo "(HTTP $(curl -s -o /dev/null -w "%{http_code}" -b "$jar" "http://127.0.0.1:$port$1"))"; }
deep="/admin/content"
for _ in $(seq 1 200); do
  deep=$(curl -s -b "$jar" "http://127.0.0.1:$port$deep" | grep -o 'href="[^"]*" data-testid="page-next"' | sed 's/href="//;s/" data-testid.*//;s/&amp;/\&/g')
done
echo "deep page: $deep"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo -n "page 1 (newest first):        "; time_page "/admin/content"
echo -n "page 201 (keyset cursor):     "; time_page "$deep"
echo -n "drafts only:                  "; time_page "/admin/content?status=Draft"
echo -n "words without diacritics:     "; time_page "/admin/content?q=hoi+nghi+thanh+hoa"
echo -n "sorted by title:              "; time_page "/admin/content?sort=title"
echo -n "organizations only:           "; time_page "/admin/content?type=Organization"
echo -n "organizations by title:       "; time_page "/admin/content?type=Organization&sort=title"
echo -n "picker, organizations \"hoi\": "; time_page "/admin/content/picker?types=Organization&q=hoi"
echo -n "dashboard home:               "; time_page "/admin"
