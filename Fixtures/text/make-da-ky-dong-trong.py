"""Chỉ thị 07 as docx2txt writes the text of a Word copy that has `(Đã ký)` typed over the signer's
name, as copies posted online do: every paragraph, each of the signature's lines too, after a blank
line. Written from vanban's own text form of the pipe-text fixture (one paragraph a line), so it
reads as that fixture. Run from the repository's root after `swift build`."""
import subprocess

source = "Fixtures/pipe-text/chi-thi-07-ct-ubnd-phong-chong-dich.txt"
text = subprocess.run([".build/debug/vanban", "parse", "--format", "text", source],
                      check=True, capture_output=True, text=True).stdout
lines = [l for l in text.split("\n") if l.strip()]
name = lines[-1]
assert name == "Bùi Đình Long", name
lines[-1:] = ["(Đã ký)", name]
with open("Fixtures/text/chi-thi-07-ct-ubnd-da-ky-dong-trong.txt", "w", encoding="utf-8") as out:
    out.write("".join(l + "\n\n" for l in lines))
