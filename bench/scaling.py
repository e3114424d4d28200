#!/usr/bin/env python3
"""Growth of parse time with the size of one document, shape by shape: each shape (a paragraph of
many lines, a table of many rows, many appendices, deep nesting …) is written at n and 4n and
parsed; a time that grows much faster than the input (more than 7x for 4x) is flagged. A timed
check belongs here, not in the tests.

Usage: bench/scaling.py [VANBAN] [SHAPE …]   (VANBAN defaults to .build/release/vanban)
"""
import sys, subprocess, time, os, tempfile
args = sys.argv[1:]
B = args.pop(0) if args and os.path.sep in args[0] else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '.build', 'release', 'vanban')
work = tempfile.mkdtemp()
H='CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nKẾ HOẠCH\nThử nghiệm\n'
def numbered_lines(n): return H + ''.join(f'{i}. Mục {i}\n' for i in range(1,n))
def long_line(n): return H + 'I. A\n' + ' '.join(['nhiệm vụ'] * n) + '.\n'
def wide_row(n): return H + 'PHỤ LỤC\nBẢNG\n' + 'TT\n|\n' + ''.join(f'Cột {i}\n|\n' for i in range(n)) + '1\n|\n' + ''.join(f'ô {i}\n|\n' for i in range(n))
def empty_cells(n): return H + 'PHỤ LỤC\nBẢNG\nTT\n|\nNội dung\n|\n' + '|\n' * n
def bases(n): return H.replace('KẾ HOẠCH','QUYẾT ĐỊNH') + ''.join(f'Căn cứ Nghị định số {i}/2020/NĐ-CP ngày 01 tháng 01 năm 2020;\n' for i in range(1,n)) + 'QUYẾT ĐỊNH:\nĐiều 1. A.\n'
def pipe_par(n): return H + 'I. MỤC ĐÍCH\n1. Nội dung\n' + ''.join('các cơ quan thực hiện nhiệm vụ được giao theo kế hoạch này\n' for _ in range(n))
def text_par(n): return H + '\nI. MỤC ĐÍCH\n\n' + ''.join('các cơ quan thực hiện nhiệm vụ được giao theo kế hoạch này\n' for _ in range(n))
def pipe_rows(n): return H + 'PHỤ LỤC\nBẢNG\nTT\n|\nNội dung\n|\nCơ quan\n|\n' + ''.join(f'{i}\n|\nViệc {i}\n|\nSở {i}\n|\n' for i in range(1,n))
def pipe_cell(n): return H + 'PHỤ LỤC\nBẢNG\nTT\n|\nNội dung\n|\n1\n|\n' + ''.join('- dòng của ô\n' for _ in range(n)) + '|\n'
def inline_rows(n): return H + 'TT | Nội dung | Cơ quan |\n' + ''.join(f'{i} | Việc {i} | Sở {i} |\n' for i in range(1,n))
def appendices(n): return H + 'I. A\n' + ''.join(f'PHỤ LỤC {i}\nNỘI DUNG {i}\n' for i in range(1,n))
def recipients(n): return H + 'I. A\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\nNơi nhận:\n' + ''.join(f'- Sở {i};\n' for i in range(1,n))
def articles(n): return H.replace('KẾ HOẠCH','QUYẾT ĐỊNH') + 'QUYẾT ĐỊNH:\n' + ''.join(f'Điều {i}. Nội dung {i}\n1. Khoản một.\na) Điểm a.\n' for i in range(1,n))
def dashes(n): return H + 'I. A\n1. B\n' + ''.join('- ý\n+ ý nhỏ\n' for _ in range(n))
def html_pars(n): return '<html><body><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>KẾ HOẠCH</p>' + ''.join(f'<p>{i}. Đoạn {i}</p>\n' for i in range(1,n)) + '</body></html>'
def html_rows(n): return '<html><body><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>KẾ HOẠCH</p><table><tr><td>TT</td><td>Nội dung</td></tr>' + ''.join(f'<tr><td>{i}</td><td>Việc {i}</td></tr>\n' for i in range(1,n)) + '</table></body></html>'
def html_brs(n): return '<html><body><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>KẾ HOẠCH</p><table><tr><td>TT</td><td>Nội dung</td></tr><tr><td>1</td><td>' + 'dòng<br>'*n + '</td></tr></table></body></html>'
def html_spans(n): return '<html><body><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>KẾ HOẠCH</p><p>' + '<span>chữ </span>'*n + '</p></body></html>'
def html_nest(n): return '<html><body><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>KẾ HOẠCH</p>' + '<div>'*n + 'sâu' + '</div>'*n + '</body></html>'
def html_span_nest(n): return '<html><body><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>KẾ HOẠCH</p><p>' + '<b>'*n + 'sâu' + '</b>'*n + '</p></body></html>'
def unmarked(n): return 'CONG HOA XA HOI CHU NGHIA VIET NAM\nDoc lap - Tu do - Hanh phuc\nSo: 12/KH-UBND\nKE HOACH\nThu nghiem\n' + ''.join(f'{i}. Cac co quan thuc hien nhiem vu theo Ke hoach so {i} ngay 01 thang 01 nam 2020\n' for i in range(1,n))
# One long line of agency words and codes, whose context (a line's start, a number's start) is looked back for.
def unmarked_line(n): return 'CONG HOA XA HOI CHU NGHIA VIET NAM\nSo: 12/KH-UBND\nKE HOACH\n' + ' '.join(['TINH SO 15/QD-UBND MAT THU TRUONG'] * n) + '\n'
shapes=[unmarked,unmarked_line,numbered_lines,long_line,wide_row,empty_cells,bases,pipe_par,text_par,pipe_rows,pipe_cell,inline_rows,appendices,recipients,articles,dashes,html_pars,html_rows,html_brs,html_spans,html_nest,html_span_nest]
sel=args
runs=[(g, None) for g in shapes] + [(g, form) for g in (pipe_rows, articles, dashes) for form in ('docx', 'odt')]
for g, rendered in runs:
    if sel and g.__name__ not in sel: continue
    ts=[]
    for n in (5000, 20000):
        ext='.html' if g.__name__.startswith('html') else '.txt'
        p=os.path.join(work, g.__name__ + ext); open(p,'w').write(g(n))
        if rendered:
            # The same shape as a Word file and an OpenDocument text, written by vanban itself.
            q=os.path.join(work, g.__name__ + '.' + rendered)
            with open(q,'wb') as out: subprocess.run([B,'parse','--format',rendered,p],stdout=out,check=True)
            p=q
        t=time.time(); r=subprocess.run([B,'parse','--format','json',p],capture_output=True); dt=time.time()-t
        ts.append((dt,r.returncode,r.stderr[-120:]))
    ratio=ts[1][0]/max(ts[0][0],1e-3)
    flag='  <-- superlinear' if ratio>7 and ts[1][0]>0.2 else ''
    print(f'{g.__name__ + (" as " + rendered if rendered else ""):20s} {ts[0][0]:.3f}s {ts[1][0]:.3f}s x{ratio:.1f} rc={ts[0][1]},{ts[1][1]}{flag}', ts[1][2] if ts[1][1] not in (0,) else '')
