"""A small scorer with the matching rules of the project's shared score.py.

Entities: same type, overlapping spans; times: overlapping spans, value must be
equal to count as normalised right; events: same type, trigger inside the gold
sentence; forces: same actor and status, overlapping evidence. One-to-one,
greedy, largest overlap first. Used by the sample regression test so CI does
not depend on files outside the repository.
"""

from __future__ import annotations


def _ov(a0, a1, b0, b1):
    return max(0, min(a1, b1) - max(a0, b0))


def _greedy(gold, pred, score):
    cands = sorted(
        (
            (s, i, j)
            for i, g in enumerate(gold)
            for j, p in enumerate(pred)
            if (s := score(g, p)) > 0
        ),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    ug, up, pairs = set(), set(), []
    for _, i, j in cands:
        if i not in ug and j not in up:
            ug.add(i)
            up.add(j)
            pairs.append((gold[i], pred[j]))
    return pairs


def _f1(tp, ng, np_):
    p = tp / np_ if np_ else (1.0 if not ng else 0.0)
    r = tp / ng if ng else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


def _tally(gold: dict, pred: dict, acc: dict[str, list[int]]) -> None:
    def add(key, tp, ng, np_):
        t = acc.setdefault(key, [0, 0, 0])
        t[0] += tp
        t[1] += ng
        t[2] += np_

    ge, pe = gold["entities"], pred["entities"]
    for t in {e["type"] for e in ge} | {e["type"] for e in pe}:
        g = [e for e in ge if e["type"] == t]
        p = [e for e in pe if e["type"] == t]
        n = len(_greedy(g, p, lambda a, b: _ov(a["start"], a["end"], b["start"], b["end"])))
        add(f"entities.{t}", n, len(g), len(p))
        add("entities", n, len(g), len(p))
    gt, pt = gold["times"], pred["times"]
    pairs = _greedy(gt, pt, lambda a, b: _ov(a["start"], a["end"], b["start"], b["end"]))
    add("times", len(pairs), len(gt), len(pt))
    add("times.value", sum(a["value"] == b["value"] for a, b in pairs), len(gt), len(pairs))

    def ev(a, b):
        if a["type"] != b["type"] or not (
            a["sentence"][0] <= b["trigger"]["start"] < a["sentence"][1]
        ):
            return 0
        return 1 + _ov(
            a["trigger"]["start"], a["trigger"]["end"], b["trigger"]["start"], b["trigger"]["end"]
        )

    add(
        "events",
        len(_greedy(gold["events"], pred["events"], ev)),
        len(gold["events"]),
        len(pred["events"]),
    )

    def fs(a, b):
        if a["actor"] != b["actor"] or a["status"] != b["status"]:
            return 0
        return _ov(
            a["evidence"]["start"],
            a["evidence"]["end"],
            b["evidence"]["start"],
            b["evidence"]["end"],
        )

    add(
        "forces",
        len(_greedy(gold["forces"], pred["forces"], fs)),
        len(gold["forces"]),
        len(pred["forces"]),
    )


def score_many(pairs: list[tuple[dict, dict]]) -> dict[str, float]:
    """Micro-averaged F1 per kind over (gold, pred) pairs, the time value recall and the overall mean."""
    acc: dict[str, list[int]] = {}
    for gold, pred in pairs:
        _tally(gold, pred, acc)
    out = {k: _f1(*v) for k, v in acc.items() if k != "times.value"}
    tv = acc.get("times.value", [0, 0, 0])
    out["times.value"] = tv[0] / tv[1] if tv[1] else 1.0
    out["overall"] = (
        out["entities"] + out["times"] * out["times.value"] + out["events"] + out["forces"]
    ) / 4
    return out


def score(gold: dict, pred: dict) -> dict[str, float]:
    """Return F1 per kind, time value accuracy and the overall mean, as score.py computes them."""
    return score_many([(gold, pred)])
