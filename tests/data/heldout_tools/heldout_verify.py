"""Independent check of a held-out set's gold files: spans, sha256, ids, references.

Plain Python. ``python heldout_verify.py FOLDER``; each set's ``verify.py`` runs it on
its own folder."""
import glob, hashlib, json, os, subprocess, sys
HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.getcwd()  # the set's folder
SCORE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', '..', 'shared', 'tools', 'score.py')
ok = True
def bad(*a):
    global ok; ok = False; print('  FAIL', *a)
for jp in sorted(glob.glob(os.path.join(HERE, '*.json'))):
    tp = jp[:-5] + '.txt'
    raw = open(tp, 'rb').read()
    text = raw.decode('utf-8').replace('\r\n', '\n')
    d = json.load(open(jp, encoding='utf-8'))
    a = d['article']
    print(jp.split('/')[-1], a['published'], a['chars'], 'chars')
    if b'\r' in raw: bad('CR in text')
    if hashlib.sha256(text.encode('utf-8')).hexdigest() != a['sha256']: bad('sha256')
    if len(text) != a['chars']: bad('chars')
    if not (1500 <= len(text) <= 3000): bad('length', len(text))
    if a['title'] != text.split('\n')[0]: bad('title')
    ids = {}
    for e in d['entities']:
        if text[e['start']:e['end']] != e['text']: bad('entity span', e)
        if e['origin'] != 'manual': bad('origin', e['id'])
        if e['text'] != e['text'].strip() or e['text'][0] in 'وبل"' and e['type'] not in ('ORG','ACTOR'): pass
        ids[e['id']] = e
    for t in d['times']:
        if text[t['start']:t['end']] != t['text']: bad('time span', t)
    tids = {t['id'] for t in d['times']}
    lines, o, spans = text.split('\n'), 0, []
    for l in lines:
        spans.append((o, o + len(l))); o += len(l) + 1
    for ev in d['events']:
        tr = ev['trigger']
        if text[tr['start']:tr['end']] != tr['text']: bad('trigger', ev['id'])
        s0, s1 = ev['sentence']
        if not (s0 <= tr['start'] < tr['end'] <= s1) or (s0, s1) not in spans: bad('sentence', ev['id'])
        if ev['time'] and ev['time'] not in tids: bad('time ref', ev['id'])
        if ev['location'] and ids.get(ev['location'], {}).get('type') != 'LOCATION': bad('loc ref', ev['id'])
        for w in ev['weapons']:
            if ids[w]['type'] != 'WEAPON': bad('weapon ref', ev['id'])
        for q in ev['quantities']:
            if ids[q]['type'] != 'QUANTITY': bad('qty ref', ev['id'])
        if ev['modality'] not in ('asserted', 'denied', 'expected', 'planned'): bad('modality')
    evids = {e['id'] for e in d['events']}
    for f in d['forces']:
        ev = f['evidence']
        if (ev['start'], ev['end']) not in spans: bad('evidence', f['id'])
        if f['status'] not in ('present','arrived','reinforced','withdrawn','attacked','controls','planned'): bad('status', f['id'])
        for x in f['events']:
            if x not in evids: bad('force event ref', f['id'])
    r = subprocess.run([sys.executable, SCORE, jp, jp, '--json'], capture_output=True, text=True)
    ov = json.loads(r.stdout)['overall']
    print('  self-score overall', ov)
    if ov != 1.0: bad('self score')
print('ALL OK' if ok else 'PROBLEMS')
