"""Texts as docx2txt writes the text of a Word file: every paragraph, each of the signature's lines
too, after a blank line. Written from vanban's own text form of pipe-text fixtures (one paragraph a
line), so each reads as the fixture it is written from:
- Chỉ thị 07 as a Word copy with `(Đã ký)` typed over the signer's name, as copies posted online have;
- Hợp đồng 15, signed by two parties (`ĐẠI DIỆN BÊN B` / position / name beside `ĐẠI DIỆN BÊN A` /
  `KT. CHỦ TỊCH` / …);
- Kế hoạch 45, whose appendix table's rows (`1 | … | Quý II/2024 |  |`, text's inline rows) stand
  apart too, two of them ending in an empty cell.
Run from the repository's root after `swift build`."""
import subprocess

def write(source, target, signed_over=None):
    text = subprocess.run([".build/debug/vanban", "parse", "--format", "text", "Fixtures/pipe-text/" + source],
                          check=True, capture_output=True, text=True).stdout
    lines = [l for l in text.split("\n") if l.strip()]
    if signed_over:
        k = lines.index(signed_over)
        lines[k:k] = ["(Đã ký)"]
    with open("Fixtures/text/" + target, "w", encoding="utf-8") as out:
        out.write("".join(l + "\n\n" for l in lines))

write("chi-thi-07-ct-ubnd-phong-chong-dich.txt", "chi-thi-07-ct-ubnd-da-ky-dong-trong.txt", signed_over="Bùi Đình Long")
write("hop-dong-15-2025-hd-ubnd-dai-dien-hai-ben.txt", "hop-dong-15-2025-hd-ubnd-dong-trong.txt")
write("ke-hoach-45-kh-ubnd-moi-cap-do.txt", "ke-hoach-45-kh-ubnd-dong-trong-bang.txt")
