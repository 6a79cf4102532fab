"""Build gold JSON from a compact annotation (plain Python; no workbench imports).

Shared by the held-out sets: each set's ``src/build.py`` calls :func:`build` with its own
folder as ``outdir``."""
import hashlib, json, os, re, sys

def _find(lines, offs, ref):
    m = re.match(r'L(\d+):(.*?)(?:#(\d+))?$', ref, re.S)
    if not m:
        raise ValueError(ref)
    li, s, nth = int(m.group(1)), m.group(2), int(m.group(3) or 0)
    line = lines[li]
    idx, pos = -1, 0
    hits = [i for i in range(len(line)) if line.startswith(s, i)]
    if len(hits) <= nth:
        raise ValueError(f'not found: {ref!r} in line {li}')
    if len(hits) > 1 and m.group(3) is None:
        print(f'  WARN ambiguous {ref!r}: {len(hits)} hits, using first', file=sys.stderr)
    st = offs[li] + hits[nth]
    return st, st + len(s), li

def build(name, title_line, source, published, lines, ents, times, events, forces, outdir):
    text = '\n'.join(lines) + '\n'
    offs, o = [], 0
    for l in lines:
        offs.append(o); o += len(l) + 1
    sent = lambda li: [offs[li], offs[li] + len(lines[li])]
    # entities
    E = []
    for item in ents:
        ref, typ, canon = item[0], item[1], item[2]
        st, en, li = _find(lines, offs, ref)
        d = {"start": st, "end": en, "text": text[st:en], "type": typ, "canonical": canon, "origin": "manual"}
        if typ == 'QUANTITY':
            v, ap, un = item[3]
            d.update({"value": v, "approx": ap, "unit": un})
        E.append((ref, d))
    E.sort(key=lambda x: (x[1]['start'], x[1]['end']))
    ekey = {}
    ents_out = []
    for i, (ref, d) in enumerate(E, 1):
        d = {"id": f"m{i}", **d}
        if ref in ekey: raise ValueError('dup ' + ref)
        ekey[ref] = d['id']; ents_out.append(d)
    # times
    T = []
    for item in times:
        ref, val, prec = item[0], item[1], item[2]
        extra = item[3] if len(item) > 3 else {}
        st, en, li = _find(lines, offs, ref)
        d = {"start": st, "end": en, "text": text[st:en], "value": val, "precision": prec,
             "anchor": "published", "origin": "manual", **extra}
        T.append((ref, d))
    T.sort(key=lambda x: x[1]['start'])
    tkey, times_out = {}, []
    for i, (ref, d) in enumerate(T, 1):
        d = {"id": f"t{i}", **d}; tkey[ref] = d['id']; times_out.append(d)
    # events
    ev_out = []
    for i, ev in enumerate(events, 1):
        st, en, li = _find(lines, offs, ev['trig'])
        ev_out.append({"id": f"e{i}", "type": ev['type'],
            "trigger": {"start": st, "end": en, "text": text[st:en]},
            "sentence": sent(li), "modality": ev.get('mod', 'asserted'),
            "time": tkey[ev['time']] if ev.get('time') else None,
            "actors": ev.get('actors', []), "targets": ev.get('targets', []),
            "location": ekey[ev['loc']] if ev.get('loc') else None,
            "attribution": ev.get('attr'), "origin": "manual",
            "weapons": [ekey[w] for w in ev.get('weapons', [])],
            "quantities": [ekey[q] for q in ev.get('qty', [])]})
    # forces
    f_out = []
    for i, f in enumerate(forces, 1):
        li = f['line']
        s = f.get('strength')
        f_out.append({"id": f"f{i}", "actor": f['actor'],
            "strength": ({"value": s[0], "approx": s[1], "unit": s[2]} if s else None),
            "assets": f.get('assets'),
            "location": {"text": f['loc'][0], "canonical": f['loc'][1]},
            "as_of": {"value": f['as_of'][0], "precision": f['as_of'][1]},
            "status": f['status'], "source": f.get('source'),
            "evidence": {"start": sent(li)[0], "end": sent(li)[1]},
            "events": [f"e{n}" for n in f.get('events', [])], "origin": "manual"})
        assert f['loc'][0] in lines[li] or '،' in f['loc'][0], (f['loc'], li)
    doc = {"schema": "workbench.extraction/1",
           "article": {"title": lines[0], "published": published, "source": source,
                       "sha256": hashlib.sha256(text.encode('utf-8')).hexdigest(), "chars": len(text)},
           "entities": ents_out, "times": times_out, "events": ev_out, "forces": f_out}
    with open(f'{outdir}/{name}.txt', 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(text)
    with open(f'{outdir}/{name}.json', 'w', encoding='utf-8') as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1); fh.write('\n')
    print(name, 'chars', len(text), 'ents', len(ents_out), 'times', len(times_out), 'events', len(ev_out), 'forces', len(f_out))
    return doc
