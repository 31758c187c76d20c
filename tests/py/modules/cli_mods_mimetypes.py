# mimetypes: guessing types and extensions from the built-in tables
import io
import os
import tempfile
import mimetypes

# keep the test independent of the system's mime.types files
mimetypes.knownfiles = []
mimetypes.init()
print(mimetypes.inited)

names = ["a.html", "A.HTML", "x.htm", "doc.txt", "pic.JPG", "pic.jpeg", "s.svg",
         "s.svgz", "arch.tar.gz", "arch.tgz", "arch.TGZ", "arch.tar.Z",
         "arch.tar.bz2", "arch.tbz2", "a.txz", "f.br", "x.gz", "x.GZ", "noext",
         ".bashrc", "dir.d/file", "script.py", "data.json", "m.mjs",
         "movie.mp4", "snd.mp3", "x.unknownext", "p.pdf", "a.rtf", "song.mid",
         "x.xul", "img.pict", "x.csv", "x.wasm", "x.webp", "x.avif", "x.md",
         "/usr/share/doc/README.rst", "C:\\path\\file.css", "x.tar.gz.gz"]
for n in names:
    print(n, mimetypes.guess_type(n), mimetypes.guess_type(n, strict=False))

urls = ["http://example.com/index.html", "https://example.com/a/b.png?x=1#f",
        "http://example.com/", "file:///tmp/x.tar.gz", "ftp://h/x.Z",
        "data:,Hello", "data:text/html;base64,PGgxPg==",
        "data:text/plain;charset=utf-8,abc", "data:;base64,AA==",
        "data:image/png", "data:foo=bar,x", "c:/path/x.txt",
        "http://example.com/x.jpg", "mailto:someone@example.com"]
for u in urls:
    print(u, mimetypes.guess_type(u), mimetypes.guess_type(u, strict=False))

from pathlib import PurePosixPath
print(mimetypes.guess_type(PurePosixPath("dir/file.xml")))
print(mimetypes.guess_file_type("x.html"), mimetypes.guess_file_type(b"x.png"),
      mimetypes.guess_file_type("x.jpg", strict=False))

for t in ["text/html", "TEXT/HTML", "image/jpeg", "image/jpg", "text/plain",
          "application/octet-stream", "application/x-unknown", "audio/midi",
          "application/rtf", "text/rtf", "video/mpeg", "application/xml",
          "text/javascript", "image/pict"]:
    print(t, mimetypes.guess_extension(t), mimetypes.guess_extension(t, strict=False),
          mimetypes.guess_all_extensions(t), mimetypes.guess_all_extensions(t, strict=False))

# add_type on the module database
mimetypes.add_type("application/x-weft", ".weft")
mimetypes.add_type("application/x-weft", ".wft")
mimetypes.add_type("text/x-loose", ".loose", strict=False)
mimetypes.add_type("text/x-override", ".txt")
print(mimetypes.guess_type("a.weft"), mimetypes.guess_extension("application/x-weft"),
      mimetypes.guess_all_extensions("application/x-weft"))
print(mimetypes.guess_type("a.loose"), mimetypes.guess_type("a.loose", strict=False))
print(mimetypes.guess_type("a.txt"), mimetypes.guess_all_extensions("text/plain")[:3])
print(mimetypes.types_map[".weft"], mimetypes.common_types[".loose"])
print(sorted(mimetypes.suffix_map.items()))
print(sorted(mimetypes.encodings_map.items()))
print(len(mimetypes.types_map) >= 150, len(mimetypes.common_types))

# a private MimeTypes instance, reading mime.types-format data
db = mimetypes.MimeTypes()
print(db.guess_type("a.weft"), db.guess_type("a.txt"))
db.readfp(io.StringIO(
    "# comment line\n"
    "application/x-foo   foo  fo # trailing comment\n"
    "\n"
    "text/x-bar bar\n"
    "application/x-nothing\n"
    "text/x-bar   baz\n"), strict=True)
print(db.guess_type("x.foo"), db.guess_type("x.FO"), db.guess_type("x.baz"))
print(db.guess_all_extensions("text/x-bar"), db.guess_extension("application/x-nothing"))
db.readfp(io.StringIO("text/x-lenient len\n"), strict=False)
print(db.guess_type("a.len"), db.guess_type("a.len", False))
db.add_type("image/x-new", ".nw", strict=False)
print(db.types_map[False][".nw"], db.types_map_inv[False]["image/x-new"])
db.suffix_map[".weird"] = ".tar.gz"
db.encodings_map[".zz"] = "zzip"
print(db.guess_type("f.weird"), db.guess_type("f.html.zz"))

tmp = tempfile.mkdtemp()
try:
    fn = os.path.join(tmp, "my.types")
    with open(fn, "w", encoding="utf-8") as f:
        f.write("application/x-custom cst custom\n#x/y z\ntext/html html5\n")
    d = mimetypes.read_mime_types(fn)
    print(d[".cst"], d[".custom"], d[".html5"], ".z" in d, d[".html"])
    print(mimetypes.read_mime_types(os.path.join(tmp, "missing.types")))
    db2 = mimetypes.MimeTypes([fn])
    print(db2.guess_type("x.cst"), db2.guess_all_extensions("text/html"))
    db3 = mimetypes.MimeTypes([fn], strict=False)
    print(db3.guess_type("x.cst"), db3.guess_type("x.cst", strict=False))
    db3.read(fn)
    print(db3.guess_type("x.cst"))
    # init() with extra files builds a fresh database including them
    mimetypes.init([fn])
    print(mimetypes.guess_type("y.custom"), mimetypes.guess_type("a.weft"))
    # init(files) again only adds to the existing database
    fn2 = os.path.join(tmp, "more.types")
    with open(fn2, "w", encoding="utf-8") as f:
        f.write("text/x-more more\n")
    mimetypes.init([fn2, os.path.join(tmp, "absent")])
    print(mimetypes.guess_type("y.custom"), mimetypes.guess_type("y.more"))
    try:
        db.read(os.path.join(tmp, "absent"))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)
finally:
    import shutil
    shutil.rmtree(tmp)

try:
    mimetypes.guess_type(42)
except TypeError as e:
    print(type(e).__name__)
try:
    mimetypes.guess_extension(None)
except AttributeError as e:
    print(type(e).__name__)
print(mimetypes.__all__)
