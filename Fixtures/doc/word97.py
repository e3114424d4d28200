"""The parts of a Word 97-2003 file that the fixture scripts share, written from the specs ([MS-CFB],
[MS-DOC]) with the standard library only: paragraph properties (PAPX) on one FKP page, the FIB's
fc/lcb pairs, and the OLE compound file around the WordDocument and 1Table streams."""
import struct

# FibRgFcLcb97 pairs (fc, lcb) by offset in the WordDocument stream.
STSHF, PLCF_SED, PLCF_BTE_CHPX, PLCF_BTE_PAPX, STTBF_FFN, CLX, PLF_LST, PLF_LFO = 0xA2, 0xCA, 0xFA, 0x102, 0x112, 0x1A2, 0x2E2, 0x2EA


def papx(grpprl):
    """A PAPX as an FKP holds it: a size byte (in words), then the istd and the sprms, padded."""
    cb = (len(grpprl) + 2) // 2
    return bytes([cb]) + grpprl + bytes(2 * cb - 1 - len(grpprl))


def fkp_page(runs, papx_of):
    """One PAPX FKP page: the runs' FCs, a word offset per run, the distinct PAPXs at even offsets.
    `runs` are [fc_start, fc_end, key]; `papx_of` maps each key to its PAPX bytes."""
    crun = len(runs)
    page = bytearray(512)
    for k, r in enumerate(runs):
        struct.pack_into("<I", page, 4 * k, r[0])
    struct.pack_into("<I", page, 4 * crun, runs[-1][1])
    at = 4 * (crun + 1) + 13 * crun
    at += at % 2
    offsets = {}
    for key, data in papx_of.items():
        offsets[key] = at
        page[at:at + len(data)] = data
        at += len(data) + len(data) % 2
    assert at < 511
    for k, r in enumerate(runs):
        page[4 * (crun + 1) + 13 * k] = offsets[r[2]] // 2
    page[511] = crun
    return page


def chpx_page(runs, grpprl_of):
    """One CHPX FKP page: the runs' FCs, a byte per run (the word offset of its CHPX, 0 for none),
    then each distinct CHPX (a size byte and its sprms) at an even offset."""
    crun = len(runs)
    page = bytearray(512)
    for k, r in enumerate(runs):
        struct.pack_into("<I", page, 4 * k, r[0])
    struct.pack_into("<I", page, 4 * crun, runs[-1][1])
    at = 4 * (crun + 1) + crun
    at += at % 2
    offsets = {}
    for key, grpprl in grpprl_of.items():
        if not grpprl:
            offsets[key] = 0
            continue
        offsets[key] = at
        page[at:at + 1 + len(grpprl)] = bytes([len(grpprl)]) + grpprl
        at += 1 + len(grpprl)
        at += at % 2
    assert at < 511
    for k, r in enumerate(runs):
        page[4 * (crun + 1) + k] = offsets[r[2]] // 2
    page[511] = crun
    return page


def font_table(names):
    """SttbfFfn: a count, no extra data, then one FFN per font: its size less one, the fixed fields
    (flags, weight, charset, panose, signature: 39 bytes), the name in UTF-16 with its terminator."""
    out = struct.pack("<HH", len(names), 0)
    for name in names:
        body = bytes([0x04]) + struct.pack("<H", 400) + bytes(2) + bytes(10) + bytes(24) + (name + "\0").encode("utf-16-le")
        out += bytes([len(body)]) + body
    return out


def fkp_pages(runs, papx_of, first_page):
    """As many FKP pages as the runs need, and the bin table (PlcBtePapx) naming them: the first FC
    of each page, the end of the last, then the pages' numbers from `first_page` on."""
    pages, starts = [], []
    k = 0
    while k < len(runs):
        keys, n = [], 0
        while k + n < len(runs):
            trial = keys + ([runs[k + n][2]] if runs[k + n][2] not in keys else [])
            c = n + 1
            size = 4 * (c + 1) + 13 * c
            size += size % 2 + sum(len(papx_of[x]) + len(papx_of[x]) % 2 for x in trial)
            if size >= 511: break
            keys, n = trial, c
        assert n > 0
        chunk = runs[k:k + n]
        pages.append(fkp_page(chunk, {x: papx_of[x] for x in keys}))
        starts.append(chunk[0][0])
        k += n
    bte = b"".join(struct.pack("<I", fc) for fc in starts + [runs[-1][1]])
    bte += b"".join(struct.pack("<I", first_page + i) for i in range(len(pages)))
    return b"".join(pages), bte


def fib(wd, ccp, pairs, rg_fc_lcb=None):
    """The FIB fields the readers use: identification, the 1Table flag, the text length, and the
    fc/lcb pairs given as {offset: (fc, lcb)}; `rg_fc_lcb` sets how many pairs the FIB holds."""
    struct.pack_into("<HH", wd, 0, 0xA5EC, 0x00C1)
    struct.pack_into("<H", wd, 0x0A, 0x0200)
    struct.pack_into("<i", wd, 0x4C, ccp)
    if rg_fc_lcb is not None:
        struct.pack_into("<H", wd, 0x98, rg_fc_lcb)
    for offset, (fc, lcb) in pairs.items():
        struct.pack_into("<II", wd, offset, fc, lcb)


def compound_file(wd, table):
    """The compound file: header, one FAT sector, one directory sector, then the two streams, each
    padded to 4 KiB or more (regular sectors: no mini stream needed)."""
    wd, table = bytearray(wd), bytearray(table)
    while len(wd) < 4096 or len(wd) % 512: wd.append(0)
    while len(table) < 4096 or len(table) % 512: table.append(0)
    FREE, END, FATSECT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
    wd_start, wd_n = 2, len(wd) // 512
    tb_start, tb_n = wd_start + wd_n, len(table) // 512
    fat = [FATSECT, END] + [wd_start + k + 1 for k in range(wd_n - 1)] + [END] + [tb_start + k + 1 for k in range(tb_n - 1)] + [END]
    assert len(fat) <= 128
    fat += [FREE] * (128 - len(fat))

    def entry(name, kind, left, right, child, start, size):
        n = (name + "\0").encode("utf-16-le")
        e = bytearray(128)
        e[0:len(n)] = n
        struct.pack_into("<HBB", e, 0x40, len(n), kind, 1)
        struct.pack_into("<III", e, 0x44, left, right, child)
        struct.pack_into("<II", e, 0x74, start, size)
        return bytes(e)

    directory = (entry("Root Entry", 5, FREE, FREE, 1, END, 0)
                 + entry("WordDocument", 2, 2, FREE, FREE, wd_start, len(wd))
                 + entry("1Table", 2, FREE, FREE, FREE, tb_start, len(table))
                 + bytes(128))
    header = bytearray(512)
    header[0:8] = bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    struct.pack_into("<HHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9)
    struct.pack_into("<H", header, 0x20, 6)
    struct.pack_into("<IIIIIIII", header, 0x28, 0, 1, 1, 0, 4096, END, 0, END)
    struct.pack_into("<I", header, 0x48, 0)
    for k in range(109): struct.pack_into("<I", header, 0x4C + 4 * k, 0 if k == 0 else FREE)
    return bytes(header) + b"".join(struct.pack("<I", f) for f in fat) + directory + bytes(wd) + bytes(table)


def a4_sepx():
    """One section's properties (SEPX) as the WordDocument stream holds them: A4, margins 20 / 20 /
    30 / 15 mm (top, bottom, left, right), in twips."""
    grpprl = b"".join(struct.pack("<Hh", sprm, v) for sprm, v in
                      [(0xB01F, 11906), (0xB020, 16838), (0x9023, 1134), (0x9024, 1134), (0xB021, 1701), (0xB022, 851)])
    return struct.pack("<H", len(grpprl)) + grpprl


def plcf_sed(ccp, sepx_at):
    """The section table (PlcfSed): one section over the whole text, its SEPX at `sepx_at`."""
    return struct.pack("<ii", 0, ccp) + struct.pack("<HiHi", 0, sepx_at, 0, -1)


def plcf_bte(runs, page):
    """The paragraph properties' bin table (PlcfBtePapx): one FKP page over the runs."""
    return struct.pack("<II", runs[0][0], runs[-1][1]) + struct.pack("<I", page)


def put(table, data):
    """Appends `data` to the table stream; its (fc, lcb) pair for the FIB."""
    at = len(table)
    table += data
    return at, len(data)
