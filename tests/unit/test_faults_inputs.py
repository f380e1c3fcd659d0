"""Bad, awkward and hostile input files, through the real indexer and catalog.

What is asserted is catalog state and stored vectors: every good file's stored vector is the
model's vector of that very file (so no failure shifted vectors onto neighbours), every bad
file is counted once as failed with a readable reason, and non-photo files leave no trace.
"""

from __future__ import annotations

import io
import os
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import EpsImagePlugin, Image

from mclip_desktop.core import images
from mclip_desktop.core.errors import ImageReadError
from mclip_desktop.core.library import Library, LibraryConfig
from tests.conftest import TINY_IMAGE, TINY_TEXT
from tests.support import synthetic

# Each test builds a Library: load each tiny model once per module, not per call.
pytestmark = pytest.mark.usefixtures("models_loaded_once")


# -- making files ------------------------------------------------------------------------


def photo(i: int, size: tuple[int, int] = (160, 120)) -> Image.Image:
    colour = synthetic.COLOURS[i % 4]
    shape = synthetic.SHAPES[(i // 4) % 4]
    return synthetic.make_photo(colour, shape, width=size[0], height=size[1], seed=i)


def encoded(im: Image.Image, fmt: str = "JPEG", **options: object) -> bytes:
    buf = io.BytesIO()
    im.save(buf, fmt, **options)
    return buf.getvalue()


def jpeg_cut_after_header(data: bytes) -> bytes:
    """The JPEG up to and including its start-of-scan header: no compressed data at all."""
    sos = data.index(b"\xff\xda")
    (length,) = struct.unpack(">H", data[sos + 2 : sos + 4])
    return data[: sos + 2 + length]


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_bomb(width: int = 30_000, height: int = 30_000) -> bytes:
    """A complete, valid 1-bit greyscale PNG of width x height pixels, tiny on disk."""
    row = b"\0" * (1 + (width + 7) // 8)
    compressor = zlib.compressobj(9)
    rows_per_step = 1000
    parts = [compressor.compress(row * rows_per_step) for _ in range(height // rows_per_step)]
    parts.append(compressor.compress(row * (height % rows_per_step)))
    parts.append(compressor.flush())
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", b"".join(parts))
        + png_chunk(b"IEND", b"")
    )


def eps_file() -> bytes:
    return (
        b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\n"
        b"newpath 0 0 moveto 10 10 lineto stroke\nshowpage\n%%EOF\n"
    )


def with_orientation(im: Image.Image, orientation: int) -> bytes:
    exif = Image.Exif()
    exif[0x0112] = orientation
    return encoded(im, "JPEG", quality=92, exif=exif.tobytes())


# -- checking ----------------------------------------------------------------------------


def open_library(data: Path) -> Library:
    return Library(LibraryConfig(data, str(TINY_IMAGE), str(TINY_TEXT)))


def index_folder(data: Path, folder: Path, **options: object):
    with open_library(data) as library:
        chosen = library.add_folder(folder)
        return library.indexer(**options).run([chosen])


def assert_vectors_are_their_own(library: Library, paths: list[Path]) -> None:
    """Each file's stored vector is the model's vector of that file's content."""
    encoder = library.image_encoder()
    pixels = [images.decode_photo(p.read_bytes(), encoder.preprocessing).pixels for p in paths]
    fresh = encoder.encode(images.stack(pixels))
    for path, vector in zip(paths, fresh, strict=True):
        stored = library.catalog.vector_of_path(str(path), library.image_model_id)
        assert stored is not None, f"{path.name} has no stored vector"
        assert float(np.dot(stored, vector)) > 0.9999, f"{path.name} carries another vector"


def statuses(library: Library) -> dict[str, tuple[str, str | None]]:
    rows = library.catalog._db.execute("SELECT path, status, error FROM files")
    return {os.path.basename(r[0]): (r[1], r[2]) for r in rows}


# -- 1. bad files in one batch -----------------------------------------------------------

BAD_FILES = {
    "empty.jpg": (lambda good: b"", "empty"),
    "cut after header.jpg": (jpeg_cut_after_header, "truncated"),
    "shopping list.jpg": (lambda good: b"eggs, milk, flour\n" * 20, "not a photo format"),
    "noise.png": (lambda good: np.random.default_rng(7).bytes(6000), "not a photo format"),
    "bomb.png": (lambda good: png_bomb(), "too many pixels"),
    "postscript.jpg": (lambda good: eps_file(), "not a photo format"),
    "icon.png": (lambda good: encoded(photo(0, (32, 32)), "ICO"), "not a photo format"),
    "pdf.jpg": (
        lambda good: b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF",
        "not a photo format",
    ),
    "png header only.png": (lambda good: encoded(photo(1), "PNG")[:60], "truncated"),
}


def test_bad_files_fail_with_reasons_and_leave_every_neighbour_its_own_vector(
    tmp_path, monkeypatch
):
    # Ghostscript must never run on a file that claims to be a photo.
    monkeypatch.setattr(
        EpsImagePlugin, "Ghostscript", lambda *a, **k: pytest.fail("Ghostscript was called")
    )
    folder = tmp_path / "photos"
    folder.mkdir()
    good_bytes = encoded(photo(99), "JPEG", quality=90)
    good: list[Path] = []
    # Interleave: bad files sort between good ones, and batches are small, so every batch
    # mixes both kinds.
    for i in range(12):
        path = folder / f"{i:02d} good.jpg"
        path.write_bytes(encoded(photo(i), "JPEG", quality=90))
        good.append(path)
    for n, (name, (make, _)) in enumerate(BAD_FILES.items()):
        (folder / f"{n:02d} {name}").write_bytes(make(good_bytes))
    # Not photos, or not files: ignored, not failures.
    (folder / "notes.txt").write_text("not a photo")
    (folder / "clip.mp4").write_bytes(b"\0\0\0\x18ftypmp42")
    os.mkfifo(folder / "pipe.jpg")
    (folder / "gone.jpg").symlink_to(folder / "nowhere.jpg")
    (folder / "album.jpg").mkdir()
    (folder / "album.jpg" / "inside.jpg").write_bytes(encoded(photo(50), "JPEG"))
    good.append(folder / "album.jpg" / "inside.jpg")

    summary = index_folder(tmp_path / "data", folder, batch_size=4, decode_threads=2)

    assert summary.failed == len(BAD_FILES)
    assert summary.read == len(good) and summary.embedded == len(good)
    with open_library(tmp_path / "data") as library:
        counts = library.catalog.counts(library.image_model_id)
        assert (counts.indexed, counts.failed, counts.pending) == (len(good), len(BAD_FILES), 0)
        recorded = statuses(library)
        assert set(recorded) == {p.name for p in good} | {
            f"{n:02d} {name}" for n, name in enumerate(BAD_FILES)
        }
        for n, (name, (_, reason)) in enumerate(BAD_FILES.items()):
            status, error = recorded[f"{n:02d} {name}"]
            assert status == "failed" and error and reason in error, (name, error)
            assert "Traceback" not in error and len(error) < 300
        assert_vectors_are_their_own(library, good)


def test_decompression_bomb_is_refused_before_its_pixels_are_allocated():
    import resource

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(ImageReadError, match="too many pixels"):
        images.decode_photo(png_bomb(), images.Preprocessing(64, (0.5,) * 3, (0.5,) * 3))
    # Decoding would take ~900 MB (one byte per pixel); refusing takes next to nothing.
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 200_000  # KiB


def test_large_but_not_bomb_sized_images_are_refused_by_pixel_count():
    with pytest.raises(ImageReadError, match="too large to decode safely"):
        images.open_photo(png_bomb(12_000, 12_000))  # 144 MP: over the limit, under a bomb


# -- 2. awkward but readable -------------------------------------------------------------

SPEC = images.Preprocessing(
    64, (0.48145466, 0.4578275, 0.40821073), (0.26862954, 0.26130258, 0.27577711)
)


def pixels_of(im: Image.Image) -> np.ndarray:
    return images.preprocess(im.convert("RGB"), SPEC)


def close(a: np.ndarray, b: np.ndarray, tolerance: float = 0.06) -> bool:
    return float(np.abs(a - b).mean()) < tolerance


def test_awkward_images_decode_to_the_right_pixels():
    base = photo(5, (200, 150))
    other = photo(10, (200, 150))
    reference = pixels_of(base)
    decode = lambda data: images.decode_photo(data, SPEC)  # noqa: E731

    assert close(decode(encoded(base.convert("CMYK"), "JPEG", quality=95)).pixels, reference)

    grey = np.asarray(base.convert("L"), dtype=np.uint16) * 257
    sixteen = Image.fromarray(grey)
    assert sixteen.mode.startswith("I;16")
    assert close(decode(encoded(sixteen, "PNG")).pixels, pixels_of(base.convert("L")), 0.02)

    # Palette with a transparent index, and grey + alpha: transparency shows as white.
    palette = base.convert("P", palette=Image.Palette.ADAPTIVE, colors=32)
    hole = palette.getpixel((100, 75))
    on_white = Image.new("RGB", base.size, "white")
    mask = Image.fromarray(np.where(np.asarray(palette) == hole, 0, 255).astype(np.uint8))
    on_white.paste(palette.convert("RGB"), mask=mask)
    decoded = decode(encoded(palette, "PNG", transparency=hole)).pixels
    assert close(decoded, pixels_of(on_white), 0.02)

    alpha = Image.linear_gradient("L").resize(base.size)
    la = base.convert("L")
    la.putalpha(alpha)
    flat = Image.composite(base.convert("L"), Image.new("L", base.size, 255), alpha)
    assert close(decode(encoded(la, "PNG")).pixels, pixels_of(flat), 0.02)

    # An animated GIF is its first frame.
    gif = encoded(base, "GIF", save_all=True, append_images=[other], duration=100, loop=0)
    first = pixels_of(Image.open(io.BytesIO(gif)).convert("RGB"))
    assert close(decode(gif).pixels, first, 0.01)
    assert not close(decode(gif).pixels, pixels_of(other), 0.3)

    # Orientation 6 turns the stored pixels upright and swaps the reported size; nonsense
    # values leave the pixels as stored.
    stored = base.transpose(Image.Transpose.ROTATE_90)
    upright = decode(with_orientation(stored, 6))
    assert close(upright.pixels, reference) and (upright.width, upright.height) == (200, 150)
    for nonsense in (0, 9, 65535):
        as_stored = decode(with_orientation(stored, nonsense))
        assert close(as_stored.pixels, pixels_of(stored)), nonsense
        assert (as_stored.width, as_stored.height) == stored.size


AWKWARD = {
    "cmyk.jpg": lambda: encoded(photo(1).convert("CMYK"), "JPEG", quality=92),
    "grey16.png": lambda: encoded(
        Image.fromarray(np.asarray(photo(2).convert("L"), np.uint16) * 257), "PNG"
    ),
    "palette alpha.png": lambda: encoded(
        photo(3).convert("P", palette=Image.Palette.ADAPTIVE), "PNG", transparency=0
    ),
    "grey alpha.png": lambda: encoded(photo(4).convert("LA"), "PNG"),
    "animated.gif": lambda: encoded(
        photo(5), "GIF", save_all=True, append_images=[photo(6)], duration=50
    ),
    "really a jpeg.heic": lambda: encoded(photo(7), "JPEG"),
    "orientation 9.jpg": lambda: with_orientation(photo(8), 9),
    "orientation 0.jpg": lambda: with_orientation(photo(9), 0),
    "rotated.jpg": lambda: with_orientation(photo(10), 6),
    "UPPER.JPG": lambda: encoded(photo(11), "JPEG"),
    "Mixed.Jpeg": lambda: encoded(photo(12), "JPEG"),
    "LOUD.PNG": lambda: encoded(photo(13), "PNG"),
    "tiny 1x1.png": lambda: encoded(Image.new("RGB", (1, 1), "red"), "PNG"),
    "tall 1x900.png": lambda: encoded(Image.new("RGB", (1, 900), "blue"), "PNG"),
    "16bit rgb.tiff": lambda: encoded(photo(14).convert("RGB"), "TIFF", compression="tiff_lzw"),
    "bmp old.bmp": lambda: encoded(photo(15), "BMP"),
    "webp lossless.webp": lambda: encoded(photo(16).convert("RGBA"), "WEBP", lossless=True),
    "Größe été 海边的日落 🌅.jpg": lambda: encoded(photo(17), "JPEG"),
    "#1 100% ?*[x] 'q' \"d\" %20.jpg": lambda: encoded(photo(18), "JPEG"),
    "line\nbreak\ttab.jpg": lambda: encoded(photo(19), "JPEG"),
    "é" * 120 + ".jpg": lambda: encoded(photo(20), "JPEG"),  # 244 bytes: near NAME_MAX
}


def test_awkward_but_readable_files_are_all_indexed_and_junk_is_ignored(tmp_path):
    folder = tmp_path / "photos"
    (folder / "sub").mkdir(parents=True)
    expected: list[Path] = []
    for name, make in AWKWARD.items():
        (folder / name).write_bytes(make())
        expected.append(folder / name)
    deep = folder / "sub" / ("d" * 200) / ("e" * 200)
    deep.mkdir(parents=True)
    (deep / "deep.jpg").write_bytes(encoded(photo(21), "JPEG"))
    expected.append(deep / "deep.jpg")
    # Loops: a folder linking to its parent and to the root, and a link to itself.
    (folder / "sub" / "up").symlink_to("..")
    (folder / "sub" / "root").symlink_to(folder)
    (folder / "self").symlink_to("self")
    # Non-photo files and hidden files: no trace in the catalog.
    for junk in ("notes.txt", "scan.pdf", "movie.MP4", "IMG_0001.xmp", "Thumbs.db", "data.json"):
        (folder / junk).write_bytes(b"not a photo")
    (folder / ".DS_Store").write_bytes(b"\0" * 10)
    (folder / "._UPPER.JPG").write_bytes(b"\0\5\26\7 AppleDouble")
    (folder / ".thumbnails").mkdir()
    (folder / ".thumbnails" / "t.jpg").write_bytes(encoded(photo(22), "JPEG"))
    # A name that is not valid UTF-8 (legal on Linux) is indexed like any other.
    latin1 = folder / os.fsdecode(b"bad\xff name.jpg")
    latin1.write_bytes(encoded(photo(23), "JPEG"))
    expected.append(latin1)

    summary = index_folder(tmp_path / "data", folder, batch_size=8)

    assert summary.failed == 0, summary.failures
    assert summary.scan.seen == len(expected)
    with open_library(tmp_path / "data") as library:
        recorded = statuses(library)
        assert set(recorded) == {p.name for p in expected}
        assert all(status == "ok" for status, _ in recorded.values())
        assert_vectors_are_their_own(library, expected)
        rotated = library.catalog._db.execute(
            "SELECT width, height FROM files WHERE path = ?", (str(folder / "rotated.jpg"),)
        ).fetchone()
        assert rotated == (120, 160)  # stored 160x120 with orientation 6: upright is portrait


def test_symlinked_folder_is_found_under_its_real_path_only(tmp_path):
    real = tmp_path / "photos" / "b real"
    real.mkdir(parents=True)
    (real / "x.jpg").write_bytes(encoded(photo(1), "JPEG"))
    (tmp_path / "photos" / "a link").symlink_to(real)  # sorts first, yet the real path wins
    summary = index_folder(tmp_path / "data", tmp_path / "photos")
    assert summary.scan.seen == 1
    with open_library(tmp_path / "data") as library:
        assert [r[0] for r in library.catalog._db.execute("SELECT path FROM files")] == [
            str(real / "x.jpg")
        ]


def test_a_pipe_in_place_of_a_photo_does_not_hang_the_reader(tmp_path):
    os.mkfifo(tmp_path / "pipe.jpg")
    with pytest.raises(ImageReadError, match="not a regular file"):
        images.read_file(tmp_path / "pipe.jpg")


# -- 7. failed files are retried only when they change -------------------------------------


def test_failed_file_is_read_again_only_when_its_size_or_mtime_changes(tmp_path):
    folder = tmp_path / "photos"
    folder.mkdir()
    for i in range(3):
        (folder / f"good {i}.jpg").write_bytes(encoded(photo(i), "JPEG"))
    broken = folder / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 not really")
    reads: dict[str, int] = {}

    def counting_read(path: str) -> bytes:
        reads[os.path.basename(path)] = reads.get(os.path.basename(path), 0) + 1
        return images.read_file(path)

    def run() -> object:
        return index_folder(tmp_path / "data", folder, read=counting_read)

    assert run().failed == 1 and reads == {
        "broken.jpg": 1,
        "good 0.jpg": 1,
        "good 1.jpg": 1,
        "good 2.jpg": 1,
    }
    for _ in range(3):  # unchanged: never read again, and still counted as failed
        summary = run()
        assert (summary.read, summary.failed) == (0, 0)
    assert reads["broken.jpg"] == 1
    # Another file changing does not bring the failed one back.
    (folder / "good 0.jpg").write_bytes(encoded(photo(7), "JPEG"))
    run()
    assert reads == {"broken.jpg": 1, "good 0.jpg": 2, "good 1.jpg": 1, "good 2.jpg": 1}
    # A new mtime alone: read again (and still broken).
    st = broken.stat()
    os.utime(broken, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    assert run().failed == 1 and reads["broken.jpg"] == 2
    # Same mtime, other size: read again.
    st = broken.stat()
    broken.write_bytes(broken.read_bytes() + b"more")
    os.utime(broken, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert run().failed == 1 and reads["broken.jpg"] == 3
    # Fixed: read once more, and indexed.
    broken.write_bytes(encoded(photo(8), "JPEG"))
    summary = run()
    assert (summary.failed, summary.embedded) == (0, 1) and reads["broken.jpg"] == 4
    with open_library(tmp_path / "data") as library:
        counts = library.catalog.counts(library.image_model_id)
        assert (counts.indexed, counts.failed) == (4, 0)
        attempts = library.catalog._db.execute(
            "SELECT attempts FROM files WHERE path = ?", (str(broken),)
        ).fetchone()[0]
        assert attempts == 1  # counted since the last change only


# -- security ------------------------------------------------------------------------------


def test_only_photo_formats_are_ever_opened():
    allowed = {"JPEG", "PNG", "WEBP", "GIF", "BMP", "TIFF", "AVIF", "HEIF"}
    assert set(images.PHOTO_FORMATS) <= allowed
    assert {".jpg", ".jpeg", ".png", ".heic", ".webp", ".tif"} <= images.PHOTO_EXTENSIONS
    for dangerous in (".eps", ".ps", ".pdf", ".psd", ".svg", ".ico", ".pkl", ".npy", ".xcf"):
        assert dangerous not in images.PHOTO_EXTENSIONS
    # Content decides, within photo formats only: EPS, ICO or PSD named .jpg never open.
    for data in (eps_file(), encoded(photo(0, (32, 32)), "ICO"), b"8BPS\0\1" + b"\0" * 40):
        with pytest.raises(ImageReadError, match="not a photo format"):
            images.open_photo(data)


def test_product_code_loads_no_pickles():
    """No module of the app imports a pickle-based loader or calls one; model weights and
    indexes come through safetensors/transformers and hnswlib's own format, and the caches
    kept beside the index are numpy files read with ``allow_pickle=False``."""
    import ast

    root = Path(images.__file__).parents[1]
    unsafe_modules = {"pickle", "cPickle", "dill", "cloudpickle", "joblib", "shelve", "marshal"}
    unsafe_calls = {("torch", "load"), ("np", "load"), ("numpy", "load"), ("pd", "read_pickle")}
    for source in root.rglob("*.py"):
        where = source.relative_to(root)
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                assert not {a.name.split(".")[0] for a in node.names} & unsafe_modules, where
            elif isinstance(node, ast.ImportFrom):
                assert (node.module or "").split(".")[0] not in unsafe_modules, where
            elif isinstance(node, ast.Call):
                func = node.func
                if isinstance(func, ast.Name):
                    assert func.id not in ("eval", "exec"), f"{where} calls {func.id}"
                elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
                    call = (func.value.id, func.attr)
                    no_pickles = any(
                        k.arg == "allow_pickle"
                        and isinstance(k.value, ast.Constant)
                        and k.value.value is False
                        for k in node.keywords
                    )
                    if call in {("np", "load"), ("numpy", "load")} and no_pickles:
                        continue
                    assert call not in unsafe_calls, f"{where}: {func.attr}"
                    assert func.attr != "__setstate__", f"{where} restores pickled state"


def test_heic_without_its_decoder_names_the_missing_package(monkeypatch):
    monkeypatch.setattr(
        images, "PHOTO_FORMATS", tuple(f for f in images.PHOTO_FORMATS if f != "HEIF")
    )
    heic = b"\0\0\0\x18ftypheic\0\0\0\0mif1heic" + b"\0" * 64
    with pytest.raises(ImageReadError, match="pillow-heif"):
        images.open_photo(heic)
