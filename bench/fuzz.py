#!/usr/bin/env python3
"""Mutation fuzzing of the command line: damaged copies of the fixtures and corpus documents (bytes
flipped, inserted, cut; lines dropped, repeated, joined, split, recased; tags and spans broken in
pages; Word parts damaged inside their zip), each run through `parse` (and `parse --repair-utf8`,
which must read a damaged copy `parse` refuses), `check` and `tables`, and one renderer
(`--format outline|html|text|markdown|docx|odt`) whose output is parsed back.

Reports any run that crashes, hangs (30 s) or exits outside 0-4, and, for each document read,
output that breaks the contract: JSON that does not parse or fails Schemas/document.schema.json,
two runs that differ, a table row whose cells do not match its columns, a text's line number past
its last line. Each failing input is kept under OUT/bad/.

    python3 bench/fuzz.py [--seed 1] [--count 300] [--binary .build/debug/vanban] [--out /tmp/vanban-fuzz]

A debug build also stops on its assertions (text cut inside a character). Needs: jsonschema.
"""
import argparse, glob, io, json, os, random, re, shutil, subprocess, sys, zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOKENS = [b'|', b'\n|\n', b'\n\n', b'I. ', b'1. ', b'a) ', b'- ', b'+ ', 'Điều 1. '.encode(), 'PHỤ LỤC I\n'.encode(),
          'Nơi nhận:\n'.encode(), b'<table>', b'</td>', b'<tr>', b'<td colspan="99999">', b'<p>', b'\xe2\x80\x8b', b'\r', b'\t',
          b'\xff\xfe', b'\xef\xbb\xbf', b'\x00', 'Số: 12/KH-UBND\n'.encode(), 'ngày 31 tháng 02 năm 2025'.encode(), b'\xcc\x81',
          b'\xe1\xba', b'(', b')', b'"', b'\\r\\n']
LINES = ['|', '', 'I. NỘI DUNG', '1. Mục tiêu', 'a) Tổ chức', '- Sở Nội vụ;', '+ Phòng Tư pháp;', 'Điều 1. Phạm vi', 'PHỤ LỤC I',
         'Nơi nhận:', 'KT. CHỦ TỊCH', 'STT | Nội dung | Thời gian |', '1 | Làm việc | 2025 |', '---|---', 'Số: 12/KH-UBND',
         'Hà Nội, ngày 31 tháng 02 năm 2025', 'KẾ HOẠCH', 'QUYẾT ĐỊNH:', '(Kèm theo Kế hoạch số 12/KH-UBND ngày 01/01/2025)',
         '\\r\\n', 'Chương I', '*']
# Renderer formats, with the extension their output is read back under ('' : not read back).
RENDERERS = [('outline', ''), ('html', '.html'), ('text', '.txt'), ('markdown', '.md'), ('docx', '.docx'), ('odt', '.odt')]
TAGS = ['<table>', '</table>', '<tr>', '</tr>', '<td>', '</td>', '<td colspan="40">', '<td rowspan="30">', '<td colspan="0">',
        '<th colspan="99999999999">', '<br>', '<p>', '</p>', '<b>', '</b>', '<table><tr><td><table><tr><td>', '&#7879;',
        '&#xFFFF;', '&#0;', '&nbsp;', '<!--', '<script>', '<sup>1</sup>', '<ol><li>']


def mutate_bytes(r, d):
    d = bytearray(d)
    for _ in range(r.randint(1, 8)):
        n = len(d)
        if n == 0:
            d += r.choice(TOKENS)
            continue
        i, op = r.randrange(n), r.randrange(8)
        if op == 0: d[i] = r.randrange(256)
        elif op == 1: d[i:i] = r.choice(TOKENS)
        elif op == 2: del d[i:i + r.randint(1, 200)]
        elif op == 3: d = d[:i]
        elif op == 4: j = r.randrange(n); d[i:i] = d[j:j + r.randint(1, 2000)]
        elif op == 5: d[i:i] = r.choice(TOKENS) * r.randint(2, 300)
        elif op == 6: d[i:i] = bytes(r.randrange(256) for _ in range(r.randint(1, 30)))
        else: d = d.replace(b'\n', b'\r\n') if r.random() < .5 else d.replace(b'|', b'')
    return bytes(d)


def mutate_lines(r, d):
    lines = d.decode('utf-8', 'replace').split('\n')
    for _ in range(r.randint(1, 10)):
        n = len(lines)
        i, op = r.randrange(max(n, 1)), r.randrange(8)
        if op == 0 and n: del lines[i:i + r.randint(1, 20)]
        elif op == 1: lines.insert(i, r.choice(LINES))
        elif op == 2 and n: lines[i:i] = lines[r.randrange(n):][:r.randint(1, 30)]
        elif op == 3 and n > 1: j = r.randrange(n); lines[i], lines[j] = lines[j], lines[i]
        elif op == 4 and i + 1 < n: lines[i:i + 2] = [lines[i] + ' ' + lines[i + 1]]
        elif op == 5 and n and len(lines[i]) > 4: c = r.randrange(1, len(lines[i])); lines[i:i + 1] = [lines[i][:c], lines[i][c:]]
        elif op == 6 and n: lines[i] = lines[i].upper() if r.random() < .5 else lines[i].lower()
        elif op == 7: lines = lines[:i]
    return '\n'.join(lines).encode()


def mutate_tags(r, d):
    t = d.decode('utf-8', 'replace')
    for _ in range(r.randint(1, 12)):
        tags = [m.start() for m in re.finditer('<', t)]
        if not tags: break
        i, op = r.choice(tags), r.randrange(5)
        if op == 0: t = t[:i] + r.choice(TAGS) + t[i:]
        elif op == 1: j = t.find('>', i); t = t[:i] + t[j + 1:] if j > 0 else t
        elif op == 2: t = t[:i]
        elif op == 3: j = r.choice(tags); a, b = min(i, j), max(i, j); t = t[:b] + t[a:b][:5000] + t[b:]
        else: t = t[:i] + r.choice(TAGS) * r.randint(10, 400) + t[i:]
    return t.encode()


def mutate(r, path, d):
    if path.endswith(('.docx', '.odt')) and r.random() < .5:
        try:
            zi, buf = zipfile.ZipFile(io.BytesIO(d)), io.BytesIO()
            with zipfile.ZipFile(buf, 'w') as zo:
                for item in zi.infolist():
                    c = zi.read(item.filename)
                    if item.filename.endswith(('document.xml', 'content.xml')): c = mutate_tags(r, c) if r.random() < .5 else mutate_bytes(r, c)
                    zo.writestr(item, c)
            return buf.getvalue()
        except Exception:
            pass
    if path.endswith(('.html', '.htm')) and r.random() < .5: return mutate_tags(r, d)
    if path.endswith(('.txt', '.md')) and r.random() < .5: return mutate_lines(r, d)
    return mutate_bytes(r, d)


def tables(x):
    if isinstance(x, dict):
        if 'columns' in x and 'rows' in x: yield x
        for v in x.values(): yield from tables(v)
    elif isinstance(x, list):
        for v in x: yield from tables(v)


def lines_of(x, path=()):
    if isinstance(x, dict):
        for k, v in x.items():
            if k in ('line', 'end_line') and isinstance(v, int): yield path + (k,), v
            else: yield from lines_of(v, path + (k,))
    elif isinstance(x, list):
        for i, v in enumerate(x): yield from lines_of(v, path + (i,))


def main():
    a = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    a.add_argument('--seed', type=int, default=1)
    a.add_argument('--count', type=int, default=300)
    a.add_argument('--binary', default=os.path.join(ROOT, '.build/debug/vanban'))
    a.add_argument('--out', default='/tmp/vanban-fuzz')
    o = a.parse_args()
    import jsonschema
    schema = json.load(open(os.path.join(ROOT, 'Schemas/document.schema.json')))
    validator = jsonschema.validators.validator_for(schema)(schema)
    kinds = ('.txt', '.md', '.html', '.htm', '.docx', '.doc', '.odt', '.rtf')
    seeds = sorted(f for f in glob.glob(os.path.join(ROOT, 'Fixtures/**/*'), recursive=True) if f.endswith(kinds))
    seeds += sorted(f for f in glob.glob(os.path.join(ROOT, '../shared/corpus/**/*'), recursive=True)
                    if f.endswith(kinds) and not f.endswith('.source.txt'))
    r = random.Random(o.seed)
    shutil.rmtree(o.out, ignore_errors=True)
    os.makedirs(o.out + '/bad')
    problems = 0

    def report(what, case):
        nonlocal problems
        problems += 1
        print(what, flush=True)
        shutil.copy(case, o.out + '/bad/')

    def run(args, case):
        try:
            p = subprocess.run([o.binary] + args + [case], capture_output=True, timeout=30)
        except subprocess.TimeoutExpired:
            return None
        return p

    for k in range(o.count):
        source = r.choice(seeds)
        case = f'{o.out}/case-{k:05d}{os.path.splitext(source)[1]}'
        data = mutate(r, source, open(source, 'rb').read())
        open(case, 'wb').write(data)
        first = None
        # A damaged copy that parse refuses is read with --repair-utf8 (any other input as without it).
        p = run(['parse', '--format', 'json', '--repair-utf8'], case)
        if p is None or p.returncode < 0 or p.returncode > 4:
            report(f'{case} (from {os.path.relpath(source, ROOT)}): parse --repair-utf8: '
                   + ('hung' if p is None else f'exit {p.returncode}: {p.stderr[-300:].decode("utf-8", "replace")}'), case)
        elif p.returncode == 2 and b'(a damaged copy)' in p.stderr:
            report(f'{case}: parse --repair-utf8 refused a damaged copy: {p.stderr[-300:].decode("utf-8", "replace")}', case)
        elif p.returncode in (0, 1):
            try:
                errors = list(validator.iter_errors(json.loads(p.stdout)))
                if errors:
                    report(f'{case}: parse --repair-utf8: schema: {errors[0].message[:200]}', case)
            except ValueError as e:
                report(f'{case}: parse --repair-utf8: JSON does not parse: {e}', case)
        for args in (['parse', '--format', 'json'], ['parse', '--format', 'json'], ['check', '--format', 'sarif'], ['tables', '--long']):
            p = run(args, case)
            if p is None or p.returncode < 0 or p.returncode > 4:
                report(f'{case} (from {os.path.relpath(source, ROOT)}): {" ".join(args)}: '
                       + ('hung' if p is None else f'exit {p.returncode}: {p.stderr[-300:].decode("utf-8", "replace")}'), case)
                break
            if args[0] == 'parse' and p.returncode in (0, 1):
                if first is None:
                    first, first_code = p.stdout, p.returncode
                    continue
                if p.stdout != first:
                    report(f'{case}: two runs differ', case)
                    break
                try:
                    doc = json.loads(first)
                except ValueError as e:
                    report(f'{case}: JSON does not parse: {e}', case)
                    break
                errors = list(validator.iter_errors(doc))
                if errors:
                    report(f'{case}: schema: {errors[0].message[:200]} at {list(errors[0].absolute_path)}', case)
                for t in tables(doc):
                    if any(len(row['cells']) != len(t['columns']) for row in t['rows']):
                        report(f'{case}: a row of the table at line {t.get("line")} does not match its columns', case)
                        break
                if case.endswith(('.txt', '.md')):
                    last = data.replace(b'\r\n', b'\n').replace(b'\r', b'\n').count(b'\n') + 1
                    past = [(path, n) for path, n in lines_of(doc) if n > last or n < 1]
                    if past:
                        report(f'{case}: line {past[0][1]} at {"/".join(map(str, past[0][0]))}, the text has {last}', case)
                # One of the renderers, and its output read back (the form it is written in).
                fmt, ext = random.Random(o.seed * 7919 + k).choice(RENDERERS)
                p = run(['parse', '--format', fmt], case)
                if p is None or p.returncode != first_code:
                    report(f'{case}: parse --format {fmt}: ' + ('hung' if p is None else f'exit {p.returncode}, json gave {first_code}: '
                           + p.stderr[-300:].decode('utf-8', 'replace')), case)
                    break
                if ext:
                    back = f'{case}.{fmt}{ext}'
                    open(back, 'wb').write(p.stdout)
                    q = run(['parse', '--format', 'json'], back)
                    if q is None or q.returncode < 0 or q.returncode > 4:
                        report(f'{back} (the {fmt} of {case}): parse: ' + ('hung' if q is None else f'exit {q.returncode}: '
                               + q.stderr[-300:].decode('utf-8', 'replace')), back)
                    os.remove(back)
    print(f'{o.count} inputs, {problems} problems')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
