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
        ((s, i, j) for i, g in enumerate(gold) for j, p in enumerate(pred) if (s := score(g, p)) > 0),
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


def score(gold: dict, pred: dict) -> dict[str, float]:
    """Return F1 per kind, time value accuracy and the overall mean, as score.py computes them."""
    out: dict[str, float] = {}
    ge, pe = gold["entities"], pred["entities"]
    tp = 0
    for t in {e["type"] for e in ge} | {e["type"] for e in pe}:
        g = [e for e in ge if e["type"] == t]
        p = [e for e in pe if e["type"] == t]
        n = len(_greedy(g, p, lambda a, b: _ov(a["start"], a["end"], b["start"], b["end"])))
        out[f"entities.{t}"] = _f1(n, len(g), len(p))
        tp += n
    out["entities"] = _f1(tp, len(ge), len(pe))
    gt, pt = gold["times"], pred["times"]
    pairs = _greedy(gt, pt, lambda a, b: _ov(a["start"], a["end"], b["start"], b["end"]))
    out["times"] = _f1(len(pairs), len(gt), len(pt))
    out["times.value"] = sum(a["value"] == b["value"] for a, b in pairs) / len(gt) if gt else 1.0

    def ev(a, b):
        if a["type"] != b["type"] or not (a["sentence"][0] <= b["trigger"]["start"] < a["sentence"][1]):
            return 0
        return 1 + _ov(a["trigger"]["start"], a["trigger"]["end"], b["trigger"]["start"], b["trigger"]["end"])

    out["events"] = _f1(len(_greedy(gold["events"], pred["events"], ev)), len(gold["events"]), len(pred["events"]))

    def fs(a, b):
        if a["actor"] != b["actor"] or a["status"] != b["status"]:
            return 0
        return _ov(a["evidence"]["start"], a["evidence"]["end"], b["evidence"]["start"], b["evidence"]["end"])

    out["forces"] = _f1(len(_greedy(gold["forces"], pred["forces"], fs)), len(gold["forces"]), len(pred["forces"]))
    out["overall"] = (out["entities"] + out["times"] * out["times.value"] + out["events"] + out["forces"]) / 4
    return out
