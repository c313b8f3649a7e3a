"""Where the undated errors come from: B3 precision / recall lost per kind, a few merges and splits."""
from __future__ import annotations

import sys
from collections import Counter, defaultdict

from s44_common import bench, load, group_rows, f1

rows, _, vecs_of, gold = load()
part = bench.halves(rows)[sys.argv[1] if len(sys.argv) > 1 else "full"]
pred = group_rows(part, vecs_of, False)
b = f1(pred, gold, part)
print(f"B3 P {b.precision:.3f} R {b.recall:.3f} F1 {b.f1:.3f}")
by = {r["id"]: r for r in part}
stories = defaultdict(list)
for r in part:
    stories[pred[r["id"]]].append(r)
events = defaultdict(list)
for r in part:
    events[r["event"]].append(r)
corp = lambda e: "basil" if e.startswith("basil") else "roundup"
# precision loss per story: sum over members of (1 - share of own event)
mixed = [(s, ms) for s, ms in stories.items() if len({m["event"] for m in ms}) > 1]
split = [(e, ms) for e, ms in events.items() if len({pred[m["id"]] for m in ms}) > 1]
print(f"stories joining events: {len(mixed)} (sizes {Counter(len(ms) for _, ms in mixed)}); "
      f"events split: {len(split)} of {len(events)}")
print("split events by corpus:", Counter(corp(e) for e, _ in split), "of", Counter(corp(e) for e in events))
print("mixed stories by corpus mix:", Counter(tuple(sorted({corp(m['event']) for m in ms})) for _, ms in mixed))
# split patterns: how many pieces, which article is alone
pat = Counter()
for e, ms in split:
    sizes = sorted(Counter(pred[m["id"]] for m in ms).values())
    # are the split pieces alone or in other events' stories
    pat[tuple(sizes)] += 1
print("split patterns:", pat)
alone = sum(1 for e, ms in split for m in ms if len(stories[pred[m['id']]]) == 1)
print("split articles standing alone:", alone)
n = int(sys.argv[2]) if len(sys.argv) > 2 else 8
print("\n-- a few merges")
for s, ms in sorted(mixed, key=lambda x: -len(x[1]))[:n]:
    print(f"story of {len(ms)}:")
    for m in sorted(ms, key=lambda m: m["event"]):
        print(f"   {m['event'][-6:]} {m.get('date')} {m.get('outlet','')[:12]:12s} {m['title'][:90]}")
print("\n-- a few splits")
for e, ms in split[:n]:
    print(f"event {e[-6:]} ({ms[0].get('event_title','')[:80]}):")
    for m in ms:
        st = stories[pred[m["id"]]]
        print(f"   story {pred[m['id']][-5:]} (size {len(st)}) {m.get('outlet','')[:12]:12s} {m['title'][:90]}")
